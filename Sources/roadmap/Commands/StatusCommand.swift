import RoadmapKit

/// `roadmap status`: overall progress, then each section with its own bar.
enum StatusCommand: Command {
    static let spec = CommandSpec(
        name: "status",
        abstract: "Progress at a glance, per section",
        discussion: """
        Shows the overall progress bar with done/total and percent, then each section down to
        --depth levels of headings. Cancelled goals ([-]) are left out of the percentage; goals in
        progress ([/]) and other states count as not done yet. A goal not done whose line ends in a
        count, '(120/300)' or '[count:: 120/300]', counts as that part of one goal (0.4 here), so
        a section's bar moves as the count does; only a tick makes it whole. Time spent ('⏱ 12.5h',
        '[spent:: 12.5h]') and estimates ('[estimate:: 40h]') are totalled per section under Hours.
        Habits ('[habit:: 3/week]', see 'roadmap skip') are counted apart, under Habits: this
        period's count against the target, the current streak and the longest.

        A goal whose text starts with a link to a local markdown file ('- [ ] [Phase 1](phase-1.md)')
        brings that file's goals under it: the totals cover every file, and each linked file is a
        row under the section that links it. PATH may be a directory: its career-roadmap.md,
        roadmap.md, index.md or README.md is the root.
        """,
        arguments: [ArgumentSpec(name: "path", help: "The roadmap file or a directory holding one (default: as --file)", isOptional: true)],
        options: Option.specs,
        examples: ["roadmap status", "roadmap status --depth 1", "roadmap status guide/", "roadmap status --json | jq .percent"])

    enum Option: CommandOptions {
        case depth, json, format

