import RoadmapKit

/// `roadmap review --history`: the reviews in the log, oldest first, then one sparkline per
/// series (progress, then each metric the log records) from the first review to the last.
enum ReviewHistory {
    static func run(_ call: Invocation<ReviewCommand>) throws(CLIError) -> ExitCode {
        let context = call.context
        let console = call.console
        let plan = try context.loadPlan(tracking: true)
        let names = plan.files.indices.flatMap { file in plan.tracking(ofFile: file).metrics.map(plan.tracking(ofFile: file).name) }
        let log = ReviewLog(plan.root, metricNames: names)
        let path = plan.files[0].path
        if call.flag(.json) {
            console.write(RoadmapJSON.history(log))
            return .success
        }
        let entries = log.chronological
        guard let first = entries.first, let last = entries.last else {
            console.print("No reviews in \(path) yet; 'roadmap review' writes the first under ## Review Log.")
            return .success
        }
        let style = Style(color: context.usesColor)
        let count = Count.of(entries.count, "review")
        console.print(style.bold("Review log") + " of \(path): \(count), \(first.dateText) to \(last.dateText)")
        console.print()
        table(entries, style, context)
        console.print()
        trends(log, metricOrder: names, style, context)
        return .success
    }

    /// One row per review: its date, goals done, percent, goals completed since the one before, note.
    private static func table(_ entries: [ReviewEntry], _ style: Style, _ context: Context) {
        let goals = entries.map { entry in entry.done.flatMap { done in entry.total.map { "\(done)/\($0)" } } ?? "–" }
        let goalWidth = max(5, goals.map(\.count).max() ?? 0)
        let noteWidth = max(10, context.width - 2 - 11 - goalWidth - 6 - 11)
        context.console.print(style.dim("  " + Columns.pad("Date", to: 11) + Columns.padLeft("Goals", to: goalWidth)
                                        + Columns.padLeft("%", to: 6) + Columns.padLeft("Completed", to: 11) + "  Note"))
        for (entry, goal) in zip(entries, goals) {
            let percent = entry.percent.map { "\($0)%" } ?? "–"
            let completed = entry.completed.isEmpty ? "–" : "+\(entry.completed.count)"
            let note = entry.note.map { Columns.truncate($0, to: noteWidth) } ?? style.dim("–")
            context.console.print("  " + Columns.pad(entry.dateText, to: 11) + Columns.padLeft(goal, to: goalWidth)
                                  + Columns.padLeft(percent, to: 6) + Columns.padLeft(completed, to: 11) + "  " + note)
        }
    }

    /// Each series of the log (`ReviewLog.trends`) as a sparkline, ending with the first and
    /// last values as written.
    private static func trends(_ log: ReviewLog, metricOrder: [String], _ style: Style, _ context: Context) {
        let series = log.trends(metricOrder: metricOrder)

        let nameWidth = min(30, (series.map { Columns.width($0.name) }.max() ?? 0) + 2)
        let room = max(8, context.width - nameWidth - 30)
        context.console.print(style.bold("Trend") + style.dim("  oldest → newest, one mark per review"))
        for trend in series {
            let (name, texts) = (trend.name, trend.texts)
            var values = trend.values
            var cut = ""
            if values.count > room {
                values = Array(values.suffix(room - 1))
                cut = "…"
            }
            let known = texts.compactMap { $0 }
            let span = known.count > 1 ? "\(known[0]) → \(known[known.count - 1])" : known.first ?? "–"
            context.console.print("  " + Columns.pad(Columns.truncate(name, to: nameWidth - 2), to: nameWidth)
                                  + style.cyan(cut + Sparkline.render(values)) + "  " + span)
        }
    }
}
