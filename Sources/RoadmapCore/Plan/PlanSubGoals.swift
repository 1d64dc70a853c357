/// What a tick means for the goals around it: a parent ticked while sub-goals are open, and a
/// parent whose last open sub-goal was just ticked. Values, so that the command line prints them
/// and an editor can show them beside the goal.
public enum SubGoalNote: Equatable, Sendable {
    /// The goal was ticked, and these sub-goals of it are still open.
    case openSubGoals(GoalRef, open: [GoalRef])
    /// Every sub-goal of this goal is now done or cancelled, and it is not.
    case parentCanBeTicked(GoalRef)
}

extension Plan {
    /// The goals directly below `ref`, in its file.
    public func children(of ref: GoalRef) -> [GoalRef] {
        let goals = files[ref.file].roadmap.goals
        var result: [GoalRef] = []
        var i = ref.goal + 1
        while i < goals.count, let parent = goals[i].parentIndex, parent >= ref.goal {
            if parent == ref.goal { result.append(GoalRef(file: ref.file, goal: i)) }
            i += 1
        }
        return result
    }

    /// The notes for `changed` set to `state` (none unless it is done), in the order changed; each
    /// parent offered once. A goal counts as done when ticked now, done or cancelled.
    public func subGoalNotes(after changed: [GoalRef], to state: GoalState) -> [SubGoalNote] {
        guard state == .done else { return [] }
        let ticked = Set(changed)
        func isDone(_ ref: GoalRef) -> Bool { ticked.contains(ref) || self.state(of: ref) == .done || self.state(of: ref) == .cancelled }
        var notes: [SubGoalNote] = []
        var parents: [GoalRef] = []
        for ref in changed {
            let open = children(of: ref).filter { !isDone($0) }
            if !open.isEmpty { notes.append(.openSubGoals(ref, open: open)) }
            if let parent = files[ref.file].roadmap.goals[ref.goal].parentIndex.map({ GoalRef(file: ref.file, goal: $0) }),
               !isDone(parent), !parents.contains(parent), children(of: parent).allSatisfy(isDone) {
                parents.append(parent)
                notes.append(.parentCanBeTicked(parent))
            }
        }
        return notes
    }
}
