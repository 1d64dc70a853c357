/// "Counts and hours" (issue 27): each count against its target, with its values over time from
/// git drawn as a metric's are; the hours spent (and estimated) per section, and per month from
/// the commits that added them. Nothing when no goal has a count or a time.
enum ReportCountsHours {
    static func section(_ facts: ReportFacts, _ history: History?) -> String {
        let counts = history?.counts ?? []
        let months = history?.spentPerMonth ?? []
        guard !counts.isEmpty || facts.hours.goals > 0 else { return "" }
        var html = HTMLReport.sectionStart("counts-hours", "Counts and hours")
        if !counts.isEmpty {
            html += "<table class=\"metrics\"><caption>Counts</caption>"
            html += "<thead><tr><th>Goal</th><th class=\"n\">Now</th><th class=\"n\">Target</th><th>Toward the target</th><th>Trend</th></tr></thead><tbody>\n"
            for series in counts {
                let now = series.values.last?.value ?? 0
                html += "<tr><td>\(HTMLReport.e(series.name))</td><td class=\"n\">\(Markup.number(now))</td>"
                html += "<td class=\"n\">\(series.target.map(Markup.number) ?? "–")</td><td>\(bar(now, of: series.target))</td>"
                html += "<td>\(ReportMetrics.sparkline(series))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        if facts.hours.goals > 0 {
            html += "<table><caption>Hours per section</caption><thead><tr><th>Section</th><th class=\"n\">Spent</th><th class=\"n\">Estimated</th></tr></thead><tbody>\n"
            html += row("Overall", facts.hours, strong: true)
            for (k, item) in facts.rows.enumerated() where k < facts.rowHours.count && facts.rowHours[k].goals > 0 {
                html += row(String(repeating: "  ", count: item.depth - 1) + item.title, facts.rowHours[k], strong: false)
            }
            html += "</tbody></table>\n"
        }
        if !months.isEmpty {
            html += "<table><caption>Hours per month</caption><thead><tr><th>Month</th><th class=\"n\">Spent</th></tr></thead><tbody>\n"
            for month in months {
                html += "<tr><td><time datetime=\"\(String(month.date.description.prefix(7)))\">\(ReportDates.month(month.date)) \(month.date.year)</time></td>"
                html += "<td class=\"n\">\(signedHours(month.minutes))</td></tr>\n"
            }
            html += "</tbody></table>\n<p class=\"note\">Time is put on the day of the commit that added it: the file keeps no day per time spent.</p>\n"
        }
        return html + "</section>\n"
    }

    private static func row(_ title: String, _ hours: WorkHours, strong: Bool) -> String {
        let name = strong ? "<strong>\(HTMLReport.e(title))</strong>" : HTMLReport.e(title)
        return "<tr><td>\(name)</td><td class=\"n\">\(WorkTime.hours(hours.spent))</td><td class=\"n\">\(hours.estimate > 0 ? WorkTime.hours(hours.estimate) : "–")</td></tr>\n"
    }

    private static func signedHours(_ minutes: Int) -> String { (minutes < 0 ? "-" : "") + WorkTime.hours(abs(minutes)) }

    /// The count as a share of its target; green once it is reached.
    private static func bar(_ now: Double, of target: Double?) -> String {
        guard let target, target > 0 else { return "<span class=\"muted\">–</span>" }
        let share = min(1, max(0, now / target))
        return "<span class=\"bar\" role=\"img\" aria-label=\"\(Int(share * 100))% of the target\"><span class=\"\(now >= target ? "d" : "a")\" style=\"width:\(Markup.number(share * 100))%\"></span></span>"
    }
}
