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

/// One command of `roadmap`: a spec and a function from parsed arguments to an exit status.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ call: Invocation) throws(CLIError) -> ExitCode
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
