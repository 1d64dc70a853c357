/// "About this roadmap": the fields a person filled in and the choices made, and how many are
/// still blank.
enum ReportFields {
    static func section(_ facts: ReportFacts) -> String {
        guard facts.fieldCount > 0 || !facts.filled.isEmpty else { return "" }
        var html = HTMLReport.sectionStart("about", "About this roadmap")
        let filledFields = facts.fieldCount - facts.blankFields
        html += "<p>\(filledFields) of \(Count.of(facts.fieldCount, "field")) filled in"
        html += facts.blankFields > 0 ? "; \(facts.blankFields) still blank (<code>roadmap fields --blank</code> lists them).</p>\n" : ".</p>\n"
        if !facts.filled.isEmpty {
            html += "<dl class=\"fields\">"
            for (label, value) in facts.filled { html += "<dt>\(HTMLReport.e(label))</dt><dd>\(HTMLReport.e(value))</dd>" }
            html += "</dl>\n"
        }
        return html + "</section>\n"
    }
}
