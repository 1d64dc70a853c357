/// "Metrics and skills": each metric's latest value against its next target, with a bar, and its
/// values over time as a sparkline when the history has them. A table, so it needs no fallback.
enum ReportMetrics {
    static func section(_ facts: ReportFacts, _ history: History?) -> String {
        guard !facts.metrics.isEmpty || facts.unfilledMetrics > 0 else { return "" }
        var html = HTMLReport.sectionStart("metrics", "Metrics and skills")
        var series: [String: History.MetricSeries] = [:]
        for s in history?.metrics ?? [] { series[s.name.lowercased()] = s }
        var tables: [String] = []
        for row in facts.metrics where !tables.contains(row.table) { tables.append(row.table) }
        let trends = !series.isEmpty
        for table in tables {
            html += "<table class=\"metrics\"><caption>\(HTMLReport.e(table.isEmpty ? "Metrics" : table))</caption>"
            html += "<thead><tr><th>Metric</th><th class=\"n\">Now</th><th class=\"n\">Target</th><th>Toward the target</th><th>Due</th>\(trends ? "<th>Trend</th>" : "")</tr></thead><tbody>\n"
            for row in facts.metrics where row.table == table {
                html += "<tr><td>\(HTMLReport.e(row.name))</td><td class=\"n\">\(row.now.map(HTMLReport.e) ?? "–")</td>"
                html += "<td class=\"n\">\(row.target.map(HTMLReport.e) ?? "–")</td><td>\(progress(row))</td>"
                html += "<td>\(row.targetDue.map { "<time datetime=\"\($0)\">\(ReportDates.long($0))</time>" } ?? "–")</td>"
                if trends { html += "<td>\(series[row.name.lowercased()].map(sparkline) ?? "")</td>" }
                html += "</tr>\n"
            }
            html += "</tbody></table>\n"
        }
        if facts.unfilledMetrics > 0 {
            html += "<p class=\"note\">\(facts.unfilledMetrics) more metric\(facts.unfilledMetrics == 1 ? " is" : "s are") not filled in yet: <code>roadmap set</code> fills a cell.</p>\n"
        }
        return html + "</section>\n"
    }

    /// The value as a share of the target; green once it is reached.
    private static func progress(_ row: ReportFacts.MetricRow) -> String {
        guard let now = row.nowValue, let target = row.targetValue, target > 0 else { return "<span class=\"muted\">–</span>" }
        let share = min(1, max(0, now / target))
        let reached = now >= target
        return "<span class=\"bar\" role=\"img\" aria-label=\"\(Int(share * 100))% of the target\"><span class=\"\(reached ? "d" : "a")\" style=\"width:\(Markup.number(share * 100))%\"></span></span>"
    }

    /// Values oldest to newest in a 120×28 box, the target as a dashed line when it fits.
    static func sparkline(_ series: History.MetricSeries) -> String {
        let values = series.values.map(\.value)
        guard values.count > 1 else { return "" }
        let low = min(values.min()!, series.target ?? values.min()!), high = max(values.max()!, series.target ?? values.max()!)
        let x = Scale(from: 0, Double(values.count - 1), to: 2, 118)
        let y = Scale(from: low, max(high, low + 1), to: 26, 2)
        let path = values.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(Markup.number(x(Double($0.offset)))) \(Markup.number(y($0.element)))" }.joined(separator: " ")
        var svg = "<svg class=\"spark-chart\" width=\"120\" height=\"28\" viewBox=\"0 0 120 28\" role=\"img\" aria-label=\"\(HTMLReport.e(series.name)): "
        svg += values.map { Markup.number($0) }.joined(separator: ", ") + "\">"
        if let target = series.target {
            svg += "<line class=\"spark-target\" x1=\"2\" x2=\"118\" y1=\"\(Markup.number(y(target)))\" y2=\"\(Markup.number(y(target)))\"/>"
        }
        return svg + "<path class=\"spark\" d=\"\(path)\"/></svg>"
    }
}
