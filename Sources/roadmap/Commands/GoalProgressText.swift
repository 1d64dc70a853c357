import RoadmapKit

/// How a goal line shows its progress fields (issue 27): the text up to them, then the count as
/// `(120/300)` with a small bar, and the time as `⏱ 12.5h of 40h`, whichever form the file
/// writes them in (`[count:: 120/300]` reads the same).
enum GoalProgressText {
    /// The goal's shown text, what follows it, and whether it is a habit (whose sub-goals are its
    /// dated entries, not sub-goals to count), or nil for a goal without progress fields
    /// (its line is drawn as before).
    static func parts(_ roadmap: Roadmap, _ goal: Int, _ style: Style) -> (text: String, after: String, habit: Bool)? {
        // A progress field needs a `/` (a count, a habit), `::` or `⏱` (U+23F1, E2 8F B1): most
        // lines have none, and `list` draws every goal.
        let line = roadmap.bytes[roadmap.goals[goal].textRange]
        guard line.contains(where: { $0 == 0x2F || $0 == 0x3A || $0 == 0xE2 }) else { return nil }
        let progress = roadmap.progress(of: goal)
        guard !progress.isEmpty else { return nil }
        var text = PlainText.of(roadmap.progressLabel(of: goal))
        var after = ""
        if let count = progress.count {
            text += " (\(count.done)/\(count.target))"
            after += " " + style.bar(count, width: 8)
        }
        if progress.spentMinutes != nil || progress.estimateMinutes != nil {
            let spent = WorkTime.text(progress.spentMinutes ?? 0)
            after += " " + style.dim("⏱ " + spent + (progress.estimateMinutes.map { " of " + WorkTime.text($0) } ?? ""))
        }
        if let habit = progress.habit { after += " " + style.dim("↻ \(habit.times)/\(habit.period.rawValue)") }
        return (text, after, progress.habit != nil)
    }
}
