import RoadmapKit

/// `roadmap history` on a terminal: where the history comes from, then the burn-up, the
/// calendar, the pace, the forecast and the metric trends.
enum HistoryText {
    /// - Parameter since: `--since`: completions are counted from that day, and said to be.
    static func render(_ history: History, _ plan: Plan, bySection: Bool, today: CivilDate, since: CivilDate? = nil, _ context: Context) {
        let style = Style(color: context.usesColor)
        let console = context.console
        let width = context.chartWidth
        func row(_ name: String, _ text: String) { console.print(style.bold(Columns.pad(name, to: 13)) + text) }
        console.print(style.bold(plan.label(ofFile: 0)))
        let files = plan.source
        switch history.source {
        case let .git(commits):
            let span = history.points.first.map { " · \($0.date) to \(today)" } ?? ""
            console.print(style.dim("\(files) · \(Count.of(commits, "commit"))" + span))
        case let .datesOnly(reason):
            console.print(style.dim(files) + "  " + style.yellow("No git history: \(reason); showing what the ✅ dates and the review log give."))
        }

        if let first = history.points.first, let last = history.points.last {
            console.print()
            let now = "\(last.done)/\(last.total) done"
            row("Burn-up", now + style.dim("  done █ of total · goals, \(first.date) → \(last.date)"))
            if bySection {
                for line in HistoryBurnUp.sections(history.sections, from: first.date, to: last.date, width: width, style: style) { console.print(line) }
            } else {
                for line in HistoryBurnUp.render(history.points, width: width, style: style) { console.print(line) }
            }
        }

        console.print()
        let recent = history.completedInLast52Weeks(today: today)
        let streaks = history.weeklyStreaks(today: today)
        let period = since.map { $0 > today.adding(days: -7 * 52) ? "since \($0)" : "in the last 52 weeks (--since \($0) is earlier)" } ?? "in the last 52 weeks"
        row("Completions", "\(recent) \(period)" + style.dim("  longest weekly streak \(weeks(streaks.longest)), current \(weeks(streaks.current))"))
        for line in HistoryCalendar.render(history.completions, today: today, width: width, style: style) { console.print(line) }

        console.print()
        row("Pace", "\(decimal(history.pace.weeks4)) goals a week over the last 4 weeks" + style.dim(", \(decimal(history.pace.weeks12)) over the last 12"))
        forecast(history, style, context)
        metrics(history, style, context)
        counts(history, style, context)
        hours(history, style, context)
    }

    private static func forecast(_ history: History, _ style: Style, _ context: Context) {
        guard !history.forecast.isEmpty else { return }
        let console = context.console
        console.print()
        console.print(style.bold(Columns.pad("Forecast", to: 13)) + style.dim("horizons and checkpoints with a due date, at the recent pace"))
        let shown = 12
        let nameWidth = min(38, (history.forecast.prefix(shown).map { Columns.width(TrackingText.shown(sectionPath: $0.section)) }.max() ?? 0) + 2)
        for item in history.forecast.prefix(shown) {
            let name = Columns.pad(Columns.truncate(TrackingText.shown(sectionPath: item.section), to: nameWidth - 2), to: nameWidth)
            console.print("  " + name + HistoryForecastText.describe(item, style))
        }
        if history.forecast.count > shown { console.print(style.dim("  … and \(history.forecast.count - shown) more: roadmap history --json")) }
    }

    private static func metrics(_ history: History, _ style: Style, _ context: Context) {
        guard !history.metrics.isEmpty else { return }
        context.console.print()
        context.console.print(style.bold(Columns.pad("Metrics", to: 13)) + style.dim("oldest → newest, first and last value, next target"))
        trends(history.metrics, style, context) { $0.map { style.dim("  target ") + decimal($0) } ?? style.dim("  no target") }
    }

    /// Counts (`(120/300)`, issue 27) drawn as metrics are, against their targets.
    private static func counts(_ history: History, _ style: Style, _ context: Context) {
        guard !history.counts.isEmpty else { return }
        context.console.print()
        context.console.print(style.bold(Columns.pad("Counts", to: 13)) + style.dim("oldest → newest, first and last count, of the target"))
        trends(history.counts, style, context) { $0.map { style.dim(" of ") + decimal($0) } ?? "" }
    }

    /// Time spent per week (issue 27), on the days of the commits that added it: a bar each.
    private static func hours(_ history: History, _ style: Style, _ context: Context) {
        let weeks = history.spentPerWeek
        guard !weeks.isEmpty else { return }
        let console = context.console
        console.print()
        console.print(style.bold(Columns.pad("Hours", to: 13)) + style.dim("time spent per week (⏱), put on the day of the commit that added it"))
        let shown = weeks.suffix(12)
        let most = max(1, shown.map { abs($0.minutes) }.max() ?? 1)
        let room = max(4, min(30, context.chartWidth - 40))
        for week in shown {
            let bar = String(repeating: "█", count: max(week.minutes > 0 ? 1 : 0, abs(week.minutes) * room / most))
            console.print("  week of \(week.date)  " + Columns.pad((week.minutes < 0 ? "-" : "") + WorkTime.hours(abs(week.minutes)), to: 8) + style.cyan(bar))
        }
        if weeks.count > shown.count { console.print(style.dim("  … \(weeks.count - shown.count) earlier weeks: roadmap history --json")) }
    }

    private static func trends(_ all: [History.MetricSeries], _ style: Style, _ context: Context, target: (Double?) -> String) {
        let nameWidth = min(30, (all.map { Columns.width($0.name) }.max() ?? 0) + 2)
        let room = max(8, context.chartWidth - nameWidth - 26)
        for series in all {
            var values = series.values.map { Optional($0.value) }
            var cut = ""
            if values.count > room { values = Array(values.suffix(room - 1)); cut = "…" }
            // Drawn with the target as a last, hidden mark, so the marks stand against it.
            let marks = Sparkline.render(values + [series.target]).dropLast()
            let line = style.cyan(cut + String(marks))
            let known = series.values.map { decimal($0.value) }
            let span = known.count > 1 ? "\(known[0]) → \(known[known.count - 1])" : known.first ?? "–"
            context.console.print("  " + Columns.pad(Columns.truncate(series.name, to: nameWidth - 2), to: nameWidth) + line + "  " + span + target(series.target))
        }
    }

    static func weeks(_ n: Int) -> String { Count.of(n, "week") }

    /// `2`, `1.5`, `0.3`: one decimal, none when it is whole.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + "\(magnitude / 10).\(magnitude % 10)"
    }
}

/// One forecast in words: `12 left · due 2026-07-15 · expected 2026-12-01 · 20 weeks late`.
enum HistoryForecastText {
    static func describe(_ item: History.Forecast, _ style: Style) -> String {
        guard item.status != .done else { return style.green("done") }
        var text = "\(item.remaining) left"
        if let due = item.due { text += " · due \(due)" }
        // The words are the library's (`outlook`); only the colour is the terminal's.
        guard let expectation = item.expectation else { return text + " · " + style.yellow(item.outlook) }
        return text + " · " + expectation + " · " + (item.status == .onTrack ? style.green(item.verdict) : style.red(item.verdict))
    }
}
