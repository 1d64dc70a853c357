import LanguageServer
import RoadmapKit

/// `roadmap lsp`: the language server, over stdin and stdout (the server is the LanguageServer
/// target; this only starts it with today's date as every command takes it).
enum LspCommand: Command {
    static let spec = CommandSpec(
        name: "lsp",
        abstract: "Run the language server (LSP 3.17) on stdin and stdout, for editors",
        discussion: """
        Speaks JSON-RPC with Content-Length framing on stdin and stdout, for an editor's LSP
        client (Neovim, Helix, VS Code, Zed, Emacs eglot), beside a markdown server such as
        marksman. Markdown files with goals get lint's findings and overdue and due-soon goals as
        diagnostics; code actions that check, uncheck, start, cancel or reopen the goals of a line
        or a selection, stamp done dates from git, add a sub-goal, turn bullets into goals, choose
        an option and fix lint's findings, each writing what the matching command would write;
        progress as inlay hints, the outline, hover, completion of dates, options and labels, and
        the commands roadmap.status and roadmap.review. The server keeps the
        editor's text and never writes a file: every edit goes to the editor. --today (or
        ROADMAP_TODAY) fixes the date it uses, as for every command. Exits 0 after the client's
        shutdown and exit, 1 when input ends without them.
        """,
        examples: ["roadmap lsp"])

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        // A bad --today fails here, before the protocol starts, as it does for every command.
        _ = try call.context.today()
        let context = call.context
        var server = LanguageServer(today: { (try? context.today()) ?? CivilDate.today() }, version: Version.number)
        return server.serveStandardStreams() == 0 ? .success : .failure
    }
}
