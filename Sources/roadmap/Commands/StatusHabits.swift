import RoadmapKit

/// The habits block of `status` (issue 27): each habit's count this period against its target,
/// its current streak and its longest. Nothing when the plan has no habit.
enum StatusHabits {
    static func render(_ schedule: PlanSchedule, _ style: Style, _ console: Console, width: Int) {
        let report = HabitReport(schedule.plan, today: schedule.today)
        guard !report.rows.isEmpty else { return }
        console.print()
        console.print(style.bold("Habits") + style.dim("  (counted apart: a habit never finishes a section)"))
        let labelWidth = min(StatusBars.widestLabelColumn, max(12, width - 48))
        for row in report.rows {
            let roadmap = schedule.plan.files[row.ref.file].roadmap
            let label = Columns.pad(Columns.truncate(PlainText.of(roadmap.progressLabel(of: row.ref.goal)), to: labelWidth), to: labelWidth)
            let kept = row.streak.thisPeriod >= row.rule.times
            let words = HabitReport.words(row)
            console.print(label + " " + (kept ? style.green(words) : words))
        }
    }
}
