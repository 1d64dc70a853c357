import RoadmapKit

/// `roadmap status`: overall progress, then each section with its own bar.
enum StatusCommand: Command {
    static let spec = CommandSpec(
        name: "status",
        abstract: "Progress at a glance, per section",
        discussion: """
        Shows the overall progress bar with done/total and percent, then each section down to
        --depth levels of headings. Cancelled goals ([-]) are left out of the percentage; goals in
        progress ([/]) and other states count as not done yet.

        A goal whose text starts with a link to a local markdown file ('- [ ] [Phase 1](phase-1.md)')
        brings that file's goals under it: the totals cover every file, and each linked file is a
        row under the section that links it. PATH may be a directory: its career-roadmap.md,
        roadmap.md, index.md or README.md is the root.
        """,
        arguments: [ArgumentSpec(name: "path", help: "The roadmap file or a directory holding one (default: as --file)", isOptional: true)],
        options: [
            OptionSpec(long: "depth", value: "N", help: "Levels of headings to show (default 2; 0 for the total only)"),
            OptionSpec(long: "json", help: "Print JSON (see README.md for the shape)"),
            OptionSpec(long: "format", value: "FORMAT", help: "text (default), or markdown: a GitHub-flavoured table for $GITHUB_STEP_SUMMARY"),
        ],
        examples: ["roadmap status", "roadmap status --depth 1", "roadmap status guide/", "roadmap status --json | jq .percent"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        let depth = try call.arguments.count("depth", command: spec.name)
        if let format = call.arguments.value("format"), format != "text" {
            return try StatusMarkdown.run(call, format: format, depth: depth)
        }
        let loaded = try call.context.load(call.arguments.positionals.first, tracking: true)
        if let plan = call.context.plan(for: loaded) { return PlanStatus.run(plan, depth: depth, call.context) }
        let schedule = Schedule(loaded.tracking, today: try call.context.today())
        if call.arguments.flag("json") {
            var json = call.console.jsonWriter()
            RoadmapJSON.status(loaded.roadmap, file: loaded.path, depth: depth, schedule: schedule, into: &json)
            json.flush()
            call.console.print()
            return .success
        }
        render(StatusReport(loaded.roadmap, depth: depth ?? 2), loaded, call.context, schedule)
        return .success
    }

    private static func render(_ report: StatusReport, _ loaded: LoadedRoadmap, _ context: Context, _ schedule: Schedule) {
        let style = Style(color: context.usesColor)
        let console = context.console
        let roadmap = loaded.roadmap
        let width = context.width
        console.print(style.bold(report.title.map(PlainText.of) ?? FileSystem.baseName(of: loaded.path)))
        console.print(style.dim(loaded.path))
        console.print()
        guard report.goals.total > 0 else {
            console.print("No goals yet: a goal is a list item with a checkbox, like '- [ ] Learn Docker'.")
            StatusTracking.render(schedule, loaded, context)
            return
        }
        let bars = StatusBars(total: report.goals.total, width: width, style: style, console: console)
        bars.line("Overall", 0, report.goals, bold: true)
        if !report.rows.isEmpty { console.print() }
        for row in report.rows { bars.line(row.title, row.depth - 1, row.goals) }
        StatusTracking.render(schedule, loaded, context)
        bars.footer(inProgress: report.inProgress, next: report.next, goals: report.goals, files: nil, width: width) {
            GoalLine.render($0, roadmap, style, width: $1)
        }
    }
}

/// One goal on one line: id, box, text, and its children's progress when it has any.
enum GoalLine {
    static func render(_ index: Int, _ roadmap: Roadmap, _ style: Style, width: Int, indent: Int = 0) -> String {
        let goal = roadmap.goals[index]
        let id = style.dim("#\(index + 1)")
        let box = style.box(goal.state, marker: roadmap.text(goal.markerRange))
        var suffix = ""
        let children = roadmap.childTally(of: index)
        if children.total > 0 { suffix = "  (\(children.done)/\(children.counted))" }
        // Indentation stops at 32 levels: a 10,000-level nest would print 100 MB of spaces.
        let prefix = String(repeating: "  ", count: min(indent, 32))
        let used = Columns.width(prefix) + Columns.width("#\(index + 1)") + 5 + Columns.width(suffix)
        let text = Columns.truncate(PlainText.of(roadmap.text(of: index)), to: max(10, width - used))
        let shown = goal.state == .cancelled ? style.dim(text) : text
        return "\(prefix)\(id) \(box) \(shown)\(style.dim(suffix))"
    }
}
