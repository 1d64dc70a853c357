/// How a shell completes a value: its own file names, fixed words written into the script, or the
/// names the program's hidden `__complete` command reads when asked (roadmap: from the roadmap in
/// reach).
public enum ShellAction: Equatable, Sendable {
    /// File names.
    case files
    /// Directory names.
    case directories
    /// Nothing: free text.
    case nothing
    /// Whatever `PROGRAM __complete WORDS…` prints.
    case ask
    /// These words.
    case words([String])

    /// The word the generated scripts switch on.
    public var code: String {
        switch self {
        case .files: return "file"
        case .directories: return "dir"
        case .nothing: return "none"
        case .ask: return "ask"
        case let .words(words): return "words:" + words.joined(separator: " ")
        }
    }
}

/// What a completion script needs to know, derived from the program's specs alone: so a command,
/// option or argument added to a spec is completed without touching a script.
public struct ShellTable<Custom: CustomValueKind> {
    /// The hidden command a script runs for the candidates the program alone knows
    /// (`ShellAction.ask`); the program answers it with one `value<TAB>description` a line.
    public static var completeCommand: String { "__complete" }

    /// `check --in`, or a global option for every command (`command` nil).
    public struct OptionValue {
        /// The command whose option it is; nil for a global option.
        public let command: String?
        /// The option.
        public let option: OptionSpec<Custom>
        /// How its value is completed.
        public let action: ShellAction
    }

    /// The program the script completes.
    public let program: ProgramSpec<Custom>

    /// The table of `program`'s commands.
    public init(program: ProgramSpec<Custom>) { self.program = program }

    /// Every command, in order.
    public var specs: [CommandSpec<Custom>] { program.commands }

    /// The program's name as part of a shell function's name: letters, digits and `_` (`_roadmap_scan`).
    public var function: String {
        String(program.name.unicodeScalars.map { $0.properties.isAlphabetic && $0.isASCII || ("0"..."9").contains($0) ? Character($0) : "_" })
    }

    /// How a value of this kind is completed.
    public func action(_ kind: ValueKind<Custom>) -> ShellAction {
        switch kind {
        case .text: return .nothing
        case .file: return .files
        case .directory: return .directories
        case .command: return .words(specs.map(\.name))
        case let .oneOf(words): return .words(words)
        case .date: return .ask
        case let .custom(custom): return custom.shellAction
        }
    }

    /// Every option that takes a value, the commands' own first (they win over a global of the
    /// same name), then the global ones.
    public var optionValues: [OptionValue] {
        var values: [OptionValue] = []
        for spec in specs {
            for option in spec.options where option.takesValue {
                values.append(OptionValue(command: spec.name, option: option, action: action(option.valueKind)))
            }
        }
        for option in program.globalOptions where option.takesValue {
            values.append(OptionValue(command: nil, option: option, action: action(option.valueKind)))
        }
        return values
    }

    /// Per command, what each argument position takes; the last one of a variadic argument
    /// stands for every position after it (`variadic`).
    public func arguments(of spec: CommandSpec<Custom>) -> (actions: [ShellAction], variadic: Bool) {
        (spec.arguments.map { action($0.valueKind) }, spec.arguments.last?.isVariadic ?? false)
    }

    /// Option names as typed: `--in`, and `-f` for those with a letter.
    public static func names(_ option: OptionSpec<Custom>) -> [String] {
        ["--" + option.long] + (option.short.map { ["-\($0)"] } ?? [])
    }

    /// `text` inside single quotes, for sh, bash, zsh and fish alike.
    public static func quoted(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "'\\''") + "'"
    }
}
