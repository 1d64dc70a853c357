/// When things are due across a plan: each file's `Schedule`, every file counting from the plan's
/// start (a phase guide has no start date of its own; its months count from the index's).
public struct PlanSchedule: Sendable {
    /// The plan scheduled.
    public let plan: Plan
    /// The day "overdue" is measured from.
    public let today: CivilDate
    /// By file, as `plan.files`.
    public let files: [Schedule]
    /// The root's start date, else the one inherited from an index that links the root.
    public var start: CivilDate? { files[0].start }
    /// The index the start date comes from, when the root has none of its own.
    public let startInheritedFrom: String?

    /// - Parameters:
    ///   - inheritedStart: the start of an index above the root that links it, used when the root
    ///     has none of its own (`roadmap -f phase-1.md status`).
    ///   - inheritedFrom: that index's path, for saying where the date comes from.
    public init(_ plan: Plan, today: CivilDate, inheritedStart: CivilDate? = nil, inheritedFrom: String? = nil) {
        self.plan = plan
        self.today = today
        let root = plan.tracking(ofFile: 0)
        startInheritedFrom = root.start == nil && inheritedStart != nil ? inheritedFrom : nil
        let start = root.start ?? inheritedStart
        var files = [Schedule(root, today: today, fallbackStart: inheritedStart)]
        // Reserved: doubling held two arrays of 20,000 schedules at once in a tree (issue 28).
        files.reserveCapacity(plan.files.count)
        for file in plan.files.indices.dropFirst() {
            files.append(Schedule(plan.tracking(ofFile: file), today: today, fallbackStart: start))
        }
        self.files = files
    }

    /// A checkpoint, field, option group or metric table of one of the plan's files.
    public struct Ref: Hashable, Sendable, Comparable {
        /// The file's index in `Plan.files`.
        public let file: Int
        /// The index among that file's checkpoints, fields, groups or tables.
        public let index: Int
        /// Item `index` of file `file`.
        public init(file: Int, index: Int) { (self.file, self.index) = (file, index) }
        /// By file, then by index: document order across the plan.
        public static func < (a: Ref, b: Ref) -> Bool { (a.file, a.index) < (b.file, b.index) }
    }

    /// The tracking model of file `file`.
    public func tracking(_ file: Int) -> Tracking { files[file].tracking }

    /// Every checkpoint, file by file.
    public var checkpoints: [Ref] {
        files.indices.flatMap { file in files[file].tracking.checkpoints.indices.map { Ref(file: file, index: $0) } }
    }

    /// When the checkpoint is due; nil when its period has no date (no start, or open-ended).
    public func due(of checkpoint: Ref) -> CivilDate? { files[checkpoint.file].checkpointDue[checkpoint.index] }
    /// Whether the checkpoint is due before today and not complete.
    public func isOverdue(checkpoint: Ref) -> Bool { files[checkpoint.file].isOverdue(checkpoint: checkpoint.index) }
    package func isComplete(checkpoint: Ref) -> Bool { files[checkpoint.file].isComplete(checkpoint: checkpoint.index) }
    /// The goals under the checkpoint, counted.
    public func tally(of checkpoint: Ref) -> Tally {
        files[checkpoint.file].tally(of: files[checkpoint.file].tracking.checkpoints[checkpoint.index])
    }

    /// When the goal is due: its own date, else its section's period; nil when neither gives one.
    public func due(of goal: GoalRef) -> CivilDate? { files[goal.file].goalDue[goal.goal] }
    /// Whether the goal is due before today and still open.
    public func isOverdue(goal: GoalRef) -> Bool { files[goal.file].isOverdue(goal: goal.goal) }

    /// Goals that are overdue, in reading order.
    public var overdueGoals: [GoalRef] { plan.goalsInOrder.filter(isOverdue) }

    /// How many goals are overdue: `overdueGoals.count`, file by file (each goal of the plan is
    /// in one file, each file linked once), without ordering 100,000 goal references to count
    /// them (12M instructions of `status` on L, issue 28).
    /// By index: each `Schedule` taken as a value retained and released its arrays (issue 28).
    public var overdueGoalCount: Int { files.indices.reduce(0) { $0 + files[$1].overdueGoalCount } }

    /// File `file`'s warning about due dates past the calendar (`Schedule.warning`), read in
    /// place: a front end asking each file's `Schedule` for it copied every one (issue 28).
    public func warning(ofFile file: Int) -> String? { files[file].warning }

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

/// A metric of one of the plan's files.
public struct MetricRef: Hashable, Sendable {
    /// The file's index in `Plan.files`.
    public let file: Int
    /// The metric within that file's tracking model.
    public let metric: Metric
    /// Metric `metric` of file `file`.
    public init(file: Int, metric: Metric) { (self.file, self.metric) = (file, metric) }
}
