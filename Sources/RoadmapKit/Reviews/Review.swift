/// What a monthly review looks at, as of `schedule.today`, across every file of the plan: what
/// happened since the last review (or the start date), the checkpoints that are due, and each
/// metric's last value and next target. The log is the root's: one review covers the whole plan.
///
/// "Completed since" is read from the ` ✅ YYYY-MM-DD` dates `check` writes; goals ticked without a
/// date cannot be placed in time and are left out of it (they still count in the progress).
public struct Review: Sendable {
    /// Where "since" counts from.
    public enum Baseline: Equatable, Sendable {
        /// The latest review of an earlier month.
        case review(ReviewEntry)
        /// The roadmap's start date: there is no earlier review.
        case start(CivilDate)
        /// Neither: everything dated counts.
        case none

        /// The day the baseline counts from; nil for none.
        public var date: CivilDate? {
            switch self {
            case let .review(entry): return entry.date
            case let .start(date): return date
            case .none: return nil
            }
        }
    }

    /// Goals done of those counted, and the share as a whole percentage.
    public struct Progress: Equatable, Sendable {
        /// Goals done.
        public let done: Int
        /// Goals counted (cancelled ones are not).
        public let total: Int
        /// `done` as a whole percent of `total`; 0 without goals.
        public var percent: Int { total == 0 ? 0 : done * 100 / total }
    }

    /// A metric as the review asks about it.
    public struct MetricLine: Sendable {
        /// Which metric of which file.
        public let ref: MetricRef
        /// The metric within its file's tracking model.
        public var metric: Metric { ref.metric }
        /// The index of its file in the plan.
        public var file: Int { ref.file }
        /// The name the log records it under: its own, or `Section > Name` when two tables share it.
        public let name: String
        /// Its table has a current column, where the value is written; otherwise the value lives
        /// only in the log.
        public let hasCurrentColumn: Bool
        /// The value now: the current cell, else the latest value in the log.
        public let last: String?
        /// When `last` comes from the log: that review's date.
        public let lastReviewed: CivilDate?
        /// The column of the next target, if the table has one.
        public let targetColumn: Int?
        /// The next target as written.
        public let target: String?
        /// When that target is due, if its column names a period.
        public let targetDue: CivilDate?
    }

    /// Checkpoints due within this many days count as due now: they fall before the next review.
    public static let window = 30

    /// The plan's schedule, as of the review's day.
    public let schedule: PlanSchedule
    /// The plan reviewed.
    public var plan: Plan { schedule.plan }
    /// The review log of the root file.
    public let log: ReviewLog
    /// The day of the review.
    public var today: CivilDate { schedule.today }
    /// Where "since" counts from.
    public let baseline: Baseline
    /// The entry of today's month, which this review replaces.
    public let thisMonth: ReviewEntry?
    /// Goals done with a date after the baseline (on or after a start date), by date.
    public let completed: [GoalRef]
    /// Progress today.
    public let now: Progress
    /// At the baseline: as its entry recorded it, else worked out from the dates.
    public let then: Progress
    /// Sections holding goals completed since, with how many, in reading order.
    public let moved: [(section: PlanSchedule.Ref, count: Int)]
    /// Sections that should be moving and did not: open goals, nothing completed since, and
    /// either some progress already or an open goal due within the window. Checkpoints are left
    /// to their own part of the review.
    public let stalled: [PlanSchedule.Ref]
    /// Not complete and due by today + `window`, by due date.
    public let checkpoints: [PlanSchedule.Ref]
    /// Every metric of the plan, as the review asks about it.
    public let metrics: [MetricLine]

    /// The root's review log, read knowing every file's metric names.
    public static func log(of plan: Plan, _ schedule: PlanSchedule) -> ReviewLog {
        ReviewLog(plan.root, metricNames: schedule.files.flatMap { $0.tracking.metrics.map($0.tracking.name) })
    }

