/// "What's next": open goals overdue or due within 30 days, soonest first, and goals in progress.
enum ReportNext {
    static let shown = 12

    static func section(_ facts: ReportFacts) -> String {
        var html = HTMLReport.sectionStart("next", "What’s next")
        html += "<div class=\"cols\">\n<div>\n<h3>Due next</h3>\n"
        html += list(facts.dueSoon, today: facts.today, ordered: true, empty: facts.start == nil
            ? "Nothing has a due date yet: due dates count from the start date."
            : "Nothing is overdue or due in the next 30 days.")
        html += "</div>\n<div>\n<h3>In progress</h3>\n"
        html += list(facts.inProgress, today: facts.today, ordered: false, empty: "Nothing is marked in progress ([/]).")
        return html + "</div>\n</div>\n</section>\n"
    }

    private static func list(_ goals: [ReportFacts.Goal], today: CivilDate, ordered: Bool, empty: String) -> String {
        guard !goals.isEmpty else { return "<p class=\"muted\">\(empty)</p>\n" }
        let tag = ordered ? "ol" : "ul"
        var html = "<\(tag) class=\"goals\">\n"
        for goal in goals.prefix(shown) {
            var when = "<span class=\"when\">–</span>"
            if let due = goal.due {
                when = "<span class=\"when\(goal.overdue ? " late" : "")\"><time datetime=\"\(due)\">\(ReportDates.short(due)) \(due.year)</time><br>\(ReportDates.relative(due, from: today))</span>"
            }
            html += "<li>\(when)<span><span class=\"id\">\(HTMLReport.e(goal.id))</span>\(HTMLReport.e(goal.text))</span>"
            if !goal.section.isEmpty { html += "<span class=\"where\">\(HTMLReport.e(goal.section))</span>" }
            html += "</li>\n"
        }
        html += "</\(tag)>\n"
        if goals.count > shown { html += "<p class=\"note\">… and \(goals.count - shown) more: <code>roadmap next --all</code></p>\n" }
        return html
    }
}
