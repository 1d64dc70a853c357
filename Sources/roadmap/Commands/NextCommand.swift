import RoadmapKit

/// `roadmap next`: what to do now.
enum NextCommand: Command {
    static let spec = CommandSpec(
        name: "next",
        abstract: "What to do now: overdue, due soon, in progress",
        discussion: """
        Lists overdue goals and checkpoints, then those due in the next 30 days, then goals in
        progress, each with its due date. A goal is due at the end of the period its text or its
        heading names ('(Month 3)', '### Week 1', '## 6-Month Goals'), counted from the start date
        (a field like '**Start Date:** 2026-01-15'), or on its own '📅 YYYY-MM-DD' date. A
        checkpoint is due on its filled '**Date:**', else at the end of its period.
        """,
        options: [
            OptionSpec(long: "all", help: "Show every entry (default: up to 10 per group)"),
            OptionSpec(long: "json", help: "Print JSON (see README.md for the shape)"),
        ],
        examples: ["roadmap next", "roadmap next --today 2026-06-01", "roadmap next --json | jq '.[] | select(.overdue)'"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        let today = try call.context.today()
        let loaded = try call.context.load(tracking: true)
        if let plan = call.context.plan(for: loaded) { return try PlanNext.run(plan, today: today, call) }
        let schedule = Schedule(loaded.tracking, today: today)
        call.console.warn(loaded.path, schedule.warning)
        let report = NextReport(schedule)
        if call.arguments.flag("json") {
            call.console.write(RoadmapJSON.next(report, schedule).bytes)
            call.console.print()
            return .success
        }
        let style = Style(color: call.context.usesColor)
        let console = call.console
        let limit = call.arguments.flag("all") ? Int.max : 10
        if schedule.start == nil {
            console.print(style.yellow("No start date, so only dated goals and checkpoints have due dates.")
                          + " Set it with: " + StartHint.command(schedule.tracking, today: today))
            console.print()
        }
        let groups: [(NextReport.Reason, String)] = [
            (.overdue, "Overdue"), (.soon, "Due in the next \(report.window) days"), (.inProgress, "In progress"),
        ]
        for (k, (reason, title)) in groups.enumerated() {
            let entries = report.entries(reason)
            if k > 0 { console.print() }
            console.print(style.bold(title) + (entries.isEmpty ? "" : style.dim(" (\(entries.count))")))
            if entries.isEmpty {
                let above = reason == .inProgress ? report.entries.filter { entry in
                    if case let .goal(index) = entry.item { return schedule.tracking.roadmap.goals[index].state == .inProgress }
                    return false
                }.count : 0
                console.print(style.dim(above > 0 ? "  nothing else (\(above) in progress listed above)" : "  nothing"))
            }
            for entry in entries.prefix(limit) {
                console.print("  " + render(entry, schedule, style, width: call.context.width - 2))
            }
            if entries.count > limit {
                console.print(style.dim("  … and \(entries.count - limit) more: roadmap next --all"))
            }
        }
        return .success
    }

    private static func render(_ entry: NextReport.Entry, _ schedule: Schedule, _ style: Style, width: Int) -> String {
        let dueText = entry.due.map { $0.description } ?? "no date   "
        var due = entry.reason == .overdue ? style.red(dueText) : style.dim(dueText)
        if let date = entry.due {
            let days = schedule.today.days(until: date)
            let relative = days < 0 ? "\(-days)d late" : days == 0 ? "today" : "in \(days)d"
            due += " " + style.dim(Columns.padLeft(relative, to: 9))
        } else {
            due += "          "
        }
        let rest = width - 21
        switch entry.item {
        case let .goal(index):
            return due + " " + GoalLine.render(index, schedule.tracking.roadmap, style, width: rest)
        case let .checkpoint(index):
            let checkpoint = schedule.tracking.checkpoints[index]
            let tally = schedule.tally(of: checkpoint)
            let counts = tally.total > 0 ? style.dim("  (\(tally.done)/\(tally.counted) done)") : ""
            let text = Columns.truncate("⚑ " + schedule.tracking.title(of: checkpoint), to: max(10, rest - 16))
            return due + " " + style.cyan(text) + counts
        }
    }
}

/// The command that sets a missing start date: the roadmap's own blank start field if it has
/// one (`Date Created`), else `Start Date`.
enum StartHint {
    static func command(_ tracking: Tracking, today: CivilDate) -> String {
        let label = tracking.startField.map { tracking.label(of: $0) } ?? "Start Date"
        return "roadmap set \(TrackingText.quoted(label)) \(today)"
    }
}
