/// When things are due across a plan: each file's `Schedule`, every file counting from the plan's
/// start (a phase guide has no start date of its own; its months count from the index's).
///
/// The part of main's `PlanSchedule` (Sources/RoadmapKit/Plan/PlanSchedule.swift there) that the
/// report, the calendar and the markdown summary use, with the same names, so that merging keeps
/// main's file and drops this one.
public struct PlanSchedule: Sendable {
    public let plan: Plan
    public let today: CivilDate
    /// By file, as `plan.files`.
    public let files: [Schedule]
    public var start: CivilDate? { files[0].start }

    public init(_ plan: Plan, today: CivilDate) {
        self.plan = plan
        self.today = today
        let root = Tracking(plan.root)
        var files = [Schedule(root, today: today)]
        for file in plan.files.dropFirst() { files.append(Schedule(Tracking(file.roadmap), today: today, fallbackStart: root.start)) }
        self.files = files
    }

    /// A checkpoint of one of the plan's files.
    public struct Ref: Hashable, Sendable, Comparable {
        public let file: Int
        public let index: Int
        public init(file: Int, index: Int) { (self.file, self.index) = (file, index) }
        public static func < (a: Ref, b: Ref) -> Bool { (a.file, a.index) < (b.file, b.index) }
    }

    public func tracking(_ file: Int) -> Tracking { files[file].tracking }

    /// Every checkpoint, file by file.
    public var checkpoints: [Ref] {
        files.indices.flatMap { file in files[file].tracking.checkpoints.indices.map { Ref(file: file, index: $0) } }
    }

    public func due(of checkpoint: Ref) -> CivilDate? { files[checkpoint.file].checkpointDue[checkpoint.index] }
    public func isOverdue(checkpoint: Ref) -> Bool { files[checkpoint.file].isOverdue(checkpoint: checkpoint.index) }
    public func isComplete(checkpoint: Ref) -> Bool { files[checkpoint.file].isComplete(checkpoint: checkpoint.index) }

    /// Goals that are overdue, in reading order.
    public var overdueGoals: [GoalRef] { plan.goalsInOrder.filter { files[$0.file].isOverdue(goal: $0.goal) } }

    /// The first checkpoint not complete yet, by due date (those with no due date last), then in
    /// reading order of files.
    public var nextCheckpoint: Ref? {
        checkpoints.filter { !isComplete(checkpoint: $0) }.min { a, b in
            switch (due(of: a), due(of: b)) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }
}
