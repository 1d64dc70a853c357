/// Options every command accepts, before or after its name.
enum GlobalOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(long: "file", short: "f", value: "PATH", help: "The roadmap file (default: $ROADMAP_FILE, else career-roadmap.md or roadmap.md here or in the nearest parent)", kind: .file),
        OptionSpec(long: "today", value: "DATE", help: "Take DATE (YYYY-MM-DD) as today, for scripts and tests (also $ROADMAP_TODAY)", kind: .date),
        OptionSpec(long: "no-color", help: "No colours, even on a terminal (also $NO_COLOR)"),
        OptionSpec(long: "help", short: "h", help: "Show help"),
        OptionSpec(long: "version", help: "Show the version"),
    ]
}
