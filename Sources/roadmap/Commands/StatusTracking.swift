import RoadmapKit

/// What `status` adds from the tracking model: the start date (or how to set it), overdue goals
/// and checkpoints, the next checkpoint, blank fields, metric bars, group summaries, and
/// warnings for single-choice groups ticked twice.
enum StatusTracking {
    /// The columns of a summary line's label (`Overdue     `); its text starts after them.
    static let labelWidth = 12

    static func render(_ schedule: PlanSchedule, _ context: Context) {
        let plan = schedule.plan
        let style = Style(color: context.usesColor)
        let console = context.console
        let today = schedule.today
        // Each file's model read in place, never mapped into an array (20,000 copies in a tree).
        let files = schedule.files.indices
        var lines: [(String, String)] = []

        if let start = schedule.start {
            let months = max(0, start.wholeMonths(until: today))
            var text = start <= today ? "\(start) (month \(months + 1))" : "\(start) (in \(today.days(until: start)) days)"
            if let index = schedule.startInheritedFrom { text += style.dim("  from \(index), which links this file") }
            lines.append(("Started", text))
        } else {
            lines.append(("Started", style.yellow("no start date") + "; due dates count from it. " + StartHint.sentence(schedule.plan, schedule.tracking(0), today: today, context)))
        }
        let overdueGoals = schedule.overdueGoalCount
        let overdueCheckpoints = schedule.checkpoints.filter(schedule.isOverdue).count
        if schedule.start != nil || overdueGoals + overdueCheckpoints > 0 {
            var parts: [String] = []
            if overdueGoals > 0 { parts.append(Count.of(overdueGoals, "goal")) }
            if overdueCheckpoints > 0 { parts.append(Count.of(overdueCheckpoints, "checkpoint")) }
            lines.append(("Overdue", parts.isEmpty ? "none" : style.red(parts.joined(separator: ", ")) + style.dim("  (\(context.command("next")))")))
        }
        if let next = schedule.nextCheckpoint {
            let tracking = schedule.tracking(next.file)
            var text = tracking.title(of: tracking.checkpoints[next.index])
            if let due = schedule.due(of: next) {
                let days = today.days(until: due)
                var when = days < 0 ? style.red("overdue by \(-days) days") : days == 0 ? "today" : "in \(days) days"
                if let planned = schedule.files[next.file].rescheduled(checkpoint: next.index) { when += "; rescheduled from \(planned)" }
                text += ", due \(due) (\(when))"
                if let held = schedule.files[next.file].held(checkpoint: next.index) {
                    text += ", held \(held)" + (held > due ? " (\(due.days(until: held)) days late)" : "")
                }
            } else {
                text += style.dim(schedule.start == nil ? ", due date needs the start date" : ", no date")
            }
            let tally = schedule.tally(of: next)
            if tally.total > 0 { text += style.dim("  \(tally.done)/\(tally.counted) done") }
            if next.file != 0 { text += style.dim("  (\(plan.files[next.file].path))") }
            lines.append(("Checkpoint", text))
        }
        let counts = FieldCounts(schedule)
        if counts.fields + counts.choices > 0 {
            var text = "\(counts.blank) of \(counts.fields) blank"
            if counts.choices > 0 { text += ", \(counts.unmade) of \(Count.of(counts.choices, "choice")) not made" }
            if counts.blank + counts.unmade > 0 { text += style.dim("  (\(context.command("fields --blank")))") }
            lines.append(("Fields", text))
        }
        lines += StatusHistoryLines.lines(schedule, style, context)
        console.print()
        // Wrapped under their text rather than by the terminal under the label column.
        for (name, text) in lines {
            for (k, piece) in Columns.wrap(text, to: context.width - labelWidth, indent: 0).enumerated() {
                console.print((k == 0 ? style.bold(Columns.pad(name, to: labelWidth)) : String(repeating: " ", count: labelWidth)) + piece)
            }
        }

        for file in files where schedule.files[file].tracking.groups.count > 1 { groupSummaries(schedule.tracking(file), style, console) }
        metrics(schedule, style, context)

        for file in files where schedule.files[file].tracking.groups.contains(where: { $0.ticked.count > 1 }) {
            let tracking = schedule.tracking(file)
            for group in tracking.groups where group.ticked.count > 1 {
                let ticked = group.ticked.map { "'\(tracking.text(of: group.options[$0]))'" }.joined(separator: " and ")
                let name = tracking.name(of: group)
                console.printError("warning: \(plan.files[file].path):\(group.line): \(name) takes one option but \(ticked) are ticked; fix it with: " + context.command("select \(TrackingText.quoted(name)) \(TrackingText.quoted(tracking.text(of: group.options[group.ticked[0]])))"))
            }
        }
    }

