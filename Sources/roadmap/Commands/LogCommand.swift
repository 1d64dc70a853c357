import RoadmapKit

/// `roadmap log`: the changes roadmap made to the file, newest first.
enum LogCommand: Command {
    static let spec = CommandSpec(
        name: "log",
        abstract: "List recent changes roadmap made to the file",
        discussion: """
        Shows the journal 'roadmap undo' reads, newest first: when, the command, the lines and the
        goals each change touched. Changes made by hand are not listed; if the file changed since
        the newest entry, undo will refuse, and this says so.
        """,
        options: [OptionSpec(long: "json", help: "Print JSON: {file, journal, undoable, entries: [{time, local, command, goals, lines}]}")],
        examples: ["roadmap log", "roadmap log --json"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        let loaded = try call.context.load()
        let (journal, entries) = try journalEntries(for: loaded, call.context)
        let undoable = entries.last.map { ContentHash.matches(loaded.roadmap.bytes, $0.afterHash) } ?? false
        if call.arguments.flag("json") {
            var json = JSONWriter()
            json.beginObject()
            json.string(loaded.path, key: "file")
            json.string(journal.path, key: "journal")
            json.bool(undoable, key: "undoable")
            json.beginArray(key: "entries")
            for entry in entries.reversed() {
                json.beginObject()
                json.number(entry.time, key: "time")
                json.string(Platform.localTime(entry.time), key: "local")
                json.beginArray(key: "command")
                for argument in entry.command { json.string(argument) }
                json.endArray()
                json.beginArray(key: "goals")
                for goal in entry.goals { json.string(goal) }
                json.endArray()
                json.beginArray(key: "lines")
                for line in entry.lines { json.number(line) }
                json.endArray()
                json.endObject()
            }
            json.endArray()
            json.endObject()
            call.console.write(json.bytes)
            call.console.print()
            return .success
        }
        guard !entries.isEmpty else {
            call.console.print("No changes recorded for \(loaded.path) yet.")
            return .success
        }
        let style = Style(color: call.context.usesColor)
        if !undoable { call.console.print("\(loaded.path) has changed since the newest entry, so 'roadmap undo' would refuse.") }
        for entry in entries.reversed() {
            let lines = entry.lines.isEmpty ? "" : "  " + style.dim((entry.lines.count == 1 ? "line " : "lines ") + entry.lines.map(String.init).joined(separator: ", "))
            call.console.print("\(style.dim(Platform.localTime(entry.time)))  \(commandText(entry))\(lines)")
            for goal in entry.goals { call.console.print("    " + goal) }
        }
        return .success
    }

    /// The journal and its entries, or an error that says why there are none to read.
    static func journalEntries(for loaded: LoadedRoadmap, _ context: Context) throws(CLIError) -> (Journal, [JournalEntry]) {
        guard let journal = context.journal(for: loaded) else {
            throw .failure("no journal: neither XDG_STATE_HOME nor HOME is set")
        }
        do {
            return (journal, try journal.entries())
        } catch {
            throw .failure("cannot read the journal: \(error)")
        }
    }

    /// `roadmap check 12 --no-date`, arguments with spaces quoted.
    static func commandText(_ entry: JournalEntry) -> String {
        (["roadmap"] + entry.command.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }).joined(separator: " ")
    }
}
