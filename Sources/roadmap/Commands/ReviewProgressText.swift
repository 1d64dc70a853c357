import RoadmapKit

/// What a review says of counts and hours (issue 27): the counts that moved since the last
/// review (or since the month began, without one), and the time spent since then with the total
/// of each month, both drawn from git as `history` draws them. Nothing when no goal has either,
/// or without git.
enum ReviewProgressText {
    static func render(_ review: Review, _ style: Style, _ context: Context) {
        guard HistoryBuilder.keepsCountsOrHours(review.plan) else { return }
        let history = context.history(review.schedule)
        let today = review.today
        let since = review.baseline.date ?? CivilDate(year: today.year, month: today.month, day: 1)!
        func row(_ name: String, _ text: String) { context.console.print(style.bold(Columns.pad(name, to: 12)) + text) }
        // Without git a count has only today's value: nothing says it moved this month.
        guard case .git = history.source else { return }
        let moved = history.countsMoved(since: since)
        if !moved.isEmpty {
            let parts = moved.map { item in
                let from = item.before.map(HistoryText.decimal) ?? "–"
                let target = item.series.target.map { "/" + HistoryText.decimal($0) } ?? ""
                return item.series.name + " " + from + " → " + HistoryText.decimal(item.now) + target
            }
            row("Counts", parts.joined(separator: " · "))
        }
        let months = history.spentPerMonth.suffix(3)
        let spent = history.spent(since: since)
        guard spent != 0 || !months.isEmpty else { return }
        var text = hours(spent) + " spent since \(since)"
        if !months.isEmpty {
            text += style.dim("  (" + months.map { String($0.date.description.prefix(7)) + " " + hours($0.minutes) }.joined(separator: " · ") + ")")
        }
        row("Hours", text)
    }

    static func hours(_ minutes: Int) -> String { (minutes < 0 ? "-" : "") + WorkTime.hours(abs(minutes)) }
}
