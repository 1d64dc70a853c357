import RoadmapKit

/// The command-line program as a function: arguments and environment in, exit status out.
/// `main.swift` calls it for real; tests call it with a capturing console.
enum RoadmapCLI {
    /// Every command, in the order help lists them.
    static var commands: [any Command.Type] { [
        StatusCommand.self,
        ListCommand.self,
        CheckCommand.self,
        UncheckCommand.self,
        StartCommand.self,
        CancelCommand.self,
        ReopenCommand.self,
        DependCommand.self,
        AddProgressCommand.self,
        SetProgressCommand.self,
        SpendCommand.self,
        SkipCommand.self,
        RecallCommand.self,
        AddCommand.self,
        NextCommand.self,
        SetCommand.self,
        SelectCommand.self,
        FieldsCommand.self,
        LintCommand.self,
        EditCommand.self,
        ReviewCommand.self,
        HistoryCommand.self,
        StampCommand.self,
        TemplatesCommand.self,
        InitCommand.self,
        AdoptCommand.self,
        DiagramCommand.self,
        ReportCommand.self,
        BadgeCommand.self,
        CalendarCommand.self,
        UndoCommand.self,
        RedoCommand.self,
        LogCommand.self,
        LspCommand.self,
        CompletionsCommand.self,
        HelpCommand.self,
    ] }

    static var specs: [CommandSpec] { commands.map { $0.spec } }

    /// The command line as CommandLineKit reads it: help, the manual and the completion scripts
    /// are generated from it.
    static var program: ProgramSpec {
        ProgramSpec(
            name: "roadmap", abstract: "track a career roadmap kept in markdown, and tick it in place",
            version: Version.number, commands: specs, globalOptions: GlobalOptions.specs, defaultCommand: "status",
            helpEpilogue: """
            The roadmap file is --file, else $ROADMAP_FILE, else career-roadmap.md (then roadmap.md)
            in the current directory or the nearest parent directory that has one.

            Exit status: 0 success, 1 failure (file error, no match, ambiguous match), 2 usage error.
            See 'roadmap help <command>' for one command.

            """,
            standaloneFlags: GlobalOptions.standalone)
    }

    static func run(_ arguments: [String], environment: Environment, console: Console) -> ExitCode {
        let status: ExitCode
        do {
            status = try dispatch(arguments, environment: environment, console: console)
        } catch {
            status = report(error, console: console)
        }
        return status
    }

    private static func dispatch(_ arguments: [String], environment: Environment, console: Console) throws(CLIError) -> ExitCode {
        // Hidden, and no spec: not in help, the man page or the completions it serves.
        if arguments.first == CompleteCommand.name {
            return CompleteCommand.run(Array(arguments.dropFirst()), environment: environment, console: console)
        }
        let program = program
        let (spec, parsed) = try ArgumentParser.parse(arguments, program: program)
        if parsed.flag(.version) {
            console.print(Help.version)
            return .success
        }
        if parsed.flag(.help) {
            // `roadmap --help` (no command named) is the overview; `roadmap check --help` is check's.
            let named = arguments.contains(spec.name)
            console.write(named ? Help.command(spec, of: program) : Help.main(program))
            return .success
        }
        try GlobalOptions.validate(parsed, command: spec.name)
        let command = commands.first { $0.spec.name == spec.name }!
        var context = Context(console: console, environment: environment, arguments: parsed, commandName: spec.name)
        context.commandLine = arguments
        context.echoRelativeToday()
        return try command.run(parsed, context)
    }

    /// The single place errors become messages and exit statuses.
    static func report(_ error: CLIError, console: Console) -> ExitCode {
        switch error {
        case let .usage(message, command):
            console.printError("error: \(message)")
            let program = program
            if let command, let spec = program.commands.first(where: { $0.name == command }) {
                console.printError("Usage: \(Help.usage(spec, of: program))")
                console.printError("See 'roadmap help \(command)'.")
            } else {
                console.printError("See 'roadmap --help'.")
            }
            return .usage
        case let .failure(message, details):
            console.printError("error: \(message)")
            for line in details { console.printError(line) }
            return .failure
        }
    }
}

extension Help {
    /// `roadmap --version`'s line.
    static var version: String { version(of: RoadmapCLI.program) }
}
