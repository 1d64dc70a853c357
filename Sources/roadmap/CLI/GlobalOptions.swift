/// Options every command accepts, before or after its name.
enum GlobalOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(long: "file", short: "f", value: "PATH", help: "The roadmap file (default: $ROADMAP_FILE, else career-roadmap.md or roadmap.md here or in the nearest parent)", kind: .file),
        OptionSpec(long: "today", value: "DATE", help: "Take DATE (YYYY-MM-DD) as today, for scripts and tests (also $ROADMAP_TODAY)", kind: .date),
        OptionSpec(long: "no-color", help: "No colours, even on a terminal (also $NO_COLOR)"),
        OptionSpec(long: "color", value: "WHEN", help: "Colours: auto (on a terminal, without $NO_COLOR), always, never"),
        OptionSpec(long: "width", value: "N", help: "Cut lines to N columns (default: the terminal's width, else $COLUMNS; in a pipe nothing is cut)"),
        OptionSpec(long: "help", short: "h", help: "Show help"),
        OptionSpec(long: "version", short: "V", help: "Show the version"),
    ]

    /// Values of global options that must be right before any command runs.
    static func validate(_ parsed: ParsedArguments, command: String) throws(CLIError) {
        if let color = parsed.value("color"), !["auto", "always", "never"].contains(color) {
            throw .usage("--color takes auto, always or never, not '\(color)'", command: command)
        }
        if let width = parsed.value("width"), (Int(width) ?? 0) < 1 {
            throw .usage("--width takes a number of columns, not '\(width)'", command: command)
        }
    }
}
