import RoadmapKit

/// One command of `roadmap`: a spec and a function from parsed arguments to an exit status.
protocol Command {
    /// Its options; `spec.options` is `Option.specs` (a test holds every command to it).
    associatedtype Option: CommandOptions = NoOptions
    static var spec: CommandSpec { get }
    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode
    /// Whether this run may write the plan or reads the journal, and so first finishes a change a
    /// kill interrupted (see `Context.finishInterruptedChanges`): never for a read or a --dry-run.
    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool
}

extension Command {
    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { false }

    /// Runs the command on a parsed command line (callable on `any Command.Type`).
    static func run(_ arguments: ParsedArguments, _ context: Context) throws(CLIError) -> ExitCode {
        var context = context
        context.finishesInterruptedChanges = finishesInterruptedChanges(Invocation<Self>(arguments: arguments, context: context))
        return try run(Invocation<Self>(arguments: arguments, context: context))
    }
}

/// Everything a command's `run` receives: its options are read here, by a case of its own
/// `Option` enum.
struct Invocation<C: Command> {
    let arguments: ParsedArguments
    let context: Context
    var console: Console { context.console }

    // A flag read as a value (or the reverse) would always see "not given": the type does not
    // tell them apart, so debug builds (every test run) stop at the read.
    func flag(_ option: C.Option) -> Bool {
        assert(!option.spec.takesValue, "--\(option.spec.long) takes a value; read it with value(_:)")
        return arguments.flag(option.spec)
    }

    func value(_ option: C.Option) -> String? { values(option).last }

    func values(_ option: C.Option) -> [String] {
        assert(option.spec.takesValue, "--\(option.spec.long) is a flag; read it with flag(_:)")
        return arguments.values(option.spec)
    }
}
