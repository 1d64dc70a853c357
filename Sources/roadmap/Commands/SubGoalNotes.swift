import RoadmapKit

/// What a tick means for the goals around it: a parent ticked while sub-goals are open
/// (`#6 has 1 open sub-goal (#7)`), and a parent whose last open sub-goal was just ticked
/// (`#6 Run an app on Kubernetes can be ticked too: its sub-goals are done`).
enum SubGoalNotes {
    static func after(_ changed: [GoalRef], to state: GoalState, in plan: Plan) -> [String] {
        guard state == .done else { return [] }
        let ticked = Set(changed)
        func isDone(_ ref: GoalRef) -> Bool { ticked.contains(ref) || plan.state(of: ref) == .done || plan.state(of: ref) == .cancelled }
        var notes: [String] = []
        var parents: [GoalRef] = []
        for ref in changed {
            let open = children(of: ref, plan).filter { !isDone($0) }
            if !open.isEmpty {
                let listed = open.prefix(5).map(plan.displayID).joined(separator: ", ") + (open.count > 5 ? ", …" : "")
                notes.append("\(plan.displayID(ref)) has \(Count.of(open.count, "open sub-goal")) (\(listed))")
            }
            if let parent = plan.files[ref.file].roadmap.goals[ref.goal].parentIndex.map({ GoalRef(file: ref.file, goal: $0) }),
               !isDone(parent), !parents.contains(parent), children(of: parent, plan).allSatisfy(isDone) {
                parents.append(parent)
                let text = PlainText.of(plan.files[parent.file].roadmap.text(of: parent.goal, withoutDoneDate: true))
                notes.append("\(plan.displayID(parent)) \(Columns.truncate(text, to: 60)) can be ticked too: its sub-goals are done")
            }
        }
        return notes
    }

    /// The goals directly below a goal, in the same file.
    static func children(of ref: GoalRef, _ plan: Plan) -> [GoalRef] {
        let goals = plan.files[ref.file].roadmap.goals
        var result: [GoalRef] = []
        var i = ref.goal + 1
        while i < goals.count, let parent = goals[i].parentIndex, parent >= ref.goal {
            if parent == ref.goal { result.append(GoalRef(file: ref.file, goal: i)) }
            i += 1
        }
        return result
    }
}
