import RoadmapKit

/// `status`'s lines about progress over time (`StatusHistory`): done goals without a date, with
/// the command that dates them, and the forecast for the next horizon due.
enum StatusHistoryLines {
    static func lines(_ schedule: PlanSchedule, _ style: Style, _ context: Context) -> [(String, String)] {
        let history = StatusHistory(schedule)
        var lines: [(String, String)] = []
        if history.undated > 0 {
            let goals = history.undated == 1 ? "1 done goal has" : "\(history.undated) done goals have"
            lines.append(("Undated", "\(goals) no ✅ date" + style.dim("  (\(context.command("stamp")))")))
        }
        if let next = history.forecast {
            let rest = " · " + HistoryForecastText.describe(next, style)
            lines.append(("Forecast", fitted(next.section, to: context.width - StatusTracking.labelWidth - Columns.width(rest)) + rest))
        }
        return lines
    }

    /// A section path (` > ` between headings, as JSON has it) as the terminal shows it, with `›`,
    /// leaving the line room to stay one line: whole if it fits, else its last heading (the one
    /// the forecast is about), cut if even that is too wide. The numbers after it are what the
    /// line is for, so they are never the part that goes.
    static func fitted(_ path: String, to room: Int) -> String {
        let shown = TrackingText.shown(sectionPath: path)
        guard Columns.width(shown) > room else { return shown }
        let last = path.split(separator: ">").last.map { String($0).trimmingSpaces } ?? shown
        return Columns.truncate(last, to: max(12, room))
    }
}
