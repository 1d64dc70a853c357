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
        checkpoint is due on its filled '**Date:**', else at the end of its period. A goal that
        waits for open goals (Obsidian Tasks '⛔') is listed under Waiting, with what it waits for.

        Words and the options of 'roadmap list' narrow it the same way; words and --state name
        goals, so checkpoints are listed only without them.
        """,
        arguments: [GoalFilterOption.wordsArgument],
        options: Option.specs,
        examples: ["roadmap next", "roadmap next --today 2026-06-01", "roadmap next --json | jq '.[] | select(.overdue)'"])

    enum Option: CommandOptions {
        case all, state, `in`, overdue, dueBefore, dueAfter, priority, scheduled, started, neglected, json

        var spec: OptionSpec {
            switch self {
            case .all: OptionSpec(long: "all", help: "Show every entry (default: up to 10 per group)")
            case .state: GoalFilterOption.state
            case .in: GoalFilterOption.section
            case .overdue: GoalFilterOption.overdue
            case .dueBefore: GoalFilterOption.dueBefore
            case .dueAfter: GoalFilterOption.dueAfter
            case .priority: TasksFilterOption.priority
            case .scheduled: TasksFilterOption.scheduled
            case .started: TasksFilterOption.started
            case .neglected: OptionSpec(long: "neglected", help: "Instead: the goals that track time (⏱, [estimate:: …]), least time spent first")
            case .json: OptionSpec(long: "json", help: "Print JSON (see docs/json.md for the shape)")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let goals = try GoalFilterOption.filter(call, state: .state, overdue: .overdue, dueBefore: .dueBefore, dueAfter: .dueAfter, section: .in)
        let plan = try call.context.loadPlan(tracking: true)
        let schedule = try call.context.schedule(plan)
        if call.flag(.neglected) { return try NextNeglected.run(call, schedule) }
        let filtered = call.value(.priority) != nil || call.flag(.scheduled) || call.flag(.started)
        let filter = filtered ? try TasksFilterOption.filter(call, .priority, .scheduled, .started) : nil
        let report = NextReport(schedule, filter: filter, goals: goals)
        if call.flag(.json) {
            call.console.write(RoadmapJSON.next(report, schedule).bytes)
            call.console.print()
            return .success
        }
        let style = Style(color: call.context.usesColor)
        let console = call.console
        let limit = call.flag(.all) ? Int.max : 10
        if schedule.start == nil {
            // A sentence, wrapped at the width like any prose (colour takes no column).
            let hint = style.yellow("No start date, so only dated goals and checkpoints have due dates.")
                + " " + StartHint.sentence(schedule.plan, schedule.tracking(0), today: schedule.today, call.context)
            for line in Columns.wrap(hint, to: call.context.width, indent: 0) { console.print(line) }
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
                let above = reason == .inProgress ? report.inProgressListedAbove : 0
                console.print(style.dim(above > 0 ? "  nothing else (\(above) in progress listed above)" : "  nothing"))
            }
            for entry in entries.prefix(limit) {
                console.print("  " + render(entry, schedule, style, width: call.context.width - 2))
            }
            if entries.count > limit {
                console.print(style.dim("  … and \(entries.count - limit) more: " + call.context.command("next --all")))
            }
        }
        if !report.waiting.isEmpty {
            console.print()
            console.print(style.bold("Waiting") + style.dim(" (\(report.waiting.count))"))
            let plan = schedule.plan
            for (goal, blockers) in report.waiting.prefix(call.flag(.all) ? Int.max : 3) {
                let names = blockers.prefix(3).map { "\(plan.displayID($0)) " + PlainText.of(plan.files[$0.file].roadmap.text(of: $0.goal, withoutFields: true)) }
                let more = blockers.count > 3 ? ", … \(blockers.count - 3) more" : ""
                let waits = Columns.truncate("waits for " + names.joined(separator: ", ") + more, to: max(10, call.context.width - 4))
                console.print("  " + GoalLine.render(goal, plan, style, width: call.context.width - 2))
                console.print("    " + style.dim(waits))
            }
            if report.waiting.count > 3 && !call.flag(.all) {
                console.print(style.dim("  … and \(report.waiting.count - 3) more: " + call.context.command("next --all")))
            }
        }
        refreshers(schedule, style, call)
        return .success
    }

    /// The refreshers due (issue 27), when there are any: a few, and the command that asks about them.
    private static func refreshers(_ schedule: PlanSchedule, _ style: Style, _ call: Invocation<Self>) {
        let due = schedule.plan.refreshersDue(today: schedule.today)
        guard !due.isEmpty else { return }
        let console = call.console
        console.print()
        console.print(style.bold("Refreshers due") + style.dim(" (\(due.count))"))
        let limit = call.flag(.all) ? Int.max : 3
        for (ref, _) in due.prefix(limit) {
            console.print("  " + GoalLine.render(ref, schedule.plan, style, width: call.context.width - 2))
        }
        console.print(style.dim("  " + (due.count > limit ? "… and \(due.count - limit) more; " : "") + "still solid? " + call.context.command("recall")))
    }

    /// Below this many columns a row leaves out its `294d late` column, which the date says too:
    /// the goal's text needs the room (issue 25: `--width 40` printed 46-column rows).
    static let relativeColumnFrom = 50

    private static func render(_ entry: NextReport.Entry, _ schedule: PlanSchedule, _ style: Style, width: Int) -> String {
        let dueText = entry.due.map { $0.description } ?? "no date   "
        var due = entry.reason == .overdue ? style.red(dueText) : style.dim(dueText)
        let relativeColumn = width + 2 >= relativeColumnFrom
        if !relativeColumn {
            // The date alone.
        } else if let date = entry.due {
            let days = schedule.today.days(until: date)
            let relative = days < 0 ? "\(-days)d late" : days == 0 ? "today" : "in \(days)d"
            due += " " + style.dim(Columns.padLeft(relative, to: 9))
        } else {
            due += "          "
        }
        let rest = width - (relativeColumn ? 21 : 11)
        switch entry.item {
        case let .goal(ref):
            return due + " " + GoalLine.render(ref, schedule.plan, style, width: rest)
        case let .checkpoint(ref):
            let tracking = schedule.tracking(ref.file)
            let tally = schedule.tally(of: ref)
            let counts = tally.total > 0 ? style.dim("  (\(tally.done)/\(tally.counted) done)") : ""
            var place = ref.file == 0 ? "" : style.dim("  (\(schedule.plan.files[ref.file].path))")
            // The file's name goes first when the row would not fit the width (issue 25).
            var room = rest - 16 - Columns.width(place)
            if room < 8 && !place.isEmpty {
                room += Columns.width(place)
                place = ""
            }
            let text = Columns.truncate("⚑ " + tracking.title(of: tracking.checkpoints[ref.index]), to: max(4, room))
            return due + " " + style.cyan(text) + counts + place
        }
    }
}

/// The command that sets a missing start date: the roadmap's own blank start field if it has
/// one (`Date Created`), else `Start Date`.
enum StartHint {
    /// How to set the start date: on the roadmap's own field, or, in a tree, whose made index
    /// holds no field and takes no write, on each file's own.
    static func sentence(_ plan: Plan, _ tracking: Tracking, today: CivilDate, _ context: Context) -> String {
        if plan.isTree { return "In a tree each file counts from its own: roadmap -f FILE set 'Start Date' \(today)" }
        let label = tracking.startField.map { tracking.label(of: $0) } ?? "Start Date"
        return "Set it with: " + context.command("set \(TrackingText.quoted(label)) \(today)")
    }
}
