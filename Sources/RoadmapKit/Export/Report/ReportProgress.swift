/// "Progress by section": every section with goals, nested as `status` nests them, each with a
/// bar, done/total and percent; for a plan across files, a table with each file's part.
enum ReportProgress {
    static func section(_ facts: ReportFacts) -> String {
        var html = HTMLReport.sectionStart("progress", "Progress by section", first: true)
        html += "<div class=\"row overall\"><span class=\"name\"><strong>Overall</strong></span>\(HTMLReport.bar(facts.goals, big: true))"
        html += "<span class=\"count\">\(facts.goals.done)/\(facts.goals.counted)</span><span class=\"pct\">\(facts.goals.percent)%</span></div>\n"
        if facts.goals.total == 0 {
            html += "<p class=\"muted\">No goals yet: a goal is a list item with a checkbox, like <code>- [ ] Learn Docker</code>.</p>\n"
        } else if !facts.rows.isEmpty {
            html += tree(facts.rows)
        }
        html += "<ul class=\"legend\"><li><span class=\"swatch d\"></span>done</li><li><span class=\"swatch a\"></span>in progress</li>"
        html += "<li><span class=\"swatch t\"></span>open</li>"
        if facts.goals.cancelled > 0 { html += "<li>\(facts.goals.cancelled) cancelled, left out of the percentages</li>" }
        let partial = facts.goals.partialGoals
        if partial > 0 {
            html += "<li>\(Count.of(partial, "goal")) with a count \(partial == 1 ? "counts as its" : "count as their") part of one goal</li>"
        }
        html += "</ul>\n"
        if !facts.files.isEmpty { html += files(facts.files) }
        return html + "</section>\n"
    }

    /// The flat rows (each with its depth) as nested lists.
    static func tree(_ rows: [StatusReport.Row]) -> String {
        var html = "<ul class=\"tree\">"
        var depth = 1
        for (k, row) in rows.enumerated() {
            let level = max(1, row.depth)
            if k > 0 {
                if level > depth {
                    html += String(repeating: "<ul><li>", count: 1) + String(repeating: "<ul><li>", count: level - depth - 1)
                } else {
                    html += "</li>" + String(repeating: "</ul></li>", count: depth - level)
                    html += "<li>"
                }
            } else {
                html += "<li>" + String(repeating: "<ul><li>", count: level - 1)
            }
            depth = level
            let tag = row.file != nil ? "<span class=\"file-tag\">file</span>" : ""
            html += "<div class=\"row\"><span class=\"name\">\(HTMLReport.e(row.title))\(tag)</span>\(HTMLReport.bar(row.goals))"
            html += "<span class=\"count\">\(row.goals.done)/\(row.goals.counted)</span><span class=\"pct\">\(row.goals.percent)%</span></div>"
        }
        html += "</li>" + String(repeating: "</ul></li>", count: max(0, depth - 1))
        return html + "</ul>\n"
    }

    private static func files(_ files: [ReportFacts.FileRow]) -> String {
        var html = "<h3>Files of this plan</h3>\n<table><thead><tr><th>Part</th><th>File</th><th class=\"n\">Done</th><th class=\"n\">%</th><th>Progress</th></tr></thead><tbody>\n"
        for file in files {
            html += "<tr><td>\(HTMLReport.e(file.label))</td><td><code>\(HTMLReport.e(file.path))</code></td>"
            html += "<td class=\"n\">\(file.goals.done)/\(file.goals.counted)</td><td class=\"n\">\(file.goals.percent)%</td><td>\(HTMLReport.bar(file.goals))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
