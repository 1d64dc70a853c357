import RoadmapKit

/// `roadmap undo`: revert the newest change in the journal.
enum UndoCommand: Command {
    static let spec = CommandSpec(
        name: "undo",
        abstract: "Revert the last change roadmap made to the file",
        discussion: """
        Puts back exactly the bytes the newest change in the journal replaced ('roadmap log' lists
        the changes), in every file that change wrote, or in none. If a file has changed since that
        change (edited by hand or by another tool), nothing is written and the reason is shown. A
        change whose files already hold what was there before it (an undo that was interrupted) is
        dropped from the journal with a note, and undo goes on to the one before. Each undo removes
        its entry from the journal, so running it again goes further back; an undo itself is not
        journalled. The journal keeps the last 50 changes to each file, in $XDG_STATE_HOME/roadmap
        (default ~/.local/state/roadmap).
        """,
        options: Option.specs,
        examples: ["roadmap undo --dry-run", "roadmap undo"])

    /// The newest entry undo would revert: its files that hold what it wrote (with their bytes now),
    /// and the newer entries found undone already; or why it refuses, and the file that says so.
    struct Found {
        var entry: JournalEntry?
        var files: [FileEdits] = []
        var undone: [JournalEntry] = []
        var refusal: (file: String, message: String, changedSince: Bool)?
    }

    enum Option: CommandOptions {
        case dryRun

        var spec: OptionSpec {
            switch self {
            case .dryRun: OptionSpec.dryRun
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let context = call.context
        let loaded = try context.load()
        let (journal, entries) = try LogCommand.journalEntries(for: loaded, context)
        let found = find(in: entries, journal: journal, loaded: loaded, context)
        if let refusal = found.refusal { throw .failure("\(refusal.file): \(refusal.message)") }
        let dryRun = call.flag(.dryRun)
        for entry in found.undone {
            call.console.print("\(describe(entry)) was undone already (its files hold what was there before it)\(dryRun ? "" : "; dropped it from the journal")")
        }
        guard let entry = found.entry else {
            if !found.undone.isEmpty && !dryRun {
                do {
                    try RoadmapStore.whileLocked(loaded.fullPath) { () throws(StorageError) in try journal.remove(found.undone) }
                } catch {
                    context.console.printError("warning: the journal still lists those changes: \(error)")
                }
            }
            throw .failure("\(loaded.path): nothing to undo; the journal has no change roadmap made to this file")
        }
        if dryRun {
            for file in found.files { call.console.write(UnifiedDiff.render(file.original, file.edits, path: file.name)) }
            return .success
        }
        // No re-applying: undo reverts the very bytes that change wrote, or nothing.
        _ = try context.commit(found.files, record: .after { _ throws(StorageError) in
            do {
                try journal.remove(found.undone + [entry])
            } catch {
                context.console.printError("warning: the change was undone, but the journal still lists it: \(error)")
            }
        })
        let names = entry.files.count > 1 ? " in " + found.files.map(\.name).joined(separator: ", ") : ""
        call.console.print("Undid \(describe(entry))\(names)" + (entry.goals.isEmpty ? "" : ": " + entry.goals.joined(separator: ", ")))
        return .success
    }

    /// Goes back from the newest entry past those undone already, to one whose every file holds
    /// what it wrote or what was there before; refuses if a file holds anything else.
    static func find(in entries: [JournalEntry], journal: Journal, loaded: LoadedRoadmap, _ context: Context) -> Found {
        var found = Found()
        for entry in entries.reversed() {
            for file in entry.files {
                let name = context.displayName(file.path, journal: journal, loaded: loaded)
                // The journal names each file by its canonical path: one that resolves elsewhere now
                // was replaced by a link (a pull can do that), and undo writes only the file it changed.
                if let now = FileSystem.canonicalPath(file.path), now != file.path {
                    found.refusal = (name, "is now a symbolic link (to \(now)); undo writes only the file \(describe(entry)) changed, so nothing was written", false)
                    return found
                }
                let bytes: [UInt8]
                do {
                    bytes = try FileSystem.readWhenNotBeingWritten(file.path)
                } catch {
                    found.refusal = (name, "\(error.message), so \(describe(entry)) cannot be undone; nothing was written", false)
                    return found
                }
                switch file.undoState(of: bytes) {
                case .revertible:
                    found.files.append(FileEdits(path: file.path, name: name, edits: file.revert, computedOn: bytes, replaying: { _ in nil }))
                case .alreadyUndone:
                    continue
                case .changedSince:
                    found.refusal = (name, "changed since roadmap's last change to it (\(describe(entry))); undoing that would lose the later edits, so nothing was written", true)
                    return found
                case .doesNotFit:
                    found.refusal = (name, "the journal entry for \(describe(entry)) does not fit the file; nothing was written", false)
                    return found
                }
            }
            if !found.files.isEmpty {
                found.entry = entry
                return found
            }
            found.undone.append(entry)
        }
        return found
    }

    /// `'roadmap check 3' of 2026-11-22 10:15`.
    static func describe(_ entry: JournalEntry) -> String {
        "'\(LogCommand.commandText(entry))' of \(Platform.localTime(entry.time))"
    }
}
