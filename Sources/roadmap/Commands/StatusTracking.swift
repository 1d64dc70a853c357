import RoadmapKit

/// What `status` adds from the tracking model: the start date (or how to set it), overdue goals
/// and checkpoints, the next checkpoint, blank fields, metric bars, group summaries, and
/// warnings for single-choice groups ticked twice.
enum StatusTracking {
    static func render(_ schedule: PlanSchedule, _ context: Context) {
        let plan = schedule.plan
        let style = Style(color: context.usesColor)
        let console = context.console
        let today = schedule.today
        let trackings = plan.files.indices.map(schedule.tracking)
        var lines: [(String, String)] = []

        if let start = schedule.start {
            let months = max(0, monthsBetween(start, today))
            var text = start <= today ? "\(start) (month \(months + 1))" : "\(start) (in \(today.days(until: start)) days)"
            if let index = schedule.startInheritedFrom { text += style.dim("  from \(index), which links this file") }
            lines.append(("Started", text))
        } else {
            lines.append(("Started", style.yellow("no start date") + "; due dates count from it. Set it with: " + StartHint.command(trackings[0], today: today, context)))
        }
        let overdueGoals = schedule.overdueGoals.count
        let overdueCheckpoints = schedule.checkpoints.filter(schedule.isOverdue).count
        if schedule.start != nil || overdueGoals + overdueCheckpoints > 0 {
            var parts: [String] = []
            if overdueGoals > 0 { parts.append(Count.of(overdueGoals, "goal")) }
            if overdueCheckpoints > 0 { parts.append(Count.of(overdueCheckpoints, "checkpoint")) }
            lines.append(("Overdue", parts.isEmpty ? "none" : style.red(parts.joined(separator: ", ")) + style.dim("  (\(context.command("next")))")))
        }
        if let next = schedule.nextCheckpoint {
            let tracking = trackings[next.file]
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
        let fields = trackings.reduce(0) { $0 + $1.fields.count }
        let groups = trackings.reduce(0) { $0 + $1.groups.count }
        if fields + groups > 0 {
            let blank = trackings.reduce(0) { $0 + $1.fields.filter(\.isBlank).count }
            let unmade = trackings.reduce(0) { $0 + $1.groups.filter { $0.ticked.isEmpty }.count }
            var text = "\(blank) of \(fields) blank"
            if groups > 0 { text += ", \(unmade) of \(Count.of(groups, "choice")) not made" }
            if blank + unmade > 0 { text += style.dim("  (\(context.command("fields --blank")))") }
            lines.append(("Fields", text))
        }
        lines += StatusHistoryLines.lines(schedule, style, context)
        console.print()
        // Wrapped under their text rather than by the terminal under the label column.
        for (name, text) in lines {
            for (k, piece) in Columns.wrap(text, to: context.width - 12, indent: 0).enumerated() {
                console.print((k == 0 ? style.bold(Columns.pad(name, to: 12)) : String(repeating: " ", count: 12)) + piece)
            }
        }

        for tracking in trackings { groupSummaries(tracking, style, console) }
        metrics(schedule, style, context)

        for (file, tracking) in trackings.enumerated() {
            for group in tracking.groups where group.ticked.count > 1 {
                let ticked = group.ticked.map { "'\(tracking.text(of: group.options[$0]))'" }.joined(separator: " and ")
                let name = tracking.name(of: group)
                console.printError("warning: \(plan.files[file].path):\(group.line): \(name) takes one option but \(ticked) are ticked; fix it with: " + context.command("select \(TrackingText.quoted(name)) \(TrackingText.quoted(tracking.text(of: group.options[group.ticked[0]])))"))
            }
        }
    }

    /// Groups with the same options under one heading (the portfolio's four `Status:` lines, a
    /// list of `Phase N: [ ] Not Started [ ] Done`) summed up:
    /// `Projects Portfolio  Status: 1 In Progress · 1 Complete · 2 not set`.
    private static func groupSummaries(_ tracking: Tracking, _ style: Style, _ console: Console) {
        var seen: [String: [Int]] = [:]
        var order: [String] = []
        for (index, group) in tracking.groups.enumerated() {
            let key = "\(group.sectionIndex)\u{1}" + group.options.map { tracking.text(of: $0).lowercased() }.joined(separator: "\u{1}")
            if seen[key] == nil { order.append(key) }
            seen[key, default: []].append(index)
        }
        var printed = false
        for key in order {
            let members = seen[key]!
            guard members.count > 1 else { continue }
            let first = tracking.groups[members[0]]
            var counts = [Int](repeating: 0, count: first.options.count)
            var unset = 0
            for member in members {
                let ticked = tracking.groups[member].ticked
                if ticked.isEmpty { unset += 1 }
                for k in ticked where k < counts.count { counts[k] += 1 }
            }
            var parts = first.options.indices.filter { counts[$0] > 0 }.map { "\(counts[$0]) \(tracking.text(of: first.options[$0]))" }
            if unset > 0 { parts.append(style.dim("\(unset) not set")) }
            if !printed { console.print(); printed = true }
            let title = tracking.sectionTitle(first.sectionIndex)
            let label = tracking.label(of: first)
            let sameLabel = members.allSatisfy { tracking.label(of: tracking.groups[$0]) == label }
            console.print(style.bold(Columns.pad(title.isEmpty ? label : title, to: 12)) + "  "
                          + (sameLabel ? "\(label): " : "\(members.count) groups: ") + parts.joined(separator: " · "))
        }
    }

    /// Each metric's latest value against its next target, with a bar: the tables of every file.
    private static func metrics(_ schedule: PlanSchedule, _ style: Style, _ context: Context) {
        let console = context.console
        let tables = schedule.files.indices.flatMap { file in schedule.tracking(file).tables.indices.map { (file, $0) } }
        guard !tables.isEmpty else { return }
        let names = schedule.files.flatMap { $0.tracking.metrics.map($0.tracking.name) }
        let nameWidth = min(28, (names.map(Columns.width).max() ?? 0) + 2)
        let reviewed = reviewedValues(schedule)
        let shown = 4
        for (k, (file, t)) in tables.enumerated() {
            if k == shown {
                console.print()
                console.print(style.dim("… and \(tables.count - shown) more metric tables: " + context.command("status --json")))
                break
            }
            table(t, of: schedule.files[file], file: file, reviewed: reviewed, nameWidth: nameWidth, style, context)
        }
    }

    private static func table(_ t: Int, of schedule: Schedule, file: Int, reviewed: [MetricRef: String], nameWidth: Int,
                              _ style: Style, _ context: Context) {
        let console = context.console
        let tracking = schedule.tracking
        let table = tracking.tables[t]
        let barWidth = 10
        console.print()
        let title = tracking.sectionTitle(table.sectionIndex)
        let logged = reviewed.keys.contains { $0.file == file && $0.metric.table == t }
        let current = table.currentColumn.map { tracking.header(t, $0) } ?? (logged ? "last review" : "no current column")
        console.print(style.bold(title.isEmpty ? "Metrics" : title) + style.dim("  (\(current) → next target)"))
        var unfilled: [String] = []
        for row in table.rows.indices {
            let metric = Metric(table: t, row: row)
            let ref = MetricRef(file: file, metric: metric)
            let name = Columns.pad(Columns.truncate(tracking.name(of: metric), to: nameWidth - 2), to: nameWidth)
            let filled = table.columns.indices.contains { $0 != table.nameColumn && tracking.cellText(of: metric, column: $0) != nil }
            if !filled {
                unfilled.append(tracking.name(of: metric))
                continue
            }
            let latest = table.currentColumn.flatMap { tracking.cellText(of: metric, column: $0) } ?? reviewed[ref]
            let value = table.currentColumn.map { tracking.value(of: metric, column: $0) }?.value
                ?? reviewed[ref].flatMap { MetricValue(parsing: $0).value }
            let targetColumn = schedule.targetColumn(of: metric)
            let target = targetColumn.flatMap { tracking.value(of: metric, column: $0).value }
            var bar = style.dim(String(repeating: "·", count: barWidth))
            if let value, let target {
                let fraction = target > 0 ? min(1, max(0, value / target)) : (value >= target ? 1 : 0)
                let filled = Int((fraction * Double(barWidth)).rounded(.down))
                let text = String(repeating: "█", count: filled)
                bar = (fraction >= 1 ? style.green(text) : style.yellow(text)) + style.dim(String(repeating: "░", count: barWidth - filled))
            }
            var text = "  \(name)\(bar)  \(latest ?? style.dim("–")) → "
            var note = ""
            if let targetColumn {
                text += tracking.cellText(of: metric, column: targetColumn) ?? "?"
                note = tracking.header(t, targetColumn)
                if let due = schedule.due(ofColumn: targetColumn, in: t) { note += ", \(due)" }
                note = "  " + note
            } else {
                note = "no target yet"
            }
            // The note (the target's column and date) gives way first on a narrow terminal.
            let room = context.width - Columns.visibleWidth(text)
            if room < Columns.width(note) { note = room >= 10 ? Columns.truncate(note, to: room) : "" }
            console.print(text + style.dim(note))
        }
        if !unfilled.isEmpty {
            let lead = "  not filled in yet (\(unfilled.count)): "
            let list = Columns.truncate(unfilled.joined(separator: ", "), to: max(20, context.width - Columns.width(lead)))
            console.print(style.dim(lead + list))
        }
    }

    /// Metrics with no current column get their values from the monthly review: the latest in
    /// the root's Review Log stands in for the cell they do not have.
    private static func reviewedValues(_ schedule: PlanSchedule) -> [MetricRef: String] {
        guard schedule.files.contains(where: { $0.tracking.tables.contains { $0.currentColumn == nil } }) else { return [:] }
        let log = Review.log(of: schedule.plan, schedule)
        guard !log.entries.isEmpty else { return [:] }
        var values: [MetricRef: String] = [:]
        for line in Review(schedule, log: log).metrics where !line.hasCurrentColumn { values[line.ref] = line.last }
        return values
    }


    /// Whole months from `a` to `b`.
    static func monthsBetween(_ a: CivilDate, _ b: CivilDate) -> Int {
        var months = (b.year - a.year) * 12 + (b.month - a.month)
        if b.day < a.day { months -= 1 }
        return months
    }
}
