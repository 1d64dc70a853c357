/// Due dates across the files of a plan, as `next` reads them: each file scheduled on its own,
/// a linked file without a start date counting from the index's.
public struct PlanDates: Sendable {
    public struct CheckpointDate: Sendable {
        public let file: Int
        public let index: Int
        public let title: String
        public let due: CivilDate?
    }

    /// One schedule per file of the plan, in the plan's order.
    public let schedules: [Schedule]

    public init(_ plan: Plan, today: CivilDate) {
        let rootStart = Tracking(plan.root).start
        schedules = plan.files.map { Schedule(Tracking($0.roadmap), today: today, fallbackStart: rootStart) }
    }

    public var hasStart: Bool { schedules.first?.start != nil }
    public var overdueGoals: Int { schedules.reduce(0) { $0 + $1.overdueGoals.count } }
    public var overdueCheckpoints: Int {
        schedules.reduce(0) { total, s in total + s.tracking.checkpoints.indices.filter { s.isOverdue(checkpoint: $0) }.count }
    }

    /// The first checkpoint not complete yet, across files: by due date, those without one last.
    public var nextCheckpoint: CheckpointDate? {
        let candidates = schedules.enumerated().compactMap { f, s in
            s.nextCheckpoint.map { CheckpointDate(file: f, index: $0, title: s.tracking.title(of: s.tracking.checkpoints[$0]), due: s.checkpointDue[$0]) }
        }
        return candidates.min { a, b in
            switch (a.due, b.due) {
            case let (x?, y?): return x != y ? x < y : a.file < b.file
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.file < b.file
            }
        }
    }
}
