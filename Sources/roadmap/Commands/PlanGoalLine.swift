import RoadmapKit

/// One goal of a plan on one line, as `GoalLine` shows a goal of one file: id (naming the file
/// outside the root), box, text, and its children's progress, a linked file's goals included.
enum PlanGoalLine {
    static func render(_ ref: GoalRef, _ plan: Plan, _ style: Style, width: Int, indent: Int = 0) -> String {
        let roadmap = plan.files[ref.file].roadmap
        let goal = roadmap.goals[ref.goal]
        let idText = plan.displayID(ref)
        let box = style.box(goal.state, marker: roadmap.text(goal.markerRange))
        let children = plan.childTally(of: ref)
        let suffix = children.total > 0 ? "  (\(children.done)/\(children.counted))" : ""
        let prefix = String(repeating: "  ", count: indent)
        let used = Columns.width(prefix) + Columns.width(idText) + 5 + Columns.width(suffix)
        let text = Columns.truncate(PlainText.of(roadmap.text(of: ref.goal)), to: max(10, width - used))
        let shown = goal.state == .cancelled ? style.dim(text) : text
        return "\(prefix)\(style.dim(idText)) \(box) \(shown)\(style.dim(suffix))"
    }

    /// A candidate in an ambiguity or no-match message: id, box, text, where it is.
    static func candidate(_ ref: GoalRef, _ plan: Plan) -> String {
        let roadmap = plan.files[ref.file].roadmap
        let goal = roadmap.goals[ref.goal]
        let path = plan.displayPath(ofFile: ref.file, section: goal.sectionIndex).map(PlainText.of).joined(separator: " › ")
        let place = ref.file == 0 ? "line \(goal.line)" : "\(plan.files[ref.file].path) line \(goal.line)"
        return "  \(plan.displayID(ref)) [\(roadmap.text(goal.markerRange))] \(PlainText.of(roadmap.text(of: ref.goal)))"
            + (path.isEmpty ? "  (\(place))" : "  (\(path), \(place))")
    }
}
