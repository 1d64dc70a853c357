import RoadmapKit

/// `roadmap log`: the changes roadmap made to the file, newest first.
enum LogCommand: Command {
    static let spec = CommandSpec(
        name: "log",
        abstract: "List recent changes roadmap made to the file",
        discussion: """
        Shows the journal 'roadmap undo' reads, newest first: when, the command, the lines and the
        goals each change touched, and the files of a change that wrote several. A goal is named by
        its text and the number it had when the change was made ('Beta (goal 3 at the time)'):
        numbers shift when goals are added above it. Changes made by
        hand are not listed; if the file changed since the newest entry, undo will refuse, and this
        says so.
        """,
        options: Option.specs,
        examples: ["roadmap log", "roadmap log --json"])

    enum Option: CommandOptions {
        case json

        var spec: OptionSpec {
            switch self {
            case .json: OptionSpec(long: "json", help: "Print JSON: {file, journal, undoable, entries: [{time, local, command, goals, lines, files}]}")
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { true }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let loaded = try call.context.load()
        let (journal, entries) = try journalEntries(for: loaded, call.context)
        // What undo would do: revert an entry, find none (all undone already), or refuse.
        let found = UndoCommand.find(in: entries, journal: journal, loaded: loaded, call.context)
        let undoable = found.isUndoable
        if call.flag(.json) {
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
                for line in entry.files.first?.lines ?? [] { json.number(line) }
                json.endArray()
                json.beginArray(key: "files")
                for file in entry.files {
                    json.beginObject()
                    json.string(call.context.displayName(file.path, journal: journal, loaded: loaded), key: "file")
                    json.beginArray(key: "lines")
                    for line in file.lines { json.number(line) }
                    json.endArray()
                    json.endObject()
                }
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
        if let refusal = found.refusal {
            call.console.print(refusal.reason == .changedSince ? "\(refusal.file) has changed since the newest entry, so 'roadmap undo' would refuse."
                                                               : "'roadmap undo' would refuse: \(refusal.file): \(UndoCommand.message(refusal))")
        }
        let opened = FileSystem.canonicalPath(loaded.fullPath)
        for entry in entries.reversed() {
            // A change to this file alone: its lines on the same line; else one line per file.
            let single = entry.files.count == 1 && entry.files[0].path == opened
            let lines = single ? linesText(entry.files[0].lines).map { "  " + style.dim($0) } ?? "" : ""
            // Only when finishing it failed (see Context.finishInterruptedChanges).
            let interrupted = entry.isComplete ? "" : "  " + style.dim("(interrupted while writing)")
            call.console.print("\(style.dim(Platform.localTime(entry.time)))  \(commandText(entry))\(lines)\(interrupted)")
            if !single {
                for file in entry.files {
                    let name = call.context.displayName(file.path, journal: journal, loaded: loaded)
                    call.console.print("    " + style.dim(name + (linesText(file.lines).map { "  " + $0 } ?? "")))
                }
            }
            for goal in entry.goals { call.console.print("    " + JournaledGoal.words(goal)) }
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

    /// `line 4`, `lines 4, 9`, or nil for none.
    static func linesText(_ lines: [Int]) -> String? {
        lines.isEmpty ? nil : (lines.count == 1 ? "line " : "lines ") + lines.map(String.init).joined(separator: ", ")
    }

    /// `roadmap check 12 --no-date`, arguments with spaces quoted.
    static func commandText(_ entry: JournalEntry) -> String {
        (["roadmap"] + entry.command.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }).joined(separator: " ")
    }
}
