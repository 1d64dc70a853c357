import RoadmapKit

/// What a tick means for the goals around it (`Plan.subGoalNotes`), as lines:
/// `#6 has 1 open sub-goal (#7)`, `#6 Run an app on Kubernetes can be ticked too: its sub-goals are done`.
enum SubGoalNotes {
    static func after(_ changed: [GoalRef], to state: GoalState, in plan: Plan) -> [String] {
        plan.subGoalNotes(after: changed, to: state).map { note in
            switch note {
            case let .openSubGoals(ref, open):
                let listed = open.prefix(5).map(plan.displayID).joined(separator: ", ") + (open.count > 5 ? ", …" : "")
                return "\(plan.displayID(ref)) has \(Count.of(open.count, "open sub-goal")) (\(listed))"
            case let .parentCanBeTicked(parent):
                let text = PlainText.of(plan.files[parent.file].roadmap.text(of: parent.goal, withoutDoneDate: true))
                return "\(plan.displayID(parent)) \(Columns.truncate(text, to: 60)) can be ticked too: its sub-goals are done"
            }
        }
    }
}
