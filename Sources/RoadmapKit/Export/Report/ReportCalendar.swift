/// The calendar of completions: one cell a day for the last 53 weeks, Monday at the top, like a
/// contribution graph; darker for more goals done that day. Under it the weekly streaks. A day a
/// habit was done has a ring around its cell, a day it was skipped a dashed one (issue 27): a
/// habit's entries are not goals, so they never darken a cell.
enum ReportCalendar {
    static func figure(_ history: History, today: CivilDate, habits: [ReportFacts.HabitDay] = []) -> String {
        var habitsOn: [Int: [ReportFacts.HabitDay]] = [:]
        for day in habits { habitsOn[day.date.daysSinceEpoch, default: []].append(day) }
        var perDay: [Int: Int] = [:]
        for completion in history.completions { perDay[completion.date.daysSinceEpoch, default: 0] += completion.count }
        let todayDay = today.daysSinceEpoch
        let monday = todayDay - weekday(todayDay)
        let firstDay = monday - 52 * 7
        let cell = 14.0, gap = 3.0, left = 34.0, top = 22.0
        let width = left + 53 * (cell + gap), height = top + 7 * (cell + gap) + 4
        var total = 0, activeDays = 0
        var svg = "<figure><svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"cal-title\">"
        var cells = ""
        var lastMonth = -1
        for week in 0..<53 {
            let x = left + Double(week) * (cell + gap)
            let weekStart = CivilDate(daysSinceEpoch: firstDay + week * 7)
            if weekStart.month != lastMonth && week < 51 {
                cells += "<text x=\"\(Markup.number(x))\" y=\"\(Int(top) - 8)\">\(ReportDates.month(weekStart))</text>"
                lastMonth = weekStart.month
            }
            for day in 0..<7 {
                let d = firstDay + week * 7 + day
                guard d <= todayDay else { continue }
                let count = perDay[d] ?? 0
                total += count
                if count > 0 { activeDays += 1 }
                let y = top + Double(day) * (cell + gap)
                let onDay = habitsOn[d] ?? []
                let ring = onDay.isEmpty ? "" : onDay.contains { !$0.skipped } ? " habit" : " habit-skip"
                cells += "<rect class=\"heat\(min(count, 4))\(ring)\" x=\"\(Markup.number(x))\" y=\"\(Markup.number(y))\" width=\"\(Int(cell))\" height=\"\(Int(cell))\" rx=\"3\">"
                var said: [String] = count > 0 ? ["\(count) on \(CivilDate(daysSinceEpoch: d))"] : []
                said += onDay.map { "\(Markup.escape($0.habit)) \($0.skipped ? "skipped" : "done") on \($0.date)" }
                if !said.isEmpty { cells += "<title>\(said.joined(separator: "; "))</title>" }
                cells += "</rect>"
            }
        }
        for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
            cells += "<text x=\"0\" y=\"\(Markup.number(top + Double(row) * (cell + gap) + 11))\">\(name)</text>"
        }
        let (longest, current) = streaks(perDay, today: todayDay)
        svg += "<title id=\"cal-title\">\(Count.of(total, "goal")) done on \(Count.of(activeDays, "day")) in the last 12 months</title>"
        svg += cells + "</svg><figcaption><ul class=\"legend\"><li>\(total) goals done on \(activeDays) days</li>"
        svg += "<li>longest streak: \(Count.of(longest, "week")) in a row</li><li>current streak: \(Count.of(current, "week"))</li>"
        let shownHabits = habits.filter { $0.date.daysSinceEpoch >= firstDay && $0.date.daysSinceEpoch <= todayDay }
        if !shownHabits.isEmpty {
            svg += "<li><span class=\"swatch ring\"></span>a habit done · <span class=\"swatch ring skip\"></span>skipped</li>"
        }
        svg += "<li>fewer <span class=\"swatch t\"></span><span class=\"swatch\" style=\"background:var(--heat1)\"></span><span class=\"swatch\" style=\"background:var(--heat2)\"></span><span class=\"swatch\" style=\"background:var(--heat3)\"></span><span class=\"swatch\" style=\"background:var(--heat4)\"></span>more</li></ul></figcaption></figure>\n"
        let rows = perDay.keys.sorted().filter { $0 >= firstDay && $0 <= todayDay }.map { d in
            ["<time datetime=\"\(CivilDate(daysSinceEpoch: d))\">\(CivilDate(daysSinceEpoch: d))</time>", "\(perDay[d]!)"]
        }
        var html = svg + ReportHistory.dataTable("Table of the days with completions", headers: ["Date", "Goals done"], rows: rows, numeric: [1])
        if !shownHabits.isEmpty {
            let habitRows = shownHabits.sorted { $0.date < $1.date }.map { day in
                ["<time datetime=\"\(day.date)\">\(day.date)</time>", Markup.escape(day.habit), day.skipped ? "skipped" : "done"]
            }
            html += ReportHistory.dataTable("Table of the habits’ days", headers: ["Date", "Habit", "Entry"], rows: habitRows)
        }
        return html
    }

    /// Monday 0 ... Sunday 6; 1970-01-01 was a Thursday.
    static func weekday(_ daysSinceEpoch: Int) -> Int { ((daysSinceEpoch + 3) % 7 + 7) % 7 }

    /// The longest run of weeks with a completion, and the run ending this week (or last week,
    /// while this one has none yet).
    static func streaks(_ perDay: [Int: Int], today: Int) -> (longest: Int, current: Int) {
        let weeks = Set(perDay.filter { $0.value > 0 && $0.key <= today }.keys.map { ($0 - weekday($0)) / 7 })
        var longest = 0
        for week in weeks where !weeks.contains(week - 1) {
            var length = 1
            while weeks.contains(week + length) { length += 1 }
            longest = max(longest, length)
        }
        var week = (today - weekday(today)) / 7
        if !weeks.contains(week) { week -= 1 }
        var current = 0
        while weeks.contains(week - current) { current += 1 }
        return (longest, current)
    }
}
