/// What `status` shows of progress over time, from the file alone (it never runs git): how many
/// done goals lack a done date, and the forecast for the next horizon due, at the pace the ✅
/// dates give.
public struct StatusHistory: Sendable {
    public let undated: Int
    public let pace: History.Pace
    public let forecast: History.Forecast?

    public init(_ schedule: Schedule) {
        let roadmap = schedule.tracking.roadmap
        undated = roadmap.undatedDoneGoals.count
        pace = History.Pace(History.Completion.counting(History.Completion.dates(in: roadmap)), today: schedule.today)
        forecast = Forecasting(schedule: schedule).next(pace: pace, today: schedule.today)
    }
}
