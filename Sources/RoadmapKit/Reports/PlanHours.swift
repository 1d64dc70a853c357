/// Hours spent and estimated (`⏱ 12.5h`, `[estimate:: 40h]`, issue 27), in minutes.
public struct WorkHours: Equatable, Sendable {
    /// Minutes spent, summed.
    public var spent = 0
    /// Minutes estimated, summed over the goals with an estimate.
    public var estimate = 0
    /// Goals with time spent or an estimate.
    public var goals = 0
    /// Minutes spent on the goals that have an estimate: what `estimate` is held against.
    public var spentOnEstimated = 0

    /// None.
    public init() {}

    /// Adds `rhs`'s minutes and goals to `lhs`.
    public static func += (lhs: inout WorkHours, rhs: WorkHours) {
        lhs.spent += rhs.spent
        lhs.estimate += rhs.estimate
        lhs.goals += rhs.goals
        lhs.spentOnEstimated += rhs.spentOnEstimated
    }

    /// `12.5h of 40h`; `15.5h, 12.5h of 40h estimated` when some time went to goals without an
    /// estimate (held against the estimates, all of it read as over budget); `12.5h` without any.
    public var summary: String {
        guard estimate > 0 else { return WorkTime.hours(spent) }
        let against = "\(WorkTime.hours(spentOnEstimated)) of \(WorkTime.hours(estimate))"
        return spentOnEstimated == spent ? against : "\(WorkTime.hours(spent)), \(against) estimated"
    }
}

/// Hours per section of a plan, rolled up as goals are (`Plan.tally(ofFile:section:)`): a
/// section's are its own goals', its subsections', and those of the files linked inside it.
public struct PlanHours: Sendable {
    /// Per file, per section; empty for a file whose goals track no time (most files of a tree:
    /// an array each cost 20,000 allocations, issue 28).
    private let rolled: [[WorkHours]]

    /// Reads every goal's progress fields once; only lines that can hold a time (`⏱` or `::`)
    /// are read, so a plan without hours costs one byte scan per goal.
    public init(_ plan: Plan) {
        // By index: a file taken as a value retains every array of its models.
        var rolled = plan.files.indices.map { file in
            var own: [WorkHours] = []
            let roadmap = plan.files[file].roadmap
            for index in roadmap.goals.indices where PlanHours.mayHoldTime(roadmap, index) {
                let progress = roadmap.progress(of: index)
                guard progress.spentMinutes != nil || progress.estimateMinutes != nil else { continue }
                if own.isEmpty { own = [WorkHours](repeating: WorkHours(), count: roadmap.sections.count) }
                let section = roadmap.goals[index].sectionIndex
                own[section].spent += progress.spentMinutes ?? 0
                own[section].estimate += progress.estimateMinutes ?? 0
                own[section].goals += 1
                if progress.estimateMinutes != nil { own[section].spentOnEstimated += progress.spentMinutes ?? 0 }
            }
            if own.isEmpty { return own }
            for section in roadmap.sections.indices.dropFirst().reversed() {
                if let parent = roadmap.sections[section].parentIndex { own[parent] += own[section] }
            }
            return own
        }
        // Files roll up as goals do: into their folder in a tree, into the linking goal's section
        // in a plan (a tree's hours were never added into its folders before).
        plan.rollUpFiles(&rolled, materialize: { [WorkHours](repeating: WorkHours(), count: plan.files[$0].roadmap.sections.count) },
                         total: { rolled, file in rolled[file].isEmpty ? nil : rolled[file][0] }, add: { $0 += $1 })
        self.rolled = rolled
    }

    /// Every goal's hours.
    public var total: WorkHours { hours(file: 0, section: 0) }

    /// A section's or a linked file's hours, as an outline item names it.
    public func hours(of item: Plan.Item) -> WorkHours {
        switch item {
        case let .section(file, section): hours(file: file, section: section)
        case let .file(file): hours(file: file, section: 0)
        }
    }

    private func hours(file: Int, section: Int) -> WorkHours { rolled[file].isEmpty ? WorkHours() : rolled[file][section] }

    /// The goals not done and not cancelled that track time (a `⏱` or an estimate), least time
    /// spent first (`next --neglected`); of equal time, the smaller share of its estimate, then
    /// reading order. The file keeps no dates of time spent, so "least lately" is least so far.
    public static func neglected(_ plan: Plan) -> [GoalRef] {
        var found: [(ref: GoalRef, spent: Int, share: Int, order: Int)] = []
        for (order, ref) in plan.goalsInOrder.enumerated() {
            let roadmap = plan.files[ref.file].roadmap
            let state = roadmap.goals[ref.goal].state
            guard state != .done && state != .cancelled, mayHoldTime(roadmap, ref.goal) else { continue }
            let progress = roadmap.progress(of: ref.goal)
            guard progress.spentMinutes != nil || progress.estimateMinutes != nil else { continue }
            let spent = progress.spentMinutes ?? 0
            let share = progress.estimateMinutes.map { $0 == 0 ? 0 : spent * 1000 / $0 } ?? 0
            found.append((ref, spent, share, order))
        }
        return found.sorted { ($0.spent, $0.share, $0.order) < ($1.spent, $1.share, $1.order) }.map(\.ref)
    }

    private static func mayHoldTime(_ roadmap: Roadmap, _ index: Int) -> Bool {
        let bytes = roadmap.bytes
        let text = roadmap.goals[index].textRange
        var i = text.lowerBound
        while i + 1 < text.upperBound {
            if bytes[i] == 0x3A && bytes[i + 1] == 0x3A { return true }                     // `::`
            if bytes[i] == 0xE2 && i + 2 < text.upperBound && bytes[i + 1] == 0x8F && bytes[i + 2] == 0xB1 { return true } // ⏱
            i += 1
        }
        return false
    }
}
