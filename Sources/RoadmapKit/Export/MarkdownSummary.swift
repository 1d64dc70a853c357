/// `roadmap status --format markdown`: a GitHub-flavoured summary to append to
/// `$GITHUB_STEP_SUMMARY` or post as a pull-request comment. The title, one line with the totals,
/// what is overdue and the next checkpoint, then a table of the sections as `status` nests them
/// (done/total, percent and a text bar), nested rows indented with em spaces.
public enum MarkdownSummary {
    /// - Parameter schedule: the plan's due dates as the commands see them (`Context.schedule`: a
    ///   linked file opened alone counts from its index's start).
    public static func render(_ schedule: PlanSchedule, depth: Int = 2) -> String {
        let (plan, today) = (schedule.plan, schedule.today)
        let report = StatusReport(plan, depth: depth)
        let goals = report.goals
        var out = "## " + escape(report.title) + "\n\n"
        var facts = goals.total == 0 ? ["No goals yet: a goal is a list item with a checkbox, like `- [ ] Learn Docker`."]
            : ["**\(goals.done) of \(goals.counted) goals done (\(goals.percent)%)**" + (goals.inProgress > 0 ? ", \(goals.inProgress) in progress" : "")]
        let overdueCheckpoints = schedule.checkpoints.filter(schedule.isOverdue(checkpoint:)).count
        let overdue = [count(schedule.overdueGoals.count, "goal"), count(overdueCheckpoints, "checkpoint")].compactMap { $0 }
        if schedule.start != nil || !overdue.isEmpty { facts.append("**Overdue:** " + (overdue.isEmpty ? "nothing" : overdue.joined(separator: ", "))) }
        if let next = schedule.nextCheckpoint {
            let tracking = schedule.tracking(next.file)
            var text = "**Next checkpoint:** " + escape(tracking.title(of: tracking.checkpoints[next.index]))
            if let due = schedule.due(of: next) {
                let days = today.days(until: due)
                text += ", due \(due) (" + (days < 0 ? "overdue by \(-days) days" : days == 0 ? "today" : "in \(days) days") + ")"
            }
            facts.append(text)
        }
        out += facts.joined(separator: " · ") + "\n\n"
        out += "| Section | Done | % | Progress |\n|:--|--:|--:|:--|\n"
        out += row("**Overall**", goals)
        for r in report.rows {
            let indent = String(repeating: "&emsp;", count: min(r.depth - 1, 8))
            out += row(indent + escape(r.title), r.goals)
        }
        out += "\n_`roadmap status --format markdown` of \(escape(plan.files[0].path)) on \(today)._\n"
        return out
    }

    private static func row(_ title: String, _ goals: Tally) -> String {
        let filled = min(10, goals.percent / 10)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
        return "| \(title) | \(goals.done)/\(goals.counted) | \(goals.percent)% | `\(bar)` |\n"
    }

    private static func count(_ n: Int, _ word: String) -> String? { n == 0 ? nil : Count.of(n, word) }

    /// Text from the file, inert in a table cell: ASCII punctuation that markdown reads
    /// (emphasis, code, links, HTML, the cell's own pipe) gets a backslash, `&` becomes `&amp;`
    /// so no entity is formed, and control characters are left out.
    static func escape(_ text: String) -> String {
        Markup.rewriting(text) { scalar in
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "$": return "\\" + String(scalar)
            case "&": return "&amp;"
            default: return scalar.isControlCharacter ? "" : nil
            }
        }
    }
}
