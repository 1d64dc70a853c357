import RoadmapKit

/// What a completion script needs to know, derived from the command specs alone: so a command,
/// option or argument added to a spec is completed without touching a script.
struct ShellTable {
    /// How a shell completes a value: its own file names, fixed words written into the script,
    /// or the names `roadmap __complete` reads from the roadmap in reach.
    enum Action: Equatable {
        case files, directories, nothing, ask
        case words([String])

        /// The word the generated scripts switch on.
        var code: String {
            switch self {
            case .files: return "file"
            case .directories: return "dir"
            case .nothing: return "none"
            case .ask: return "ask"
            case let .words(words): return "words:" + words.joined(separator: " ")
            }
        }
    }

    /// `check --in`, or a global option for every command (`command` nil).
    struct OptionValue {
        let command: String?
        let option: OptionSpec
        let action: Action
    }

    let specs: [CommandSpec]

    func action(_ kind: ValueKind) -> Action {
        switch kind {
        case .text: return .nothing
        case .file: return .files
        case .directory: return .directories
        case .template: return .words(BundledTemplate.all.map(\.name))
        case .command: return .words(specs.map(\.name))
        case let .oneOf(words): return .words(words)
        case .date, .section, .goal, .field, .choice, .metric: return .ask
        }
    }

    /// Every option that takes a value, the commands' own first (they win over a global of the
    /// same name), then the global ones.
    var optionValues: [OptionValue] {
        var values: [OptionValue] = []
        for spec in specs {
            for option in spec.options where option.takesValue {
                values.append(OptionValue(command: spec.name, option: option, action: action(option.valueKind)))
            }
        }
        for option in GlobalOptions.specs where option.takesValue {
            values.append(OptionValue(command: nil, option: option, action: action(option.valueKind)))
        }
        return values
    }

    /// Per command, what each argument position takes; the last one of a variadic argument
    /// stands for every position after it (`variadic`).
    func arguments(of spec: CommandSpec) -> (actions: [Action], variadic: Bool) {
        (spec.arguments.map { action($0.valueKind) }, spec.arguments.last?.isVariadic ?? false)
    }

    /// Option names as typed: `--in`, and `-f` for those with a letter.
    static func names(_ option: OptionSpec) -> [String] {
        ["--" + option.long] + (option.short.map { ["-\($0)"] } ?? [])
    }

    /// `text` inside single quotes, for sh, bash, zsh and fish alike.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "'\\''") + "'"
    }
}
