/// What `status` shows of progress over time, from the file alone (it never runs git): how many
/// done goals lack a done date, and the forecast for the next horizon due, at the pace the ✅
/// dates give.
public struct StatusHistory: Sendable {
    /// Done goals without a done date: they cannot be placed in time.
    public let undated: Int
    /// Goals done per week, from the done dates.
    public let pace: History.Pace
    /// The forecast for the next horizon due; nil when none is.
    public let forecast: History.Forecast?

    /// Over every file of the plan.
    public init(_ schedule: PlanSchedule) {
        let plan = schedule.plan
        // By index, not by element: a file taken as a value retains every array of its models,
        // a fifth of a 20,000-file tree's status (`--tree`).
        undated = plan.files.indices.reduce(0) { $0 + plan.files[$1].roadmap.undatedDoneGoals.count }
        let dates = plan.files.indices.flatMap { History.Completion.dates(in: plan.files[$0].roadmap) }
        pace = History.Pace(History.Completion.counting(dates), today: schedule.today)
        forecast = Forecasting(plan: plan, schedules: schedule.files).next(pace: pace, today: schedule.today)
    }
}
