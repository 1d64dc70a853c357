import RoadmapKit

/// `roadmap templates`: the bundled roadmaps, one line each, for `roadmap init`.
enum TemplatesCommand: Command {
    static let spec = CommandSpec(
        name: "templates",
        abstract: "List the bundled roadmaps that init can write",
        discussion: "One line per template: its name (what 'roadmap init' takes), then what it is.",
        examples: ["roadmap templates", "roadmap init $(roadmap templates | head -1 | cut -d' ' -f1)"])

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let width = BundledTemplate.all.map(\.name.count).max() ?? 0
        for template in BundledTemplate.all {
            call.console.print(Help.pad(template.name, width + 2) + template.summary)
        }
        return .success
    }
}
