import RoadmapKit

/// `roadmap history`: progress over time, from the ✅ dates, git and the review log.
enum HistoryCommand: Command {
    static let spec = CommandSpec(
        name: "history",
        abstract: "Progress over time: burn-up, calendar, pace, forecast, metric and count trends, hours",
        discussion: """
        Reads the roadmap's git history (every commit that touched its files, renames followed;
        one 'git log' call), the ✅ dates and the Review Log, and shows: a burn-up chart of done
        and total goals; a calendar of completions for the last 52 weeks with the longest and the
        current weekly streak; the pace, goals done per week over the last 4 and 12 weeks; a
        forecast for each horizon and checkpoint with a due date (a range of days: on track, N days
        or weeks late, done; not before 3 goals are done over 2 weeks);
        each metric over time against its next target; each goal's count, '(120/300)', over time
        the same way; and the hours spent per week, the rise of each '⏱' put on the day of the
        commit that raised it. A goal completes on its ✅ date, or,
        ticked by hand, on the day of the commit that ticked it ('roadmap stamp' writes those
        days into the file). Without git, or outside a git work tree, one line says so and the
        rest comes from the ✅ dates and the review log.
        """,
        options: Option.specs,
        examples: ["roadmap history", "roadmap history --since 2026-01-01 --by-section", "roadmap history --json | jq .pace"])

    enum Option: CommandOptions {
        case since, bySection, json

        var spec: OptionSpec {
            switch self {
            case .since: OptionSpec(long: "since", value: "DATE", help: "Leave out what happened before this day (YYYY-MM-DD, or relative: -3m, som)")
            case .bySection: OptionSpec(long: "by-section", help: "One burn-up line per top section")
            case .json: OptionSpec(long: "json", help: "Print JSON (see README.md for the shape)")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let context = call.context
        let since = try call.date(.since)
        let plan = try context.loadPlan()
        let schedule = try context.schedule(plan)
        var history = context.history(schedule)
        if let since { history = history.since(since) }
        let bySection = call.flag(.bySection)
        if call.flag(.json) {
            call.console.write(RoadmapJSON.history(history, sections: bySection))
            return .success
        }
        HistoryText.render(history, plan, bySection: bySection, today: schedule.today, since: since, context)
        return .success
    }
}
