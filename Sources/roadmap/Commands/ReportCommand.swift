import RoadmapKit

/// `roadmap report`: the progress report as one HTML page.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        abstract: "A one-page HTML progress report to share: sections, checkpoints, history",
        discussion: """
        Writes one self-contained HTML file: no scripts, and nothing fetched from the network
        (inline CSS and SVG, the reader's own fonts). It shows the title, owner and start date,
        overall progress and each section's as bars (each file's part for a roadmap across
        files), the checkpoints on a timeline, the goals due next and in progress, progress over
        time (a burn-up, a calendar of completions, pace and a forecast per horizon, drawn from
        the goals' ✅ dates), the metrics against their targets and the fields filled in. Light
        or dark as the reader's system is; prints on A4 or Letter, a page per part.
        """,
        arguments: [ExportOutput.pathArgument],
        options: Option.specs,
        examples: ["roadmap report", "roadmap report -o ~/Desktop/progress.html --title 'Ada: six months in'", "roadmap report guide/ -o -"])

    enum Option: ExportOutput.Options {
        case output, title

        var spec: OptionSpec {
            switch self {
            case .output: ExportOutput.option(default: "roadmap-report.html")
            case .title: OptionSpec(long: "title", value: "TEXT", help: "The page's title (default: the roadmap's)")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let plan = try ExportOutput.plan(call)
        let schedule = try call.context.schedule(plan)
        let html = HTMLReport.render(ReportFacts(schedule), history: call.context.history(schedule), title: call.value(.title))
        try ExportOutput.write(Array(html.utf8), default: "roadmap-report.html", plan: plan, call)
        return .success
    }
}
