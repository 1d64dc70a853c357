/// The burn-up: done goals over time as a filled step line, the total above it dashed, today
/// marked, and where the last four weeks' pace would take the done line, dotted, past today.
enum ReportBurnUp {
    static func figure(_ history: History, today: CivilDate) -> String {
        let points = history.points.sorted { $0.date < $1.date }
        guard let first = points.first?.date, let lastPoint = points.last else { return "" }
        let end = max(today, lastPoint.date)
        let days = max(7, first.days(until: end))
        let ahead = max(14, days / 5)
        let width = 960.0, height = 300.0, left = 48.0, right = 24.0, top = 16.0, bottom = 36.0
        let maximum = Double(max(1, points.map(\.total).max() ?? 1))
        let step = Scale.step(maximum, count: 4)
        let yTop = (maximum / step).rounded(.up) * step
        let x = Scale(from: 0, Double(days + ahead), to: left, width - right)
        let y = Scale(from: 0, yTop, to: height - bottom, top)
        func px(_ date: CivilDate) -> String { Markup.number(x(Double(first.days(until: date)))) }
        func py(_ value: Double) -> String { Markup.number(y(value)) }

        var svg = "<figure><svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"burnup-title\">"
        svg += "<title id=\"burnup-title\">Goals done over time: \(lastPoint.done) of \(lastPoint.total) on \(ReportDates.long(lastPoint.date))</title>"
        var tick = 0.0
        while tick <= yTop {
            svg += "<line class=\"grid\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(py(tick))\" y2=\"\(py(tick))\"/>"
            svg += "<text x=\"\(Int(left) - 8)\" y=\"\(Markup.number(y(tick) + 4))\" text-anchor=\"end\">\(Int(tick))</text>"
            tick += step
        }
        // Month ticks: the first of each month, every second or third one on long spans.
        var month = CivilDate(year: first.year, month: first.month, day: 1)!.adding(months: 1)
        let every = days > 500 ? 3 : days > 240 ? 2 : 1
        var k = 0
        while month <= end.adding(days: ahead) && month.year < 9999 {
            if k % every == 0 {
                svg += "<text x=\"\(px(month))\" y=\"\(Int(height) - 12)\" text-anchor=\"middle\">\(ReportDates.month(month))\(month.month == 1 ? " \(month.year)" : "")</text>"
            }
            month = month.adding(months: 1)
            k += 1
        }
        var done = "M\(px(first)) \(py(0))", total = ""
        var previous: History.Point?
        for point in points {
            if let previous {
                done += " L\(px(point.date)) \(py(Double(previous.done)))"
                total += " L\(px(point.date)) \(py(Double(previous.total)))"
            } else {
                total = "M\(px(point.date)) \(py(Double(point.total)))"
            }
            done += " L\(px(point.date)) \(py(Double(point.done)))"
            total += " L\(px(point.date)) \(py(Double(point.total)))"
            previous = point
        }
        if lastPoint.date < end {
            done += " L\(px(end)) \(py(Double(lastPoint.done)))"
            total += " L\(px(end)) \(py(Double(lastPoint.total)))"
        }
        svg += "<path class=\"done-area\" d=\"\(done) L\(px(end)) \(py(0)) Z\"/>"
        svg += "<path class=\"total\" d=\"\(total)\"/><path class=\"done-line\" d=\"\(done)\"/>"
        let perWeek = history.pace.weeks4 > 0 ? history.pace.weeks4 : history.pace.weeks12
        if perWeek > 0 {
            let horizon = end.adding(days: ahead)
            let projected = min(Double(lastPoint.total), Double(lastPoint.done) + perWeek * Double(ahead) / 7)
            svg += "<path class=\"pace-line\" d=\"M\(px(end)) \(py(Double(lastPoint.done))) L\(px(horizon)) \(py(projected))\"/>"
        }
        svg += "<line class=\"today\" x1=\"\(px(today))\" x2=\"\(px(today))\" y1=\"\(Int(top))\" y2=\"\(Int(height - bottom))\"/>"
        svg += "<text class=\"today-label\" x=\"\(px(today))\" y=\"\(Int(top) + 12)\" dx=\"6\">today</text>"
        svg += "</svg><figcaption><ul class=\"legend\"><li><span class=\"swatch d\"></span>goals done</li><li>- - total goals</li>"
        if perWeek > 0 { svg += "<li>···· at the recent pace (\(ReportDates.decimal(perWeek)) a week)</li>" }
        svg += "</ul></figcaption></figure>\n"
        let rows = points.map { ["<time datetime=\"\($0.date)\">\($0.date)</time>", "\($0.done)", "\($0.total)", "\($0.total == 0 ? 0 : $0.done * 100 / $0.total)%"] }
        return svg + ReportHistory.dataTable("Table of the burn-up", headers: ["Date", "Done", "Total", "%"], rows: rows, numeric: [1, 2, 3])
    }
}
