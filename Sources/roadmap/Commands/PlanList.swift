import RoadmapKit

/// `roadmap list` for a plan across files: goals in reading order (a linked file's goals right
/// after the goal that links it), grouped under their heading paths, with ids naming their file.
enum PlanList {
    static func run(_ plan: Plan, _ call: Invocation) throws(CLIError) -> ExitCode {
        let args = call.arguments
        var refs = plan.goals(inSectionMatching: args.value("in"))
        if args.flag("open") { refs = refs.filter { plan.state(of: $0) != .done && plan.state(of: $0) != .cancelled } }
        if args.flag("done") { refs = refs.filter { plan.state(of: $0) == .done } }
        if args.flag("json") {
            call.console.write(PlanJSON.goals(refs, of: plan).bytes)
            call.console.print()
            return .success
        }
        if let section = args.value("in"), refs.isEmpty, plan.goals(inSectionMatching: section).isEmpty {
            throw .failure("\(plan.files[0].path): no heading matches '\(section)'")
        }
        let style = Style(color: call.context.usesColor)
        var group: GoalRef?
        for ref in refs {
            let roadmap = plan.files[ref.file].roadmap
            let goal = roadmap.goals[ref.goal]
            let here = GoalRef(file: ref.file, goal: goal.sectionIndex)
            if here != group {
                let path = plan.displayPath(ofFile: ref.file, section: goal.sectionIndex).map(PlainText.of).joined(separator: " › ")
                if group != nil { call.console.print() }
                group = here
                call.console.print(style.bold(path.isEmpty ? FileSystem.baseName(of: plan.files[ref.file].path) : path))
            }
            call.console.print("  " + PlanGoalLine.render(ref, plan, style, width: call.context.width - 2, indent: goal.depth))
        }
        if refs.isEmpty { call.console.print("No goals to list.") }
        return .success
    }
}
