/// `roadmap report`: one self-contained HTML page to show a mentor. No scripts, no fonts, images
/// or styles from elsewhere: inline CSS and inline SVG, each chart with a `<table>` of its numbers.
/// Everything read from the files goes through `Markup.escape`.
public enum HTMLReport {
    /// - Parameter title: replaces the roadmap's own title (`--title`).
    public static func render(_ facts: ReportFacts, history: History?, title: String? = nil) -> String {
        let heading = title ?? facts.title
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n"
        page += "<meta name=\"generator\" content=\"roadmap report\">\n"
        // Belt and braces: were anything from the file to become markup, the browser would still
        // run no script and fetch nothing. Inline styles are all the page needs.
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
        page += "<title>\(e(heading)) · progress report</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n<div class=\"page\">\n"
        page += masthead(facts, history: history, heading: heading)
        page += "<main>\n"
        page += ReportProgress.section(facts)
        page += ReportCheckpoints.section(facts)
        page += ReportNext.section(facts)
        page += ReportHistory.section(facts, history)
        page += ReportMetrics.section(facts, history)
        page += ReportCountsHours.section(facts, history)
        page += ReportFields.section(facts)
        page += "</main>\n<footer><p>Made by <code>roadmap report</code> from \(e(facts.path)) on \(facts.today).</p></footer>\n"
        return page + "</div>\n</body>\n</html>\n"
    }

    static func e(_ text: String) -> String { Markup.escape(text) }

    private static func masthead(_ facts: ReportFacts, history: History?, heading: String) -> String {
        var html = "<header class=\"masthead\">\n<div>\n<p class=\"eyebrow\">Roadmap report · \(ReportDates.long(facts.today))</p>\n"
        html += "<h1>\(e(heading))</h1>\n"
        if let target = facts.targetRole {
            let from = facts.currentRole.map { e($0) + " → " } ?? "Aiming for "
            html += "<p class=\"subtitle\">\(from)\(e(target))</p>\n"
        }
        var facts_: [(String, String)] = []
        if let owner = facts.owner { facts_.append(("Owner", e(owner))) }
        if let start = facts.start {
            let months = ReportDates.months(from: start, to: facts.today)
            facts_.append(("Started", start <= facts.today ? "\(ReportDates.long(start)) · month \(months + 1)" : "\(ReportDates.long(start)) (not yet)"))
        } else {
            facts_.append(("Started", "<span class=\"muted\">no start date yet</span>"))
        }
        facts_.append(("File", e(facts.path)))
        html += "<dl class=\"facts\">" + facts_.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }.joined() + "</dl>\n</div>\n"
        html += ring(facts.goals) + "</header>\n"
        html += cards(facts, history)
        return html
    }

    /// The overall percent as a ring, the number in the middle.
    private static func ring(_ goals: Tally) -> String {
        let r = 56.0, circumference = 2 * Double.pi * r
        let filled = circumference * (goals.counted == 0 ? 0 : Double(goals.done) / Double(goals.counted))
        var svg = "<svg class=\"ring\" viewBox=\"0 0 132 132\" role=\"img\" aria-label=\"\(goals.percent)% of goals done\">"
        svg += "<circle class=\"track\" cx=\"66\" cy=\"66\" r=\"56\" fill=\"none\" stroke-width=\"12\"/>"
        if goals.done > 0 {
            svg += "<circle class=\"fill\" cx=\"66\" cy=\"66\" r=\"56\" fill=\"none\" stroke-width=\"12\" stroke-linecap=\"round\" "
                + "stroke-dasharray=\"\(Markup.number(filled)) \(Markup.number(circumference))\" transform=\"rotate(-90 66 66)\"/>"
        }
        svg += "<text x=\"66\" y=\"72\" text-anchor=\"middle\">\(goals.percent)%</text>"
        svg += "<text class=\"small\" x=\"66\" y=\"92\" text-anchor=\"middle\">done</text></svg>\n"
        return svg
    }

    private static func cards(_ facts: ReportFacts, _ history: History?) -> String {
        let g = facts.goals
        let overdueCheckpoints = facts.checkpoints.filter { $0.state == .overdue }.count
        var cards = [("done", "\(g.done)<span class=\"muted\"> / \(g.counted)</span>", "goals done"),
                     ("active", "\(g.inProgress)", "in progress"),
                     (facts.overdueGoals + overdueCheckpoints > 0 ? "late" : "", "\(facts.overdueGoals)",
                      "goals overdue" + (overdueCheckpoints > 0 ? ", and \(Count.of(overdueCheckpoints, "checkpoint"))" : ""))]
        if let history, !history.completions.isEmpty {
            cards.append(("", ReportDates.decimal(history.pace.weeks4), "goals a week, last 4 weeks"))
        }
        return "<ul class=\"cards\">" + cards.map { "<li class=\"card\"><span class=\"value num \($0.0)\">\($0.1)</span><span class=\"label\">\($0.2)</span></li>" }.joined() + "</ul>\n"
    }

    /// A bar of done (and in progress) out of the goals that count; decoration, so hidden from
    /// screen readers: the numbers beside it say the same.
    static func bar(_ goals: Tally, big: Bool = false) -> String {
        var html = "<span class=\"bar\(big ? " big" : "")\" aria-hidden=\"true\">"
        if goals.counted > 0 {
            // A count's part of a goal fills its share too (issue 27).
            let done = (Double(goals.done) + Double(goals.partial) / 1_000_000) / Double(goals.counted) * 100
            let active = Double(goals.inProgress) / Double(goals.counted) * 100
            if goals.done > 0 || goals.partial > 0 { html += "<span class=\"d\" style=\"width:\(Markup.number(done))%\"></span>" }
            if goals.inProgress > 0 { html += "<span class=\"a\" style=\"width:\(Markup.number(active))%\"></span>" }
        }
        return html + "</span>"
    }

    static func sectionStart(_ id: String, _ title: String, first: Bool = false) -> String {
        "<section class=\"top\(first ? " first" : "")\" id=\"\(id)\" aria-labelledby=\"\(id)-h\">\n<h2 id=\"\(id)-h\">\(title)</h2>\n"
    }
}
