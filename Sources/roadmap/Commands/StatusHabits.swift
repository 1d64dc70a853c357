import RoadmapKit

/// The habits block of `status` (issue 27): each habit's count this period against its target,
/// its current streak and its longest. Nothing when the plan has no habit.
enum StatusHabits {
    static func render(_ schedule: PlanSchedule, _ style: Style, _ console: Console, width: Int) {
        let report = HabitReport(schedule.plan, today: schedule.today)
        guard !report.rows.isEmpty else { return }
        console.print()
        let note = "  (counted apart: a habit never finishes a section)"
        if Columns.width("Habits" + note) <= width {
            console.print(style.bold("Habits") + style.dim(note))
        } else {
            console.print(style.bold("Habits"))
            for line in Columns.wrap(String(note.dropFirst(2)), to: width - 2, indent: 0) { console.print(style.dim("  " + line)) }
        }
        let labelWidth = min(StatusBars.widestLabelColumn, max(12, width - 48))
        for row in report.rows {
            let roadmap = schedule.plan.files[row.ref.file].roadmap
            let name = PlainText.of(roadmap.progressLabel(of: row.ref.goal))
            let kept = row.streak.thisPeriod >= row.rule.times
            let words = HabitReport.words(row)
            // Too narrow for the name and the words side by side: the words go under the name.
            guard labelWidth + 1 + Columns.width(words) <= width else {
                console.print(Columns.truncate(name, to: width))
                let cut = Columns.truncate(words, to: width - 2)
                console.print("  " + (kept ? style.green(cut) : cut))
                continue
            }
            let label = Columns.pad(Columns.truncate(name, to: labelWidth), to: labelWidth)
            console.print(label + " " + (kept ? style.green(words) : words))
        }
    }
}
