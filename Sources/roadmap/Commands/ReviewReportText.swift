import RoadmapKit

/// What a review shows before it asks anything: since when, progress then and now, the goals
/// completed, sections that moved and those that did not, the due checkpoints with their
/// checklists, and each metric's last value against its next target.
enum ReviewReportText {
    static func render(_ review: Review, _ style: Style, _ context: Context) {
        let console = context.console
        let plan = review.plan
        let today = review.today
        let month = String(today.description.prefix(7))
        let linked = plan.files.count - 1
        let files = linked == 0 ? "" : " and \(Count.of(linked, "linked file"))"
        console.print(style.bold("Review \(month)") + " of \(plan.files[0].path)\(files), \(today)")
        func row(_ name: String, _ text: String) { console.print(style.bold(Columns.pad(name, to: 12)) + text) }

        switch review.baseline {
        case let .review(entry): row("Since", "the \(entry.monthText) review (\(entry.dateText))")
        case let .start(start): row("Since", "the start, \(start) (no review yet)")
        case .none: row("Since", "the beginning " + style.dim("(no review yet and no start date)"))
        }
        if let entry = review.thisMonth {
            row("Updating", "the \(entry.monthText) entry of \(entry.dateText)" + style.dim(" (one entry per month)"))
        }
        let then = review.then, now = review.now
        var progress = "\(now.done)/\(now.total) (\(now.percent)%)"
        if review.baseline != .none { progress += style.dim(", was \(then.done)/\(then.total) (\(then.percent)%)") }
        row("Progress", progress)

        row("Completed", review.completed.isEmpty ? style.dim("no goal with a ✅ date since then") : Count.of(review.completed.count, "goal"))
        let shown = 10
        for goal in review.completed.prefix(shown) {
            let roadmap = plan.files[goal.file].roadmap
            let section = sectionName(PlanSchedule.Ref(file: goal.file, index: roadmap.goals[goal.goal].sectionIndex), review)
            let place = "  (\(section)" + (roadmap.doneDate(of: goal.goal).map { ", \($0)" } ?? "") + ")"
            let room = max(30, context.width - 5 - Columns.width(place))
            let text = Columns.truncate(PlainText.of(roadmap.text(of: goal.goal, withoutDoneDate: true)), to: room)
            console.print("  " + style.green("✓") + " \(text)" + style.dim(place))
        }
        if review.completed.count > shown { console.print(style.dim("  … and \(review.completed.count - shown) more")) }
        if !review.moved.isEmpty {
            let parts = review.moved.map { moved in
                let own = plan.files[moved.section.file].roadmap.sections[moved.section.index].ownGoals
                return "\(sectionName(moved.section, review)) +\(moved.count)" + style.dim(" (\(own.done)/\(own.counted))")
            }
            row("Moved", parts.joined(separator: " · "))
        }
        if !review.stalled.isEmpty {
            row("No movement", review.stalled.map { sectionName($0, review) }.joined(separator: " · "))
        }
        ReviewProgressText.render(review, style, context)

        for index in review.checkpoints { checkpoint(index, review, style, console) }
        metrics(review, style, context)
    }

    private static func checkpoint(_ ref: PlanSchedule.Ref, _ review: Review, _ style: Style, _ console: Console) {
        let tracking = review.schedule.tracking(ref.file)
        let checkpoint = tracking.checkpoints[ref.index]
        let tally = review.schedule.tally(of: ref)
        var text = review.title(of: ref)
        if let due = review.schedule.due(of: ref) {
            let days = review.today.days(until: due)
            let when = days < 0 ? style.red("overdue by \(-days) days") : days == 0 ? "today" : "in \(days) days"
            text += ", due \(due) (\(when))"
        }
        if tally.total > 0 { text += style.dim("  \(tally.done)/\(tally.counted) done") }
        console.print()
        console.print(style.bold(Columns.pad("Checkpoint", to: 12)) + text)
        for goal in checkpoint.goals {
            let state = tracking.roadmap.goals[goal].state
            let marker = tracking.roadmap.text(tracking.roadmap.goals[goal].markerRange)
            console.print("  " + style.box(state, marker: marker) + " " + PlainText.of(tracking.roadmap.text(of: goal, withoutDoneDate: true)))
        }
        var facts: [String] = []
        if let field = checkpoint.dateField { facts.append("Date: " + (tracking.value(of: field) ?? "(blank)")) }
        if checkpoint.adjustmentsTitle != nil {
            facts.append("Adjustments Needed: " + (tracking.adjustments(of: checkpoint) == nil ? "(none yet)" : "written"))
        }
        if !facts.isEmpty { console.print(style.dim("  " + facts.joined(separator: " · "))) }
    }

    private static func metrics(_ review: Review, _ style: Style, _ context: Context) {
        let console = context.console
        guard !review.metrics.isEmpty else { return }
        console.print()
        console.print(style.bold(Columns.pad("Metrics", to: 12)) + style.dim("last value → next target"))
        let nameWidth = min(28, (review.metrics.map { Columns.width($0.name) }.max() ?? 0) + 2)
        let lasts = review.metrics.map { line in
            (line.last ?? "–") + (line.lastReviewed.map { " (\(String($0.description.prefix(7))) review)" } ?? "")
        }
        let lastWidth = min(24, (lasts.map(Columns.width).max() ?? 0) + 1)
        for (line, last) in zip(review.metrics, lasts) {
            var text = "  " + Columns.pad(Columns.truncate(line.name, to: nameWidth - 2), to: nameWidth) + Columns.pad(last, to: lastWidth) + "→ "
            if let target = line.target {
                let tracking = review.schedule.tracking(line.file)
                var note = line.targetColumn.map { tracking.header(line.metric.table, $0) } ?? ""
                if let due = line.targetDue { note += ", \(due)" }
                text += target + style.dim("  " + note)
            } else {
                text += style.dim("no target")
            }
            console.print(text)
        }
        var logged: [PlanSchedule.Ref] = []
        for line in review.metrics where !line.hasCurrentColumn {
            let table = PlanSchedule.Ref(file: line.file, index: line.metric.table)
            if !logged.contains(table) { logged.append(table) }
        }
        if !logged.isEmpty {
            let titles = logged.map { table in
                sectionName(PlanSchedule.Ref(file: table.file, index: review.schedule.tracking(table.file).tables[table.index].sectionIndex), review)
            }.joined(separator: ", ")
            console.print(style.dim("  \(titles): no current column, so the values are kept in the Review Log"))
        }
    }

    /// A section's title; `(top)` for goals above every heading, or a linked file's label.
    static func sectionName(_ section: PlanSchedule.Ref, _ review: Review) -> String {
        guard section.index == 0 else { return review.schedule.tracking(section.file).sectionTitle(section.index) }
        return section.file == 0 ? "(top)" : review.plan.label(ofFile: section.file)
    }
}
