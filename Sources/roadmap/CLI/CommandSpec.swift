/// What a command accepts, declared once: parsing, validation and help are all derived from it.
struct OptionSpec: Sendable {
    var long: String
    var short: Character? = nil
    /// The value's placeholder (`PATH`); nil for a flag.
    var value: String? = nil
    var help: String
    var repeatable = false
    /// What the value is, for shell completion; nil: implied by the placeholder.
    var kind: ValueKind? = nil

    var takesValue: Bool { value != nil }
    var valueKind: ValueKind { kind ?? value.map(ValueKind.implied(by:)) ?? .text }

    /// What every command that writes a roadmap offers (git's convention).
    static let dryRun = OptionSpec(long: "dry-run", help: "Print the change as a unified diff and write nothing")
}

struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isVariadic = false
    var isOptional = false
    /// What the argument is, for shell completion; nil: implied by its name.
    var kind: ValueKind? = nil

    var valueKind: ValueKind { kind ?? ValueKind.implied(by: name) }
}

struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    var examples: [String] = []
}

/// A command's options, one case each in the order help lists them: the one declaration that
/// parsing, help, the manual and completion (through `specs`) and every read (`Invocation.flag`,
/// `value`...) come from. A read takes a case of the reading command's own enum, so a read of an
/// option the command does not declare does not compile.
protocol CommandOptions: CaseIterable, Sendable {
    var spec: OptionSpec { get }
}

extension CommandOptions {
    static var specs: [OptionSpec] { allCases.map(\.spec) }
}

/// The options of a command that has none.
enum NoOptions: CommandOptions {
    var spec: OptionSpec { switch self {} }
}

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

/// Documented exit statuses.
enum ExitCode: Int32 {
    /// Done, including "nothing to do".
    case success = 0
    /// The command could not do what was asked: I/O error, no match, ambiguous match.
    case failure = 1
    /// The command line itself is wrong.
    case usage = 2
}

/// Everything that ends a command early. Each case maps to one message and one exit status in
/// `RoadmapCLI.report(_:)`.
enum CLIError: Error, Equatable {
    /// A malformed command line: message, then usage, then where to read more.
    case usage(String, command: String?)
    /// The command failed; `details` are further lines (candidates, suggestions).
    case failure(String, details: [String] = [])
}
