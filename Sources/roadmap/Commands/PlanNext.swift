import RoadmapKit

/// `roadmap next` for a plan across files: each file's schedule (a linked file without a start
/// date counts from the index's), merged by reason and then by due date, with the plan's ids.
enum PlanNext {
    struct Item {
        let file: Int
        let entry: NextReport.Entry
        let schedule: Schedule
    }

    static func run(_ plan: Plan, today: CivilDate, _ call: Invocation) throws(CLIError) -> ExitCode {
        for warning in plan.warnings { call.console.printError("warning: \(warning)") }
        let rootStart = Tracking(plan.root).start
        var items: [Item] = []
        for (index, file) in plan.files.enumerated() {
            let schedule = Schedule(Tracking(file.roadmap), today: today, fallbackStart: rootStart)
            call.console.warn(file.path, schedule.warning)
            items += NextReport(schedule).entries.map { Item(file: index, entry: $0, schedule: schedule) }
        }
        let rank: [NextReport.Reason: Int] = [.overdue: 0, .soon: 1, .inProgress: 2]
        items.sort { a, b in
            if a.entry.reason != b.entry.reason { return rank[a.entry.reason]! < rank[b.entry.reason]! }
            switch (a.entry.due, b.entry.due) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.file < b.file
            }
        }
        if call.arguments.flag("json") {
            let entries = items.map { item in
                (file: plan.files[item.file].path, id: { (goal: Int) in plan.id(GoalRef(file: item.file, goal: goal)) },
                 entry: item.entry, schedule: item.schedule)
            }
            call.console.write(RoadmapJSON.next(entries).bytes)
            call.console.print()
            return .success
        }
        let style = Style(color: call.context.usesColor)
        let limit = call.arguments.flag("all") ? Int.max : 10
        if rootStart == nil {
            call.console.print(style.yellow("No start date in \(plan.files[0].path), so only dated goals and checkpoints have due dates."))
            call.console.print()
        }
        for (k, (reason, title)) in [(NextReport.Reason.overdue, "Overdue"), (.soon, "Due in the next 30 days"), (.inProgress, "In progress")].enumerated() {
            let group = items.filter { $0.entry.reason == reason }
            if k > 0 { call.console.print() }
            call.console.print(style.bold(title) + (group.isEmpty ? "" : style.dim(" (\(group.count))")))
            if group.isEmpty { call.console.print(style.dim("  nothing")) }
            for item in group.prefix(limit) { call.console.print("  " + render(item, plan, style, width: call.context.width - 2)) }
            if group.count > limit { call.console.print(style.dim("  … and \(group.count - limit) more: roadmap next --all")) }
        }
        return .success
    }

    private static func render(_ item: Item, _ plan: Plan, _ style: Style, width: Int) -> String {
        let dueText = item.entry.due?.description ?? "no date   "
        var due = item.entry.reason == .overdue ? style.red(dueText) : style.dim(dueText)
        if let date = item.entry.due {
            let days = item.schedule.today.days(until: date)
            due += " " + style.dim(Columns.padLeft(days < 0 ? "\(-days)d late" : days == 0 ? "today" : "in \(days)d", to: 9))
        } else {
            due += "          "
        }
        switch item.entry.item {
        case let .goal(index):
            return due + " " + PlanGoalLine.render(GoalRef(file: item.file, goal: index), plan, style, width: width - 21)
        case let .checkpoint(index):
            let tracking = item.schedule.tracking
            let checkpoint = tracking.checkpoints[index]
            let tally = item.schedule.tally(of: checkpoint)
            let where_ = item.file == 0 ? "" : style.dim("  (\(plan.files[item.file].path))")
            let counts = tally.total > 0 ? style.dim("  (\(tally.done)/\(tally.counted) done)") : ""
            return due + " " + style.cyan(Columns.truncate("⚑ " + tracking.title(of: checkpoint), to: max(10, width - 40))) + counts + where_
        }
    }
}
