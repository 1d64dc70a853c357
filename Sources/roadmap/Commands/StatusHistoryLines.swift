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
            lines.append(("Forecast", next.section + " · " + HistoryForecastText.describe(next, style)))
        }
        return lines
    }
}
