/// "Progress over time": the burn-up, the calendar of completions, pace and forecast. Without a
/// history (none was computed) it says so; what the history was read from is said under it.
enum ReportHistory {
    static func section(_ facts: ReportFacts, _ history: History?) -> String {
        var html = HTMLReport.sectionStart("history", "Progress over time")
        guard let history, !history.completions.isEmpty || history.points.contains(where: { $0.done > 0 }) else {
            return html + "<p class=\"muted\">No history yet: a goal ticked with <code>roadmap check</code> carries the day it was done, and the charts are drawn from those days.</p>\n</section>\n"
        }
        html += "<h3>Goals done over time</h3>\n" + ReportBurnUp.figure(history, today: facts.today)
        html += "<h3>Completions, last 12 months</h3>\n" + ReportCalendar.figure(history, today: facts.today, habits: facts.habitDays)
        html += "<h3>Pace and forecast</h3>\n" + ReportForecast.table(history, today: facts.today)
        switch history.source {
        case let .git(commits): html += "<p class=\"note\">From \(Count.of(commits, "commit")) of the file’s git history and the goals’ done dates.</p>\n"
        case let .datesOnly(reason): html += "<p class=\"note\">Drawn from the goals’ done dates only: \(HTMLReport.e(reason)).</p>\n"
        }
        return html + "</section>\n"
    }

    /// A table inside a closed `<details>`: the numbers behind a chart, for screen readers, for
    /// copying, and for a page read without SVG.
    static func dataTable(_ summary: String, headers: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        var html = "<details class=\"data\"><summary>\(summary)</summary><table><thead><tr>"
        for (k, h) in headers.enumerated() { html += "<th\(numeric.contains(k) ? " class=\"n\"" : "")>\(h)</th>" }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.enumerated().map { "<td\(numeric.contains($0.offset) ? " class=\"n\"" : "")>\($0.element)</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table></details>\n"
    }
}

/// Maps values onto pixels, linearly; `to` may run backwards (a y axis grows upwards).
struct Scale {
    let from: (Double, Double)
    let to: (Double, Double)
    init(from low: Double, _ high: Double, to start: Double, _ end: Double) { (from, to) = ((low, high), (start, end)) }
    func callAsFunction(_ value: Double) -> Double {
        let span = from.1 - from.0
        guard span > 0 else { return to.0 }
        return to.0 + (value - from.0) / span * (to.1 - to.0)
    }

    /// A round step for about `count` ticks: 1, 2 or 5 times a power of ten.
    static func step(_ maximum: Double, count: Int) -> Double {
        let raw = max(1, maximum / Double(count))
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? raw
    }
}
