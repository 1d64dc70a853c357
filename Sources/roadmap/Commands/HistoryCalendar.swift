import RoadmapKit

/// Completions as a contribution graph: one column a week (Monday at the top), one cell a day,
/// for the last 52 weeks and this one (fewer on a narrow terminal). `·` is a day with none;
/// `░▒▓█` one, two, three, four or more.
enum HistoryCalendar {
    static let shades: [Character] = ["░", "▒", "▓", "█"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let days = ["Mon", "", "Wed", "", "Fri", "", "Sun"]

    static func render(_ completions: [History.Completion], today: CivilDate, width: Int, style: Style) -> [String] {
        let weeks = max(4, min(53, width - 7))
        let thisMonday = History.week(of: today)
        let firstMonday = monday(ofWeek: thisMonday - weeks + 1)
        var counts: [Int: Int] = [:]
        for completion in completions { counts[completion.date.daysSinceEpoch, default: 0] += completion.count }

        var header = [Character](repeating: " ", count: weeks)
        var lastLabel = -4
        for column in 0..<weeks {
            let monday = firstMonday.adding(days: 7 * column)
            // A month is named above the first week that holds its first day.
            let firstOfMonth = (0..<7).map { monday.adding(days: $0) }.first { $0.day == 1 }
            if let first = firstOfMonth, column - lastLabel >= 4, column + 3 <= weeks {
                for (k, c) in months[first.month - 1].enumerated() { header[column + k] = c }
                lastLabel = column
            }
        }
        var lines = ["      " + style.dim(String(header))]
        for weekday in 0..<7 {
            var row = ""
            for column in 0..<weeks {
                let day = firstMonday.adding(days: 7 * column + weekday)
                if day > today { row += " "; continue }
                let count = counts[day.daysSinceEpoch] ?? 0
                row += count == 0 ? style.dim("·") : style.green(String(shades[min(count, shades.count) - 1]))
            }
            lines.append("  " + Columns.pad(days[weekday], to: 4) + row)
        }
        return lines
    }

    /// The Monday that starts week `week` (as `History.week(of:)` counts weeks).
    static func monday(ofWeek week: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: week * 7 - 3)
    }
}
