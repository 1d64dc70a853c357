/// The parts of the manual page that belong to no one command. Kept beside the generator, in
/// plain text; `Roff` escapes it.
enum ManText {
    struct Section {
        let title: String
        var text = ""
        var items: [(String, String)] = []
        var literal: [String] = []
    }

    static let name = "track a career roadmap kept in markdown, and tick it in place"

    static let description = """
    roadmap reads a personal career or learning roadmap kept as a markdown file (goals written
    '- [ ]' under headings, fill-in fields '**Name:** ____', option groups, metric tables,
    checkpoints), shows progress per section, and changes the file in place: a tick rewrites the
    one character between the brackets and appends the completion date, and nothing else in the
    file moves. Reading and writing back a file without a change gives the identical bytes.

    It follows GitHub's reading of markdown: a '- [ ]' inside a code fence, an indented code block,
    an HTML comment or a paragraph continuation is not a goal. A goal whose text starts with a link
    to a local markdown file brings that file's goals under it, so one roadmap may span files.

    With no command, roadmap runs status. Every command takes --help; 'roadmap help COMMAND' says
    the same. Every command that writes takes --dry-run, which prints a unified diff and writes
    nothing. No command waits for input when standard input is not a terminal.
    """

    static let globalOptions = "Accepted before or after the command."

    static let sections: [Section] = [
        Section(title: "FILES", text: """
        The roadmap is --file, else $ROADMAP_FILE, else the first of these in the current
        directory or, failing that, in the nearest parent directory that has one:
        """, items: [
            ("career-roadmap.md", "The file 'roadmap init' writes for the career roadmap."),
            ("roadmap.md", "The file 'roadmap init' writes for the other bundled roadmaps, and the index of a roadmap across files."),
            ("DIR/index.md, DIR/README.md", "A directory given as the path (-f DIR, status DIR) stands for its career-roadmap.md, roadmap.md, index.md or README.md, the first that exists."),
            ("$XDG_STATE_HOME/roadmap/journal/", "The journal of the last 50 changes (at most 1 MiB), which undo and log read; ~/.local/state/roadmap/journal/ when XDG_STATE_HOME is not set. It is kept apart from the roadmap; if it cannot be written, the command warns and carries on."),
        ]),
        Section(title: "ENVIRONMENT", items: [
            ("ROADMAP_FILE", "The roadmap file, when --file is not given."),
            ("ROADMAP_TODAY", "A date, YYYY-MM-DD, taken as today (as --today): for scripts and tests."),
            ("NO_COLOR", "When set and not empty, no colours, even on a terminal (as --no-color). TERM=dumb does the same."),
            ("VISUAL, EDITOR", "The editor a command opens a roadmap in, VISUAL first; it is run directly, without a shell."),
            ("XDG_STATE_HOME", "Where the journal lives (see FILES)."),
            ("COLUMNS", "The width to lay output out for when standard output is not a terminal (default 80)."),
        ]),
        Section(title: "EXIT STATUS", items: [
            ("0", "Success, including \"nothing to do\" (ticking a ticked goal)."),
            ("1", "Failure: the file cannot be read or written, no goal matches, several goals match."),
            ("2", "Usage error: unknown command or option, missing or malformed argument."),
        ]),
        Section(title: "DIAGNOSTICS", text: """
        Errors are one line on standard error, 'error: FILE[:LINE]: message'; an ambiguous query adds
        one line per candidate, a usage error the command's usage line. Nothing is written when a
        command fails. Data goes to standard output, colour only to a terminal.
        """),
        Section(title: "JSON", text: """
        Commands with --json print JSON for scripts: a contract in which fields may be added but are
        never renamed or removed. The shapes are described in docs/json.md of the source
        distribution (the README links it).
        """),
        Section(title: "EXAMPLES", text: "A first session with the bundled career roadmap:", literal: [
            "roadmap init --name 'Ada Lovelace' --start 2026-01-15",
            "roadmap status --depth 1",
            "roadmap list --in 'Core Skills'",
            "roadmap check docker basics",
            "roadmap check 12 --dry-run",
            "roadmap undo",
            "roadmap review --metric Kubernetes=40% --note 'Kubernetes clicked'",
            "roadmap status --json | jq .percent",
        ]),
        Section(title: "SEE ALSO", text: """
        git(1), pre-commit(1). The README of the source distribution is a tour; docs/reference.md,
        docs/file-format.md, docs/json.md and docs/safe-writes.md hold the reference.
        Completion scripts: 'roadmap completions bash|zsh|fish'.
        """),
    ]
}
