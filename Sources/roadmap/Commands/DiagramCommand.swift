import RoadmapKit

/// `roadmap diagram`: the roadmap's phases or top sections as a mermaid flowchart.
enum DiagramCommand: Command {
    static let spec = CommandSpec(
        name: "diagram",
        abstract: "A mermaid flowchart of the roadmap's sections and their progress",
        discussion: """
        Prints a ```mermaid block to paste into a markdown file (GitHub draws it). Each section
        with goals is a node showing done/total, styled done, active (something done or in
        progress) or todo; sections come in document order, each leading to the next. Sections
        whose heading or first sentence says they run in parallel ('in parallel', '∥', 'Track A')
        sit side by side when they follow each other: they share what comes before and after.
        Files linked from goals are subgraphs holding their own sections. --goals draws instead
        the goals linked by Obsidian Tasks dependencies ('⛔ ID' naming a goal's '🆔 ID'), an
        arrow from each goal to the goals that wait for it.
        """,
        arguments: [ArgumentSpec(name: "path", help: "The roadmap file or a directory holding one (default: as --file)", isOptional: true)],
        options: Option.specs,
        examples: ["roadmap diagram", "roadmap diagram guide/ > guide/diagram.md", "roadmap diagram --depth 2", "roadmap diagram --goals"])

    enum Option: CommandOptions {
        case depth, goals

        var spec: OptionSpec {
            switch self {
            case .depth: OptionSpec(long: "depth", value: "N", help: "Levels of headings per file (default 1; 0 for one node per file)")
            case .goals: OptionSpec(long: "goals", help: "Draw the goals linked by dependencies (⛔/🆔) instead of the sections")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let depth = try call.count(.depth) ?? 1
        let plan = try call.context.loadPlan(call.arguments.positionals.first)
        if call.flag(.goals) {
            call.console.write(DependencyFlowchart.render(plan))
            return .success
        }
        let nodes = DiagramNode.tree(plan, depth: depth)
        call.console.write(MermaidFlowchart.render(nodes, title: plan.root.title.map(PlainText.of), goals: plan.tally))
        return .success
    }
}
