/// Fields, metrics and option groups across a plan's files, found by what a person types: a label
/// or a heading path ending with one (`LabelQuery`), optionally `FILE:LABEL` to name the file
/// (`phase-1-foundation:Date`). A linked file's headings sit below the section and goal that link
/// it, so `Phase 1 > Date` reaches into it.
public struct PlanLabels: Sendable {
    /// The schedule the labels are looked up in (it holds the plan and each file's tracking).
    public let schedule: PlanSchedule
    /// The plan the labels are looked up in.
    public var plan: Plan { schedule.plan }

    /// Labels across the files of `schedule`'s plan.
    public init(_ schedule: PlanSchedule) { self.schedule = schedule }

    /// The file a `FILE:` prefix names and the label after it; all files and the text itself
    /// otherwise. A prefix is a file's key (no spaces, no `>`), so `Checkpoint: Foundation` is a label.
    public func scope(_ text: String) -> (files: [Int], label: String) {
        if let colon = text.firstIndex(of: ":"), colon != text.startIndex {
            let name = text[..<colon]
            if !name.contains(" ") && !name.contains(">"), let file = plan.file(named: String(name)) {
                return ([file], String(text[text.index(after: colon)...]))
            }
        }
        return (Array(plan.files.indices), text)
    }

    /// `text` split into the files it names (`Phase 1 > Date` reaches into phase 1's file) and the
    /// label to look for there, narrowed to `section` when given.
    public func query(_ text: String, section: String?) -> (files: [Int], query: LabelQuery) {
        let (files, label) = scope(text)
        return (files, LabelQuery(label, section: section))
    }

    private func prefix(_ file: Int) -> [String] { plan.path(ofFile: file, section: 0) }

    /// The first mode that finds anything in any of the files decides, so an equal label in one
    /// file is not listed beside a looser match in another.
    private func across<T>(_ files: [Int]?, _ find: (Int, LabelQuery.Mode) -> [T]) -> [T] {
        for mode in LabelQuery.Mode.allCases {
            let found = (files ?? Array(plan.files.indices)).flatMap { find($0, mode) }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The fields `query` matches, in `files` (all files when nil).
    public func fields(_ query: LabelQuery, in files: [Int]? = nil) -> [PlanSchedule.Ref] {
        across(files) { file, mode in
            query.fields(in: schedule.tracking(file), prefix: prefix(file), mode: mode).map { PlanSchedule.Ref(file: file, index: $0) }
        }
    }

    /// The metrics `query` matches, in `files` (all files when nil).
    public func metrics(_ query: LabelQuery, in files: [Int]? = nil) -> [MetricRef] {
        across(files) { file, mode in
            query.metrics(in: schedule.tracking(file), prefix: prefix(file), mode: mode).map { MetricRef(file: file, metric: $0) }
        }
    }

    /// The option groups `query` matches, in `files` (all files when nil).
    public func groups(_ query: LabelQuery, in files: [Int]? = nil) -> [PlanSchedule.Ref] {
        across(files) { file, mode in
            query.groups(in: schedule.tracking(file), prefix: prefix(file), mode: mode).map { PlanSchedule.Ref(file: file, index: $0) }
        }
    }

    /// The fields and metrics a query names in any of the files, in the first mode that finds one.
    public func fieldsAndMetrics(_ query: LabelQuery, in files: [Int]? = nil) -> (fields: [PlanSchedule.Ref], metrics: [MetricRef]) {
        for mode in LabelQuery.Mode.allCases {
            let f = (files ?? Array(plan.files.indices)).flatMap { file in
                query.fields(in: schedule.tracking(file), prefix: prefix(file), mode: mode).map { PlanSchedule.Ref(file: file, index: $0) }
            }
            let m = (files ?? Array(plan.files.indices)).flatMap { file in
                query.metrics(in: schedule.tracking(file), prefix: prefix(file), mode: mode).map { MetricRef(file: file, metric: $0) }
            }
            if !f.isEmpty || !m.isEmpty { return (f, m) }
        }
        return ([], [])
    }
}
