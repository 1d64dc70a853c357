/// Changing goals' states across a plan, computed and not written: the command line commits the
/// edits (`RoadmapSession.commit`), the language server sends them to the editor.
extension Plan {
    /// The edits, by file (one list per file of the plan), that set the goal `ref` to `state`:
    /// its box, and its done date (`doneDate` when it becomes done, removed when it stops being).
    public func edits(setting ref: GoalRef, to state: GoalState, doneDate: CivilDate?, today: CivilDate? = nil) -> [[TextEdit]] {
        var edits = [[TextEdit]](repeating: [], count: files.count)
        edits[ref.file] = files[ref.file].roadmap.edits(setting: ref.goal, to: state, doneDate: doneDate, today: today)
        return edits
    }

    /// What setting `refs` to `state` does, in the order named: goals already in it are left as
    /// they are; a goal in a custom state (`[>]`, `[?]`) stops the change, unless `fromAnyState`,
    /// since what the person meant by it is unknown. Ticking a recurring goal whose rule roadmap
    /// cannot read stops the change too: the plugin would drop the rule, roadmap will not guess.
    /// `startDate`, with `.inProgress`, is written as each started goal's `🛫` (`edits(settingStart:to:)`).
    /// `doneDates` replaces `doneDate` for the goals it names (a ✅ date put back, `DroppedDoneDates`).
    public func changing(_ refs: [GoalRef], to state: GoalState, doneDate: CivilDate?, doneDates: [GoalRef: CivilDate] = [:],
                         today: CivilDate? = nil, startDate: CivilDate? = nil, fromAnyState: Bool = false) -> GoalStateChange {
        var change = GoalStateChange(state: state, edits: [[TextEdit]](repeating: [], count: files.count), tally: tally)
        for ref in refs {
            let roadmap = files[ref.file].roadmap
            let goal = roadmap.goals[ref.goal]
            if goal.state == state {
                change.already.append(ref)
                continue
            }
            if goal.state == .other && !fromAnyState {
                change.refused = ref
                return change
            }
            if let error = roadmap.refusesChange(ref.goal, to: state) {
                change.unreadRecurrence = (ref, error)
                return change
            }
            let doneDate = doneDates[ref] ?? doneDate
            change.edits[ref.file] += roadmap.edits(setting: ref.goal, to: state, doneDate: doneDate, today: today)
            if state == .inProgress, let startDate { change.edits[ref.file] += roadmap.edits(settingStart: ref.goal, to: startDate) }
            change.changed.append(ref)
            change.tally.remove(goal.state)
            // A count's part of a goal counts only while the goal is neither done nor cancelled.
            let part = roadmap.countMillionths(of: ref.goal)
            let counts = { (s: GoalState) in s != .done && s != .cancelled }
            switch roadmap.tickOutcome(ref.goal, to: state, completedOn: doneDate ?? today) {
            case .plain:
                change.tally.add(state)
                if counts(goal.state) && !counts(state) { change.tally.removePartial(part) }
                if !counts(goal.state) && counts(state) { change.tally.addPartial(part) }
            case .deleted:
                if counts(goal.state) { change.tally.removePartial(part) }
            case let .recurs(next, replacesDone):
                // The next occurrence is a copy of the line, count included, so the part moves to it.
                change.recurred.append((ref, next))
                change.tally.add(.open)
                if !replacesDone { change.tally.add(state) }
            }
        }
        return change
    }
}

/// A change of goals' states across a plan (`Plan.changing`), not yet written.
public struct GoalStateChange: Sendable {
    /// The state the goals are set to.
    public let state: GoalState
    /// The goals already in `state`, left as they are (up to a refusal).
    public var already: [GoalRef] = []
    /// The goals changed, in the order named.
    public var changed: [GoalRef] = []
    /// The edits, one list per file of the plan.
    public var edits: [[TextEdit]]
    /// The plan's tally once the change is written.
    public var tally: Tally
    /// The goal in a custom state that stopped the change; nothing is to be written when set.
    public var refused: GoalRef?
    /// The recurring goal whose rule roadmap cannot read, and why; nothing is to be written when set.
    public var unreadRecurrence: (ref: GoalRef, error: RecurrenceError)?
    /// The recurring goals ticked, each with its next occurrence's dates.
    public var recurred: [(ref: GoalRef, next: TaskDates)] = []

    /// A change to `state` with `edits` (one empty list per file) from the plan's `tally`.
    public init(state: GoalState, edits: [[TextEdit]], tally: Tally) {
        self.state = state
        self.edits = edits
        self.tally = tally
    }
}
