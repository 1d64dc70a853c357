/// What `status` shows of progress over time, from the file alone (it never runs git): how many
/// done goals lack a done date, and the forecast for the next horizon due, at the pace the ✅
/// dates give.
public struct StatusHistory: Sendable {
    public let undated: Int
    public let pace: History.Pace
    public let forecast: History.Forecast?

    /// Over every file of the plan.
    public init(_ schedule: PlanSchedule) {
        let plan = schedule.plan
        undated = plan.files.reduce(0) { $0 + $1.roadmap.undatedDoneGoals.count }
        let dates = plan.files.flatMap { History.Completion.dates(in: $0.roadmap) }
        pace = History.Pace(History.Completion.counting(dates), today: schedule.today)
        forecast = Forecasting(plan: plan, schedules: schedule.files).next(pace: pace, today: schedule.today)
    }
}
