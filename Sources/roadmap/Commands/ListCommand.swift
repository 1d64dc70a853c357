import RoadmapKit

/// `roadmap list`: goals with their ids, grouped under their headings.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list",
        abstract: "Goals with their ids, states and sections",
        discussion: """
        Ids are goal numbers in document order; they stay the same while nothing above a goal changes.
        Goals of files linked from goals ('- [ ] [Phase 1](phase-1.md)') follow the goal that links
        them, with ids naming their file: phase-1:3.
        """,
        options: [
            OptionSpec(long: "open", help: "Only goals not done yet (open, in progress, other states)"),
            OptionSpec(long: "done", help: "Only done goals"),
            OptionSpec(long: "in", value: "SECTION", help: "Only goals under headings containing this text (or a path: 'Goals > Skills')"),
            OptionSpec(long: "json", help: "Print JSON (see README.md for the shape)"),
        ],
        examples: ["roadmap list --open", "roadmap list --in '6-Month Goals'", "roadmap list --json"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        let args = call.arguments
        if args.flag("open") && args.flag("done") {
            throw .usage("--open and --done exclude each other", command: spec.name)
        }
        let loaded = try call.context.load(tracking: args.flag("json"))
        if let plan = call.context.plan(for: loaded) { return try PlanList.run(plan, call) }
        let roadmap = loaded.roadmap
        var indices = roadmap.goalIndices(inSectionMatching: args.value("in"))
        if args.flag("open") { indices = indices.filter { roadmap.goals[$0].state != .done && roadmap.goals[$0].state != .cancelled } }
        if args.flag("done") { indices = indices.filter { roadmap.goals[$0].state == .done } }
        if args.flag("json") {
            let schedule = Schedule(loaded.tracking, today: try call.context.today())
            call.console.warn(loaded.path, schedule.warning)
            var json = call.console.jsonWriter()
            RoadmapJSON.goals(indices, of: roadmap, schedule: schedule, into: &json)
            json.flush()
            call.console.print()
            return .success
        }
        if let section = args.value("in"), indices.isEmpty, roadmap.goalIndices(inSectionMatching: section).isEmpty {
            throw .failure("\(loaded.path): no heading matches '\(section)'")
        }
        let style = Style(color: call.context.usesColor)
        var currentSection = -1
        for index in indices {
            let goal = roadmap.goals[index]
            if goal.sectionIndex != currentSection {
                currentSection = goal.sectionIndex
                let path = roadmap.displayPath(ofSection: currentSection).map(PlainText.of).joined(separator: " › ")
                if index != indices.first { call.console.print() }
                call.console.print(style.bold(path.isEmpty ? FileSystem.baseName(of: loaded.path) : path))
            }
            call.console.print("  " + GoalLine.render(index, roadmap, style, width: call.context.width - 2, indent: goal.depth))
        }
        if indices.isEmpty { call.console.print("No goals to list.") }
        return .success
    }
}
