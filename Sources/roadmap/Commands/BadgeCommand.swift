import RoadmapKit

/// `roadmap badge`: an SVG progress badge for a README.
enum BadgeCommand: Command {
    static let spec = CommandSpec(
        name: "badge",
        abstract: "An SVG progress badge for a README (shields.io flat style)",
        discussion: """
        Writes a badge like shields.io's flat ones, 'roadmap | 42%', sized to its text. The
        colour goes from red through orange, yellow and yellow-green to green as the percent
        rises; bright green at 100%. A roadmap across files counts every file. Commit the file
        and show it in a README with ![progress](roadmap-badge.svg).
        """,
        arguments: [ExportOutput.pathArgument],
        options: Option.specs,
        examples: ["roadmap badge", "roadmap badge --label 'AI infra' -o docs/progress.svg", "roadmap badge -o - > badge.svg"])

    enum Option: ExportOutput.Options {
        case output, label

        var spec: OptionSpec {
            switch self {
            case .output: ExportOutput.option(default: "roadmap-badge.svg")
            case .label: OptionSpec(long: "label", value: "TEXT", help: "The left-hand text (default 'roadmap')")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let plan = try ExportOutput.plan(call)
        let tally = plan.tally
        let badge = Badge.progress(percent: tally.counted > 0 ? tally.percent : nil, label: call.value(.label) ?? "roadmap")
        try ExportOutput.write(Array(badge.svg().utf8), default: "roadmap-badge.svg", plan: plan, call)
        return .success
    }
}
