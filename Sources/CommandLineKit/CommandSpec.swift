/// An option, declared once: parsing, validation, help, the manual page and completion are all
/// derived from it. `Custom` is the program's own kinds of value (`CustomValueKind`).
public struct OptionSpec<Custom: CustomValueKind>: Sendable {
    /// The name after `--`.
    public var long: String
    /// The letter after `-`, if it has one.
    public var short: Character?
    /// The value's placeholder (`PATH`); nil for a flag.
    public var value: String?
    /// One line for help.
    public var help: String
    /// Whether it may be given more than once, each value kept.
    public var repeatable: Bool
    /// What the value is, for shell completion; nil: implied by the placeholder.
    public var kind: ValueKind<Custom>?

    /// An option; a flag unless it has a `value` placeholder.
    public init(long: String, short: Character? = nil, value: String? = nil, help: String, repeatable: Bool = false,
                kind: ValueKind<Custom>? = nil) {
        self.long = long
        self.short = short
        self.value = value
        self.help = help
        self.repeatable = repeatable
        self.kind = kind
    }

    /// Whether it takes a value (is not a flag).
    public var takesValue: Bool { value != nil }
    /// What the value is: `kind`, else what the placeholder implies.
    public var valueKind: ValueKind<Custom> { kind ?? value.map(ValueKind.implied(by:)) ?? .text }
}

/// A positional argument of a command.
public struct ArgumentSpec<Custom: CustomValueKind>: Sendable {
    /// Its name, shown as `<name>`.
    public var name: String
    /// One line for help.
    public var help: String
    /// Whether it takes every argument from here on (`<query>...`).
    public var isVariadic: Bool
    /// Whether it may be left out.
    public var isOptional: Bool
    /// What the argument is, for shell completion; nil: implied by its name.
    public var kind: ValueKind<Custom>?

    /// An argument, required and single unless said.
    public init(name: String, help: String, isVariadic: Bool = false, isOptional: Bool = false, kind: ValueKind<Custom>? = nil) {
        self.name = name
        self.help = help
        self.isVariadic = isVariadic
        self.isOptional = isOptional
        self.kind = kind
    }

    /// What the argument is: `kind`, else what its name implies.
    public var valueKind: ValueKind<Custom> { kind ?? ValueKind.implied(by: name) }
}

/// What a command accepts, declared once: parsing, validation, help, the manual page and the
/// completion scripts are all derived from it.
public struct CommandSpec<Custom: CustomValueKind>: Sendable {
    /// The word that names it.
    public var name: String
    /// One line: what it does.
    public var abstract: String
    /// Paragraphs after the usage line.
    public var discussion: String
    /// Its positional arguments, in order.
    public var arguments: [ArgumentSpec<Custom>]
    /// Its own options, in the order help lists them.
    public var options: [OptionSpec<Custom>]
    /// Command lines shown under "Examples".
    public var examples: [String]

    /// A command.
    public init(name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec<Custom>] = [],
                options: [OptionSpec<Custom>] = [], examples: [String] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
    }
}

/// A command's options, one case each in the order help lists them: the one declaration that
/// parsing, help, the manual and completion (through `specs`) and every read (`ParsedArguments`,
/// through `spec`) come from. A program that reads options only by a case of the reading
/// command's own enum cannot read an option the command does not declare: it does not compile.
public protocol CommandOptions: CaseIterable, Sendable {
    /// The program's own kinds of value.
    associatedtype Custom: CustomValueKind
    /// This option's declaration.
    var spec: OptionSpec<Custom> { get }
}

extension CommandOptions {
    // A closure, not the key path `\.spec`: every command's options are listed on every run, and
    // a key path through these generic types is built at run time (swift_getKeyPath), which was
    // 70% of `roadmap --version`'s instructions (0.3M before the split, 5.1M with the key path).
    /// Every case's declaration, in order.
    public static var specs: [OptionSpec<Custom>] { allCases.map { $0.spec } }
}

/// The options of a command that has none.
public enum NoOptions<Custom: CustomValueKind>: CommandOptions {
    /// Never asked: there is no case.
    public var spec: OptionSpec<Custom> { switch self {} }
}

/// Documented exit statuses.
public enum ExitCode: Int32, Sendable {
    /// Done, including "nothing to do".
    case success = 0
    /// The command could not do what was asked: I/O error, no match, ambiguous match.
    case failure = 1
    /// The command line itself is wrong.
    case usage = 2
}

/// Everything that ends a command early. Each case maps to one message and one exit status in
/// the program's report of it (roadmap: `RoadmapCLI.report(_:)`).
public enum CLIError: Error, Equatable {
    /// A malformed command line: message, then usage, then where to read more.
    case usage(String, command: String?)
    /// The command failed; `details` are further lines (candidates, suggestions).
    case failure(String, details: [String] = [])
}
