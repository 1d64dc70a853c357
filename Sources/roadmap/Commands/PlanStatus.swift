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
        let countWidth = String(report.goals.total).count * 2 + 1
        let barWidth = min(24, max(10, width / 4))
        let nameWidth = max(12, width - barWidth - countWidth - 9)
        func line(_ name: String, _ indent: Int, _ tally: Tally, bold: Bool = false) {
            let label = Columns.pad(Columns.truncate(String(repeating: "  ", count: indent) + name, to: nameWidth), to: nameWidth)
            let counts = Columns.padLeft("\(tally.done)/\(tally.counted)", to: countWidth)
            let percent = Columns.padLeft("\(tally.percent)%", to: 4)
            var text = "\(bold ? style.bold(label) : label) \(style.bar(tally, width: barWidth)) \(counts) \(percent)"
            var notes: [String] = []
            if tally.inProgress > 0 { notes.append(style.yellow("\(tally.inProgress) in progress")) }
            if tally.cancelled > 0 { notes.append(style.dim("\(tally.cancelled) cancelled")) }
            if tally.other > 0 { notes.append(style.cyan("\(tally.other) other")) }
            if !notes.isEmpty { text += "  " + notes.joined(separator: ", ") }
            console.print(text)
        }
        line("Overall", 0, report.goals, bold: true)
        if !report.rows.isEmpty { console.print() }
        for row in report.rows { line(row.title, row.depth - 1, row.goals) }
        if !report.inProgress.isEmpty {
            console.print()
            console.print(style.bold("In progress"))
            for ref in report.inProgress.prefix(5) { console.print("  " + PlanGoalLine.render(ref, plan, style, width: width - 2)) }
            if report.inProgress.count > 5 { console.print(style.dim("  … and \(report.inProgress.count - 5) more: roadmap list --open")) }
        }
        if let next = report.next {
            console.print()
            console.print(style.bold("Next") + "  " + PlanGoalLine.render(next, plan, style, width: width - 6))
        }
        console.print()
        var counted = "Counted: \(report.goals.done) done of \(report.goals.counted) in \(plan.files.count) files"
        if report.goals.cancelled > 0 { counted += " (\(report.goals.cancelled) cancelled left out)" }
        if report.goals.inProgress + report.goals.other > 0 { counted += "; in-progress and other states count as not done" }
        console.print(style.dim(counted + "."))
    }
}