    /// Groups with the same options under one heading, one line each (`ChoiceSummary`).
    private static func groupSummaries(_ tracking: Tracking, _ style: Style, _ console: Console) {
        for (k, summary) in ChoiceSummary.of(tracking).enumerated() {
            if k == 0 { console.print() }
            var parts = summary.counts.map { "\($0.count) \($0.option)" }
            if summary.unset > 0 { parts.append(style.dim("\(summary.unset) not set")) }
            console.print(style.bold(Columns.pad(summary.title.isEmpty ? summary.label : summary.title, to: 12)) + "  "
                          + (summary.sameLabel ? "\(summary.label): " : "\(summary.groups) groups: ") + parts.joined(separator: " · "))
        }
    }

    /// Each metric's latest value against its next target, with a bar: the tables of every file.
    private static func metrics(_ schedule: PlanSchedule, _ style: Style, _ context: Context) {
        let console = context.console
        guard schedule.files.contains(where: { !$0.tracking.tables.isEmpty }) else { return }
        let shown = 4
        // Only the tables shown are read; the rest are counted (issue 28).
        let metrics = StatusMetrics(schedule, limit: shown)
        // Whole names where the terminal has room (a third of it), at least 28 columns.
        let cap = max(28, context.width / 3)
        let nameWidth = min(cap, widestName(schedule, atLeast: cap - 2) + 2)
        for table in metrics.tables { show(table, nameWidth: nameWidth, style, context) }
        if metrics.tableCount > shown {
            console.print()
            console.print(style.dim("… and \(metrics.tableCount - shown) more metric tables: " + context.command("status --json")))
        }
    }

    /// The widest metric name of the plan, or the first at least `enough` wide: the column is
    /// capped, and past the cap the rest of the names need not be read.
    static func widestName(_ schedule: PlanSchedule, atLeast enough: Int) -> Int {
        var widest = 0
        for file in schedule.files {
            for metric in file.tracking.metrics {
                widest = max(widest, Columns.width(file.tracking.name(of: metric)))
                if widest >= enough { return widest }
            }
        }
        return widest
    }

    private static func show(_ table: StatusMetrics.Table, nameWidth: Int, _ style: Style, _ context: Context) {
        let console = context.console
        let barWidth = 10
        console.print()
        let current = table.currentHeader ?? (table.fromReviews ? "last review" : "no current column")
        let title = Columns.truncate(table.title.isEmpty ? "Metrics" : table.title, to: context.width)
        let hint = "  (\(current) → next target)"
        console.print(style.bold(title) + (Columns.width(title + hint) <= context.width ? style.dim(hint) : ""))
        // The name gives way before the value and target: `  NAME  BAR  LATEST → TARGET` fits.
        let values = table.rows.map { Columns.width(($0.latest ?? "–") + " → " + ($0.target.map { $0.text ?? "?" } ?? "")) }
        let nameWidth = min(nameWidth, max(8, context.width - 4 - barWidth - (values.max() ?? 0)))
        for row in table.rows {
            let name = Columns.pad(Columns.truncate(row.name, to: nameWidth - 2), to: nameWidth)
            var bar = style.dim(String(repeating: "·", count: barWidth))
            if let fraction = row.fraction {
                let filled = Int((fraction * Double(barWidth)).rounded(.down))
                let text = String(repeating: "█", count: filled)
                bar = (fraction >= 1 ? style.green(text) : style.yellow(text)) + style.dim(String(repeating: "░", count: barWidth - filled))
            }
            var text = "  \(name)\(bar)  \(row.latest ?? style.dim("–")) → "
            var note = ""
            if let target = row.target {
                text += target.text ?? "?"
                note = target.header
                if let due = target.due { note += ", \(due)" }
                note = "  " + note
            } else {
                note = "no target yet"
            }
            // The note (the target's column and date) gives way first on a narrow terminal.
            let room = context.width - Columns.width(text)
            if room < Columns.width(note) { note = room >= 10 ? Columns.truncate(note, to: room) : "" }
            console.print(text + style.dim(note))
        }
        if !table.unfilled.isEmpty {
            let lead = "  not filled in yet (\(table.unfilled.count)): "
            let list = Columns.truncate(table.unfilled.joined(separator: ", "), to: max(5, context.width - Columns.width(lead)))
            console.print(style.dim(lead + list))
        }
    }
}