        var spec: OptionSpec {
            switch self {
            case .depth: OptionSpec(long: "depth", value: "N", help: "Levels of headings to show (default 2; 0 for the total only)")
            case .json: OptionSpec(long: "json", help: "Print JSON (see docs/json.md for the shape)")
            case .format: OptionSpec(long: "format", value: "FORMAT", help: "text (default), or markdown: a GitHub-flavoured table for $GITHUB_STEP_SUMMARY")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let depth = try call.count(.depth)
        if let format = call.value(.format), format != "text" {
            return try StatusMarkdown.run(call, format: format, depth: depth)
        }
        // Status reads of a tree's plain notes only their headings and goals, and writes nothing:
        // the rest of their bytes is dropped as each is parsed (issue 28).
        let plan = try call.context.loadPlan(call.arguments.positionals.first, tracking: true, goalsAndHeadingsOnly: true)
        let schedule = try call.context.schedule(plan)
        if call.flag(.json) {
            var json = call.console.jsonWriter()
            RoadmapJSON.status(plan, depth: depth, schedule: schedule, into: &json)
            json.flush()
            call.console.print()
            return .success
        }
        render(StatusReport(plan, depth: depth ?? 2), schedule, call.context, totalOnly: depth == 0)
        return .success
    }

    /// - Parameter totalOnly: `--depth 0`, "the total only": the Overall bar and nothing after it.
    private static func render(_ report: StatusReport, _ schedule: PlanSchedule, _ context: Context, totalOnly: Bool = false) {
        let style = Style(color: context.usesColor)
        let console = context.console
        let plan = schedule.plan
        let width = context.width
        let linked = plan.files.count - 1
        console.print(style.bold(Columns.truncate(report.title, to: width)))
        console.print(style.dim(plan.source))
        console.print()
        guard report.goals.total > 0 else {
            console.print("No goals yet: a goal is a list item with a checkbox, like '- [ ] Learn Docker'.")
            let adoptable = Adoption(plan.root).items.count
            if adoptable > 0 {
                let path = TrackingText.quoted(plan.files[0].path)
                console.print("\(Count.of(adoptable, "plain list item")) under goal-like headings can become goals: roadmap adopt \(path) --dry-run")
            }
            StatusTracking.render(schedule, context)
            return
        }
        let bars = StatusBars(total: report.goals.total, width: width, style: style, console: console)
        bars.line("Overall", 0, report.goals, bold: true)
        if totalOnly { return }
        if !report.rows.isEmpty { console.print() }
        for row in report.rows { bars.line(row.title, row.depth - 1, row.goals) }
        StatusHours.render(report, plan, style, console, width: width)
        StatusHabits.render(schedule, style, console, width: width)
        StatusTracking.render(schedule, context)
        bars.footer(inProgress: report.inProgress, next: report.next, goals: report.goals, files: plan.isTree ? linked : linked == 0 ? nil : plan.files.count,
                    width: width, moreCommand: context.command("list --open")) {
            GoalLine.render($0, plan, style, width: $1)
        }
        let dependencies = TaskDependencies(plan)
        if !dependencies.waitsFor.isEmpty {
            // Only a plan that uses ⛔ hears of it: elsewhere every open goal is ready.
            let (ready, waiting) = dependencies.readyNow(today: schedule.today)
            let line = "Ready now: \(Count.of(ready.count, "goal")); \(waiting) \(waiting == 1 ? "waits for another goal" : "wait for other goals") (roadmap next says which)."
            for part in Columns.wrap(line, to: width, indent: 2) { console.print(style.dim(part)) }
        }
    }
}

/// One goal on one line: id (naming its file outside the root), box, text, and its children's
/// progress when it has any (a linked file's goals included).
enum GoalLine {
    static func render(_ ref: GoalRef, _ plan: Plan, _ style: Style, width: Int, indent: Int = 0) -> String {
        let roadmap = plan.files[ref.file].roadmap
        let goal = roadmap.goals[ref.goal]
        let idText = plan.displayID(ref)
        let box = style.box(goal.state, marker: roadmap.text(goal.markerRange))
        let progress = GoalProgressText.parts(roadmap, ref.goal, style)
        let children = progress?.habit == true ? Tally() : plan.childTally(of: ref)
        var suffix = children.total > 0 ? "  (\(children.done)/\(children.counted))" : ""
        let bar = progress?.after ?? ""
        // Indentation stops at 32 levels: a 10,000-level nest would print 100 MB of spaces.
        let prefix = String(repeating: "  ", count: min(indent, 32))
        var used = Columns.width(prefix) + Columns.width(idText) + 5 + Columns.width(suffix) + Columns.width(bar)
        // On a narrow terminal (`--width 40`, a long id like phase-2-specialization:3) the
        // sub-goal count goes before the text is cut below ten columns, and the row keeps to the
        // width, its text cut down to `…` if it must (issue 25).
        if width - used < 10 && !suffix.isEmpty {
            used -= Columns.width(suffix)
            suffix = ""
        }
        let full = progress?.text ?? PlainText.of(roadmap.text(of: ref.goal, withoutDoneDate: true))
        let text = Columns.truncate(full, to: max(1, width - used))
        let shown = goal.state == .cancelled ? style.dim(text) : text
        return "\(prefix)\(style.dim(idText)) \(box) \(shown)\(bar)\(style.dim(suffix))"
    }

    /// A candidate in an ambiguity or no-match message: id, box, text, where it is.
    static func candidate(_ ref: GoalRef, _ plan: Plan) -> String {
        let roadmap = plan.files[ref.file].roadmap
        let goal = roadmap.goals[ref.goal]
        let path = plan.displayPath(ofFile: ref.file, section: goal.sectionIndex).map(PlainText.of).joined(separator: " › ")
        let place = ref.file == 0 ? "line \(goal.line)" : "\(plan.files[ref.file].path) line \(goal.line)"
        return "  \(plan.displayID(ref)) [\(roadmap.text(goal.markerRange))] \(PlainText.of(roadmap.text(of: ref.goal, withoutDoneDate: true)))"
            + (path.isEmpty ? "  (\(place))" : "  (\(path), \(place))")
    }
}
