/// Options every command accepts, before or after its name.
enum GlobalOption: CommandOptions {
    case file, tree, hidden, noIgnore, today, noColor, color, width, help, version

    var spec: OptionSpec {
        switch self {
        case .file: OptionSpec(long: "file", short: "f", value: "PATH", help: "The roadmap file (default: $ROADMAP_FILE, else career-roadmap.md or roadmap.md here or in the nearest parent)", kind: .file)
        case .tree: OptionSpec(long: "tree", help: "Read the markdown files below a folder (-f FOLDER, else here) as one roadmap, skipping what ripgrep skips")
        case .hidden: OptionSpec(long: "hidden", help: "With --tree: also read hidden files and folders")
        case .noIgnore: OptionSpec(long: "no-ignore", help: "With --tree: also read what .gitignore, .ignore and node_modules exclude")
        case .today: OptionSpec(long: "today", value: "DATE", help: "Take DATE (YYYY-MM-DD) as today, for scripts and tests (also $ROADMAP_TODAY)", kind: .date)
        case .noColor: OptionSpec(long: "no-color", help: "No colours, even on a terminal (also $NO_COLOR)")
        case .color: OptionSpec(long: "color", value: "WHEN", help: "Colours: auto (on a terminal, without $NO_COLOR), always, never")
        case .width: OptionSpec(long: "width", value: "N", help: "Cut lines to N columns (default: the terminal's width, else $COLUMNS; in a pipe nothing is cut)")
        case .help: OptionSpec(long: "help", short: "h", help: "Show help")
        case .version: OptionSpec(long: "version", short: "V", help: "Show the version")
        }
    }
}

enum GlobalOptions {
    static var specs: [OptionSpec] { GlobalOption.specs }

    /// The long names of the flags that answer on their own, whatever else the line holds.
    static var standalone: [String] { [GlobalOption.help, .version].map { $0.spec.long } }

    /// Values of global options that must be right before any command runs.
    static func validate(_ parsed: ParsedArguments, command: String) throws(CLIError) {
        if let color = parsed.value(.color), !["auto", "always", "never"].contains(color) {
            throw .usage("--color takes auto, always or never, not '\(color)'", command: command)
        }
        if (parsed.flag(.hidden) || parsed.flag(.noIgnore)) && !parsed.flag(.tree) {
            throw .usage("--\(parsed.flag(.hidden) ? "hidden" : "no-ignore") goes with --tree (it says which files of a folder are read)", command: command)
        }
        if let width = parsed.value(.width), (Int(width) ?? 0) < 1 {
            throw .usage("--width takes a number of columns, not '\(width)'", command: command)
        }
    }
}

extension ParsedArguments {
    /// Whether a global flag was given.
    func flag(_ option: GlobalOption) -> Bool { flag(option.spec) }
    /// A global option's last value, if it was given.
    func value(_ option: GlobalOption) -> String? { value(option.spec) }
}
