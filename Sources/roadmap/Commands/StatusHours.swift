import RoadmapKit

/// The hours block of `status` (issue 27): time spent (`⏱`, `[spent:: …]`) against estimates
/// (`[estimate:: …]`), in total and per row that has any. Nothing when no goal has either.
enum StatusHours {
    static func render(_ report: StatusReport, _ plan: Plan, _ style: Style, _ console: Console, width: Int) {
        let hours = PlanHours(plan)
        guard hours.total.goals > 0 else { return }
        let rows = report.rows.map { ($0.title, $0.depth, hours.hours(of: $0.item)) }.filter { $0.2.goals > 0 }
        let labelWidth = min(StatusBars.widestLabelColumn, max(12, width - 24))
        console.print()
        console.print(style.bold("Hours"))
        func label(_ title: String, _ indent: Int) -> String {
            Columns.pad(Columns.truncate(String(repeating: "  ", count: indent) + title, to: labelWidth), to: labelWidth)
        }
        console.print(style.bold(label("Overall", 0)) + " " + hours.total.summary)
        for (title, depth, row) in rows { console.print(label(title, depth - 1) + " " + row.summary) }
    }
}
