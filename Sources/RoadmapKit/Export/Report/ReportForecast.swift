/// Pace (goals a week over the last 4 and 12 weeks) and, for each horizon and checkpoint with a
/// due date, what is left and when it would be done at that pace.
enum ReportForecast {
    static func table(_ history: History, today: CivilDate) -> String {
        var html = "<p>Pace: <strong>\(ReportDates.decimal(history.pace.weeks4)) goals a week</strong> over the last 4 weeks, "
        html += "\(ReportDates.decimal(history.pace.weeks12)) over the last 12. At that pace:</p>\n"
        let open = history.forecast.filter { $0.status != .done }
        guard !history.forecast.isEmpty else {
            return html + "<p class=\"muted\">No horizon or checkpoint has a due date to forecast.</p>\n"
        }
        html += "<table><thead><tr><th>Horizon or checkpoint</th><th class=\"n\">Left</th><th>Due</th><th>At this pace</th><th>Status</th></tr></thead><tbody>\n"
        for f in history.forecast {
            let latest = f.expectedLatest.flatMap { latest in f.expected.map { latest > $0 } == true ? " – <time datetime=\"\(latest)\">\(ReportDates.long(latest))</time>" : nil } ?? ""
            let expected = f.expected.map { "<time datetime=\"\($0)\">\(ReportDates.long($0))</time>" + latest }
                ?? (f.status == .done ? "–" : f.status == .notEnoughDone ? "not enough done yet" : "no pace yet")
            let status: String
            switch f.status {
            case .done: status = "<span class=\"pill done\">done</span>"
            case .onTrack: status = "<span class=\"pill onTrack\">on track</span>"
            case .late: status = "<span class=\"pill late\">" + (f.daysLate > 0 ? History.Forecast.lateness(days: f.daysLate) : f.expected == nil ? "stalled" : "late") + "</span>"
            case .notEnoughDone: status = "<span class=\"pill\">too soon to tell</span>"
            }
            let due = f.due.map { "<time datetime=\"\($0)\">\(ReportDates.long($0))</time>" } ?? "–"
            html += "<tr><td>\(HTMLReport.e(f.section.replacingAll(" > ", with: " › ")))</td><td class=\"n\">\(f.remaining)</td><td>\(due)</td><td>\(expected)</td><td>\(status)</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if open.isEmpty { html += "<p class=\"note\">Everything with a due date is done.</p>\n" }
        return html
    }
}

extension String {
    /// Every `target` replaced (the standard library has no such call without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
