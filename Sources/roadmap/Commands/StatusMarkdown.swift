import RoadmapKit

/// `roadmap status --format markdown`: the summary `MarkdownSummary` writes, for the plan.
enum StatusMarkdown {
    static func run(_ call: Invocation<StatusCommand>, format: String, depth: Int?) throws(CLIError) -> ExitCode {
        guard format == "markdown" else {
            throw .usage("'\(format)' is not a format; --format takes text or markdown", command: StatusCommand.spec.name)
        }
        let plan = try ExportOutput.plan(call)
        call.console.write(MarkdownSummary.render(try call.context.schedule(plan), depth: depth ?? 2))
        return .success
    }
}
