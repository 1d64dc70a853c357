import RoadmapKit

/// `roadmap calendar`: the due dates as an iCalendar feed.
enum CalendarCommand: Command {
    static let spec = CommandSpec(
        name: "calendar",
        abstract: "Due dates of goals, checkpoints and horizons as an iCalendar (.ics) feed",
        discussion: """
        Writes an RFC 5545 calendar with one all-day event per due date 'next' knows: each open
        goal dated by its own line ('📅 2026-05-01', '(Month 3)'; its text as the title, its section
        path as the description), each checkpoint not complete yet, and the end of each period a
        heading names ('6-Month Goals') while goals under it are open. --all adds the goals that
        only take their heading's date. Done and cancelled goals are left out. An event
        keeps its UID from run to run as long as its text stays the same, so a calendar that
        imports the file again updates events instead of doubling them.
        """,
        arguments: [ExportOutput.pathArgument],
        options: Option.specs,
        examples: ["roadmap calendar", "roadmap calendar -o ~/calendars/roadmap.ics", "roadmap calendar --today 2026-06-01 -o -"])

    enum Option: ExportOutput.Options {
        case output, all

        var spec: OptionSpec {
            switch self {
            case .output: ExportOutput.option(default: "roadmap.ics")
            case .all: OptionSpec(long: "all", help: "Also every open goal that takes its date from its heading")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let today = try call.context.today()
        let plan = try ExportOutput.plan(call)
        let name = plan.label(ofFile: 0)
        let feed = ICalendar.render(CalendarFeed.events(try call.context.schedule(plan), all: call.flag(.all)), name: name, stamp: today)
        try ExportOutput.write(feed, default: "roadmap.ics", plan: plan, call)
        return .success
    }
}
