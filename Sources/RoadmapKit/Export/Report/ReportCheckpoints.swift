/// "Checkpoints": a timeline from the start to the last checkpoint with today marked, each
/// checkpoint a dot coloured by its state (held, done, overdue, upcoming), then the same
/// checkpoints as a list, which is also what a screen reader or a page without SVG reads.
enum ReportCheckpoints {
    static func section(_ facts: ReportFacts) -> String {
        var html = HTMLReport.sectionStart("checkpoints", "Checkpoints")
        guard !facts.checkpoints.isEmpty else {
            return html + "<p class=\"muted\">This roadmap has no checkpoints (sections like <code>### 3-Month Checkpoint</code>).</p>\n</section>\n"
        }
        let dated = facts.checkpoints.compactMap { $0.due }
        if !dated.isEmpty { html += timeline(facts) }
        html += "<ol class=\"checkpoints\">\n"
        for checkpoint in facts.checkpoints {
            html += "<li><span class=\"t\">\(HTMLReport.e(checkpoint.title))</span>"
            html += "<span class=\"d\">" + when(checkpoint, today: facts.today) + "</span>"
            html += "<span class=\"pill \(checkpoint.state.rawValue)\">\(label(checkpoint.state))</span>"
            if checkpoint.goals.counted > 0 {
                html += " <span class=\"note\">\(checkpoint.goals.done) of \(checkpoint.goals.counted) done</span>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    static func label(_ state: ReportFacts.Checkpoint.State) -> String {
        switch state {
        case .held: return "held"
        case .done: return "done"
        case .overdue: return "overdue"
        case .upcoming: return "upcoming"
        case .undated: return "no date"
        }
    }

    private static func when(_ checkpoint: ReportFacts.Checkpoint, today: CivilDate) -> String {
        if let held = checkpoint.held { return "held \(ReportDates.long(held))" }
        guard let due = checkpoint.due else { return "no due date" }
        let relative = checkpoint.state == .done ? "" : " · " + ReportDates.relative(due, from: today)
        return "due \(ReportDates.long(due))" + relative
    }

    /// The line and its dots. Each label takes the first of four lanes (just above, just below,
    /// higher, lower) where it does not run into the label before it; today is marked at the top.
    private static func timeline(_ facts: ReportFacts) -> String {
        let dated = facts.checkpoints.filter { $0.due != nil }
        let dates = dated.map { $0.held ?? $0.due! } + [facts.today] + (facts.start.map { [$0] } ?? [])
        let first = dates.min()!, last = dates.max()!
        let width = 960.0, margin = 60.0, axis = 104.0
        let span = Double(max(1, first.days(until: last)))
        func x(_ date: CivilDate) -> Double { margin + Double(first.days(until: date)) / span * (width - 2 * margin) }
        let lanes: [(title: Double, date: Double)] = [(axis - 38, axis - 22), (axis + 34, axis + 50), (axis - 72, axis - 56), (axis + 68, axis + 84)]
        var laneEnd = [Double](repeating: -.infinity, count: lanes.count)
        let titleTag = "<title id=\"cp-title\">Timeline of \(Count.of(dated.count, "checkpoint")) from \(ReportDates.long(first)) to \(ReportDates.long(last))</title>"
        var svg = "<line class=\"axis\" x1=\"\(Int(margin) - 20)\" y1=\"\(Int(axis))\" x2=\"\(Int(width - margin) + 20)\" y2=\"\(Int(axis))\"/>"
        if let start = facts.start {
            svg += "<circle class=\"mark-undated\" cx=\"\(Markup.number(x(start)))\" cy=\"\(Int(axis))\" r=\"4\"/>"
            svg += "<text x=\"\(Markup.number(x(start)))\" y=\"\(Int(axis) + 20)\" text-anchor=\"middle\">start</text>"
        }
        var labels = ""
        var top = axis - 20, bottom = axis + 26
        for checkpoint in dated.sorted(by: { ($0.held ?? $0.due!) < ($1.held ?? $1.due!) }) {
            let date = checkpoint.held ?? checkpoint.due!
            let cx = x(date)
            let title = clip(checkpoint.title)
            let caption = "\(ReportDates.long(date)) · \(label(checkpoint.state))"
            let half = Double(max(title.count, caption.count)) * 3.4 + 6
            let (from, anchor) = cx - half < 0 ? (cx, "start") : cx + half > width ? (cx - 2 * half, "end") : (cx - half, "middle")
            let lane = laneEnd.firstIndex { $0 < from } ?? laneEnd.indices.min { laneEnd[$0] < laneEnd[$1] }!
            laneEnd[lane] = from + 2 * half
            svg += "<circle class=\"ring-bg\" cx=\"\(Markup.number(cx))\" cy=\"\(Int(axis))\" r=\"10\"/>"
            svg += "<circle class=\"mark-\(checkpoint.state.rawValue)\" cx=\"\(Markup.number(cx))\" cy=\"\(Int(axis))\" r=\"7\"/>"
            let (ty, dy) = lanes[lane]
            top = min(top, ty - 14)
            bottom = max(bottom, dy + 8)
            let stemEnd = ty < axis ? dy + 6 : ty - 16
            labels += "<line class=\"grid\" x1=\"\(Markup.number(cx))\" x2=\"\(Markup.number(cx))\" y1=\"\(Int(axis) + (ty < axis ? -10 : 10))\" y2=\"\(Int(stemEnd))\"/>"
            labels += "<text class=\"cp-title halo\" x=\"\(Markup.number(cx))\" y=\"\(Int(ty))\" text-anchor=\"\(anchor)\">\(HTMLReport.e(title))</text>"
            labels += "<text class=\"halo\" x=\"\(Markup.number(cx))\" y=\"\(Int(dy))\" text-anchor=\"\(anchor)\">\(caption)</text>"
        }
        // Today above everything, its line down to the axis; the box fits the lanes used.
        let t = Markup.number(x(facts.today))
        svg = "<line class=\"today\" x1=\"\(t)\" y1=\"\(Int(top) - 12)\" x2=\"\(t)\" y2=\"\(Int(axis) + 12)\"/>"
            + "<text class=\"today-label\" x=\"\(t)\" y=\"\(Int(top) - 16)\" text-anchor=\"middle\">today</text>" + svg
        let box = "0 \(Int(top) - 30) \(Int(width)) \(Int(bottom - top) + 30)"
        svg = "<figure><svg class=\"chart\" viewBox=\"\(box)\" role=\"img\" aria-labelledby=\"cp-title\">" + titleTag + svg + labels + "</svg>"
        svg += "<figcaption><ul class=\"legend\"><li><span class=\"swatch d\"></span>held or done</li><li><span class=\"swatch l\"></span>overdue</li>"
        svg += "<li><span class=\"swatch u\"></span>upcoming</li></ul></figcaption></figure>\n"
        let rows = dated.map { c in
            [HTMLReport.e(c.title), c.due.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "–",
             c.held.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "–", label(c.state), "\(c.goals.done)/\(c.goals.counted)"]
        }
        return svg + ReportHistory.dataTable("Table of the timeline", headers: ["Checkpoint", "Due", "Held", "State", "Done"], rows: rows, numeric: [4])
    }

    /// Titles on the timeline are cut at 28 characters; the list below has them whole.
    private static func clip(_ title: String) -> String {
        title.count <= 28 ? title : String(title.prefix(27)) + "…"
    }
}
