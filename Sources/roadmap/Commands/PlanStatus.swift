import RoadmapKit

/// `roadmap status` for a plan across files: the overall bar counts every file; each linked file
/// is a row under the section whose goal links it, with its own sections below.
enum PlanStatus {
    static func run(_ plan: Plan, depth: Int?, _ context: Context) -> ExitCode {
        if context.arguments.flag("json") {
            context.console.write(PlanJSON.status(plan, depth: depth).bytes)
            context.console.print()
            return .success
        }
        render(PlanStatusReport(plan, depth: depth ?? 2), plan, context)
        return .success
    }

    private static func render(_ report: PlanStatusReport, _ plan: Plan, _ context: Context) {
        let style = Style(color: context.usesColor)
        let console = context.console
        let width = context.width
        let linked = plan.files.count - 1
        console.print(style.bold(report.title.map(PlainText.of) ?? FileSystem.baseName(of: plan.files[0].path)))
        console.print(style.dim("\(plan.files[0].path) and \(linked) linked file\(linked == 1 ? "" : "s")"))
        console.print()
        guard report.goals.total > 0 else {
            console.print("No goals yet: a goal is a list item with a checkbox, like '- [ ] Learn Docker'.")
            return
        }
        let bars = StatusBars(total: report.goals.total, width: width, style: style, console: console)
        bars.line("Overall", 0, report.goals, bold: true)
        if !report.rows.isEmpty { console.print() }
        for row in report.rows { bars.line(row.title, row.depth - 1, row.goals) }
        bars.footer(inProgress: report.inProgress, next: report.next, goals: report.goals, files: plan.files.count, width: width) {
            PlanGoalLine.render($0, plan, style, width: $1)
        }
    }
}
