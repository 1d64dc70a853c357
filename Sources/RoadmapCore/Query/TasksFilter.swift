/// `list` and `next` narrowed by Obsidian Tasks fields (issue 26): a priority and above, goals
/// with a scheduled date, goals whose start date has come. One rule for every front end.
public struct TasksFilter: Sendable {
    /// Keep goals of this priority or higher (`high` keeps `high` and `highest`; `low` keeps
    /// goals without a priority too, which the plugin ranks between medium and low).
    public var minimumPriority: TaskPriority?
    /// Keep only goals with a scheduled date (`⏳`).
    public var scheduled = false
    /// Keep only goals whose start date (`🛫`) is today or past.
    public var started = false

    /// Keep only goals that are open and wait for no open goal (`TaskDependencies.isReady`).
    public var ready = false
    /// Keep only goals that wait (`⛔`) for a goal still open.
    public var blocked = false

    /// The priority words `--priority` takes, highest first, for a usage message.
    public static let priorityNames = "highest, high, medium, low, lowest"

    /// A filter; `priority` must be one of `priorityNames` (else nil).
    public init?(priority: String? = nil, scheduled: Bool = false, started: Bool = false) {
        if let priority {
            guard let level = TaskPriority(name: priority.lowercased()), level != .none else { return nil }
            minimumPriority = level
        }
        self.scheduled = scheduled
        self.started = started
    }

    /// Whether a goal with these fields passes, as of `today`.
    public func keeps(_ details: TaskDetails, today: CivilDate) -> Bool {
        if let minimumPriority, details.priority < minimumPriority { return false }
        if scheduled && details.scheduled == nil { return false }
        if started, details.start.map({ $0 > today }) ?? true { return false }
        return true
    }

    /// The goals of `refs` that pass, in their order.
    public func filter(_ refs: [GoalRef], in plan: Plan, today: CivilDate) -> [GoalRef] {
        guard minimumPriority != nil || scheduled || started || ready || blocked else { return refs }
        let dependencies = ready || blocked ? TaskDependencies(plan) : nil
        return refs.filter { ref in
            if let dependencies, ready && !dependencies.isReady(ref) || blocked && !dependencies.isBlocked(ref) { return false }
            return keeps(plan.files[ref.file].roadmap.taskDetails(of: ref.goal), today: today)
        }
    }
}
