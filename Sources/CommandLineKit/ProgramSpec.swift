/// A program's command line, declared once: its commands, the options every command accepts, and
/// the words help and the manual page put around them. The parser, `Help`, `ManPage` and the
/// completion scripts read it; none of them names a program of its own.
public struct ProgramSpec<Custom: CustomValueKind>: Sendable {
    /// The executable's name (`roadmap`).
    public var name: String
    /// One line: what the program is for (help's first line, the manual's NAME).
    public var abstract: String
    /// The version, printed after the name by `--version`.
    public var version: String
    /// Every command, in the order help lists them.
    public var commands: [CommandSpec<Custom>]
    /// The options every command accepts, before or after its name.
    public var globalOptions: [OptionSpec<Custom>]
    /// The command run when none is named.
    public var defaultCommand: String
    /// Paragraphs that end the overview (`PROGRAM --help`), after the global options.
    public var helpEpilogue: String
    /// The long names of global flags that answer on their own (`help`, `version`): with one
    /// given, a missing or extra argument is no error.
    public var standaloneFlags: [String]

    /// A program; `defaultCommand` must be the name of one of `commands`.
    public init(name: String, abstract: String, version: String, commands: [CommandSpec<Custom>],
                globalOptions: [OptionSpec<Custom>], defaultCommand: String, helpEpilogue: String,
                standaloneFlags: [String] = ["help", "version"]) {
        self.name = name
        self.abstract = abstract
        self.version = version
        self.commands = commands
        self.globalOptions = globalOptions
        self.defaultCommand = defaultCommand
        self.helpEpilogue = helpEpilogue
        self.standaloneFlags = standaloneFlags
    }
}