    /// The review of `schedule`'s plan as of its day, against `log`.
    public init(_ schedule: PlanSchedule, log: ReviewLog) {
        self.schedule = schedule
        self.log = log
        let plan = schedule.plan
        let today = schedule.today
        thisMonth = log.entry(year: today.year, month: today.month)
        if let entry = log.previous(before: today) {
            baseline = .review(entry)
        } else if let start = schedule.start {
            baseline = .start(start)
        } else {
            baseline = .none
        }

        var dated: [(goal: GoalRef, order: Int, date: CivilDate)] = []
        for (order, ref) in plan.goalsInOrder.enumerated() where plan.state(of: ref) == .done {
            guard let date = plan.files[ref.file].roadmap.doneDate(of: ref.goal), date <= today else { continue }
            switch baseline {
            case let .review(entry) where date <= entry.date: continue
            case let .start(start) where date < start: continue
            default: dated.append((ref, order, date))
            }
        }
        completed = dated.sorted { $0.date != $1.date ? $0.date < $1.date : $0.order < $1.order }.map(\.goal)

        let tally = plan.tally
        now = Progress(done: tally.done, total: tally.counted)
        if case let .review(entry) = baseline, let done = entry.done, let total = entry.total {
            then = Progress(done: done, total: total)
        } else {
            then = Progress(done: max(0, tally.done - completed.count), total: tally.counted)
        }

        var counts = plan.files.map { [Int](repeating: 0, count: $0.roadmap.sections.count) }
        for goal in completed { counts[goal.file][plan.files[goal.file].roadmap.goals[goal.goal].sectionIndex] += 1 }
        moved = counts.indices.flatMap { file in
            counts[file].indices.filter { counts[file][$0] > 0 }.map { (PlanSchedule.Ref(file: file, index: $0), counts[file][$0]) }
        }
        stalled = schedule.files.indices.flatMap { file in
            Review.stalled(schedule.files[file], counts[file]).map { PlanSchedule.Ref(file: file, index: $0) }
        }

        let horizon = today.adding(days: Review.window)
        checkpoints = schedule.checkpoints.filter { ref in
            // A checkpoint held already (its Date has come) is not reviewed again, even while
            // goals of its list are open: `next` keeps those late.
            guard !schedule.isComplete(checkpoint: ref), schedule.files[ref.file].held(checkpoint: ref.index) == nil,
                  let due = schedule.due(of: ref) else { return false }
            return due <= horizon
        }.sorted { (schedule.due(of: $0)!, $0) < (schedule.due(of: $1)!, $1) }

        metrics = Review.metricLines(schedule, log)
    }

    /// One file's sections that should be moving and did not.
    private static func stalled(_ schedule: Schedule, _ counts: [Int]) -> [Int] {
        let roadmap = schedule.tracking.roadmap
        let horizon = schedule.today.adding(days: window)
        var dueSoon = [Bool](repeating: false, count: roadmap.sections.count)
        for (index, goal) in roadmap.goals.enumerated() where goal.state != .done && goal.state != .cancelled {
            if let due = schedule.goalDue[index], due <= horizon { dueSoon[goal.sectionIndex] = true }
        }
        let checkpointSections = Set(schedule.tracking.checkpoints.map(\.sectionIndex))
        return roadmap.sections.indices.filter { index in
            let own = roadmap.sections[index].ownGoals
            guard own.counted > own.done, counts[index] == 0, !checkpointSections.contains(index) else { return false }
            return own.done + own.inProgress > 0 || dueSoon[index]
        }
    }

    /// Every file's metrics. A name two tables share (in one file or across files) is recorded
    /// as `Section > Name`.
    private static func metricLines(_ plan: PlanSchedule, _ log: ReviewLog) -> [MetricLine] {
        let all = plan.files.indices.flatMap { file in plan.tracking(file).metrics.map { MetricRef(file: file, metric: $0) } }
        let plain = all.map { plan.tracking($0.file).name(of: $0.metric) }
        var seen: [String: Int] = [:]
        for name in plain { seen[name.lowercased(), default: 0] += 1 }
        let history = log.chronological
        return all.enumerated().map { k, ref in
            let schedule = plan.files[ref.file]
            let tracking = schedule.tracking
            let metric = ref.metric
            let table = tracking.tables[metric.table]
            var name = plain[k]
            if seen[name.lowercased(), default: 0] > 1 {
                name = tracking.sectionTitle(table.sectionIndex) + " > " + name
            }
            var last = table.currentColumn.flatMap { tracking.cellText(of: metric, column: $0) }
            var reviewed: CivilDate?
            if table.currentColumn == nil, let entry = history.last(where: { $0.date <= schedule.today && $0.reading(named: name) != nil }) {
                last = entry.reading(named: name)?.value
                reviewed = entry.date
            }
            let target = schedule.targetColumn(of: metric)
            return MetricLine(ref: ref, name: name, hasCurrentColumn: table.currentColumn != nil, last: last,
                              lastReviewed: reviewed, targetColumn: target,
                              target: target.flatMap { tracking.cellText(of: metric, column: $0) },
                              targetDue: target.flatMap { schedule.due(ofColumn: $0, in: metric.table) })
        }
    }
}
