/// A parent that disagrees with its sub-goals: done while some are still to do, or not done
/// while all of them are. Cancelled sub-goals do not count either way.
enum SubGoalStates {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let roadmap = input.roadmap
        var found: [LintFinding] = []
        for index in roadmap.goals.indices {
            let children = roadmap.childTally(of: index)
            guard children.counted > 0 else { continue }
            let state = roadmap.goals[index].state
            let left = children.counted - children.done
            if state == .done && left > 0 {
                found.append(LintFinding(line: roadmap.goals[index].line, kind: .doneWithOpenSubGoals,
                                         message: "\(input.quoted(goal: index)) is done but \(left) of its \(children.counted) sub-goals \(left == 1 ? "is" : "are") not"))
            } else if (state == .open || state == .inProgress) && left == 0 {
                found.append(LintFinding(line: roadmap.goals[index].line, kind: .openWithSubGoalsDone,
                                         message: "all \(children.counted) sub-goals of \(input.quoted(goal: index)) are done, but it is not ticked"))
            }
        }
        return found
    }
}
