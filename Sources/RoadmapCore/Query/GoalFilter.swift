/// Which goals `list` and `next` keep (issue 25, as `todo.sh ls WORDS` and Taskwarrior filters):
/// words the goal's text holds, its states, a section, overdue, due before or after a date. Every
/// condition given must hold; one not given keeps every goal. One type, so the tree, the language
/// server and the command line filter alike (`Plan.goals(matching:schedule:)` applies it).
public struct GoalFilter: Sendable {
    /// Words that must all appear in the goal's plain text, case-insensitively (as a goal query's
    /// words do); none keeps every goal.
    public var words: [String]
    /// The states kept; nil keeps every state.
    public var states: Set<GoalState>?
    /// Only goals under a heading this names (`SectionNeedle`, as `--in` everywhere).
    public var section: String?
    /// Only overdue goals: due before today and neither done nor cancelled.
    public var overdue: Bool
    /// Only goals due strictly after this day (a goal without a due date is not).
    public var dueAfter: CivilDate?
    /// Only goals due strictly before this day.
    public var dueBefore: CivilDate?

    /// A filter of the conditions given.
    public init(words: [String] = [], states: Set<GoalState>? = nil, section: String? = nil, overdue: Bool = false,
                dueAfter: CivilDate? = nil, dueBefore: CivilDate? = nil) {
        self.words = words
        self.states = states
        self.section = section
        self.overdue = overdue
        self.dueAfter = dueAfter
        self.dueBefore = dueBefore
    }

    /// `--open`: not done and not cancelled (in progress and other states count as open).
    public static let open = GoalFilter(states: [.open, .inProgress, .other])
    /// `--done`.
    public static let done = GoalFilter(states: [.done])

    /// Whether a goal in `state` passes the state condition.
    public func keeps(_ state: GoalState) -> Bool { states?.contains(state) ?? true }

    /// Whether a condition needs due dates (a `PlanSchedule`).
    public var needsDueDates: Bool { overdue || dueAfter != nil || dueBefore != nil }

    /// Whether the filter names goals only: words or states, which no checkpoint has. `next`
    /// lists checkpoints only under a filter that does not.
    public var namesGoalsOnly: Bool { !words.isEmpty || states != nil }

    /// Whether a due date `due` (nil: none) passes the date conditions, as of `today`.
    public func keeps(due: CivilDate?, today: CivilDate) -> Bool {
        guard needsDueDates else { return true }
        guard let due else { return false }
        if overdue && !(due < today) { return false }
        if let dueAfter, !(due > dueAfter) { return false }
        if let dueBefore, !(due < dueBefore) { return false }
        return true
    }

    /// The states `text` names, comma-separated: the JSON's own names (`open`, `done`,
    /// `inProgress`, `cancelled`, `other`) and Taskwarrior's and plain English synonyms
    /// (`pending`, `completed`, `started`, `in-progress`, `active`, `canceled`, `deleted`); case
    /// does not matter. Nil when a name is none of these, or none is given.
    public static func states(named text: String) -> Set<GoalState>? {
        var result = Set<GoalState>()
        for name in text.split(separator: ",") {
            let word = name.trimmingSpaces.lowercased()
            guard let state = stateNames[word] else { return nil }
            result.insert(state)
        }
        return result.isEmpty ? nil : result
    }

    /// The names `--state` takes, for a usage message.
    public static let stateNamesHelp = "open, started, done, cancelled, other (comma-separated)"

    private static let stateNames: [String: GoalState] = [
        "open": .open, "pending": .open, "todo": .open,
        "done": .done, "completed": .done, "complete": .done,
        "inprogress": .inProgress, "in-progress": .inProgress, "started": .inProgress, "active": .inProgress,
        "cancelled": .cancelled, "canceled": .cancelled, "deleted": .cancelled,
        "other": .other,
    ]
}

extension Plan {
    /// The goals of `refs` whose state `filter` keeps, in their order.
    public func goals(_ refs: [GoalRef], _ filter: GoalFilter) -> [GoalRef] {
        refs.filter { filter.keeps(state(of: $0)) }
    }
}
