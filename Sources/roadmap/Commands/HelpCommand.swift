import RoadmapKit

/// `roadmap help [command]`.
enum HelpCommand: Command {
    static let spec = CommandSpec(
        name: "help",
        abstract: "Show help for a command",
        arguments: [ArgumentSpec(name: "command", help: "The command to explain", isOptional: true, kind: .command)],
        options: Option.specs,
        examples: ["roadmap help check", "roadmap help --man | man -l -"])

    enum Option: CommandOptions {
        case man

        var spec: OptionSpec {
            switch self {
            case .man: OptionSpec(long: "man", help: "Print the manual page, roadmap.1 (roff), generated from the same declarations as help")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let program = RoadmapCLI.program
        if call.flag(.man) {
            call.console.write(ManPage.render(program, ManText.manual))
            return .success
        }
        guard let name = call.arguments.positionals.first else {
            call.console.write(Help.main(program))
            return .success
        }
        guard let command = program.commands.first(where: { $0.name == name }) else {
            let hint = Closeness.closest(name, among: program.commands.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
            throw .usage("no command '\(name)'\(hint)", command: spec.name)
        }
        call.console.write(Help.command(command, of: program))
        return .success
    }
}
