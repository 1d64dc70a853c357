import RoadmapKit

/// `roadmap undo`: revert the newest change in the journal.
enum UndoCommand: Command {
    static let spec = CommandSpec(
        name: "undo",
        abstract: "Revert the last change roadmap made to the plan",
        discussion: """
        Puts back exactly the bytes the newest change in the journal replaced ('roadmap log' lists
        the changes), in every file that change wrote, or in none. If a file has changed since that
        change (edited by hand or by another tool), nothing is written and the reason is shown. A
        change whose files already hold what was there before it (an undo that was interrupted) is
        dropped from the journal with a note, and undo goes on to the one before. Each undo removes
        its entry from the journal, so running it again goes further back; 'roadmap redo' re-applies
        what undo took back. A plan across files has one journal, its root's: a change to any of
        its files, however the file was opened, is undone from any of them, newest first. The
        journal keeps the last 50 changes to each plan, in $XDG_STATE_HOME/roadmap (default
        ~/.local/state/roadmap).
        """,
        options: Option.specs,
        examples: ["roadmap undo --dry-run", "roadmap undo"])

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
        if let refusal = found.refusal { throw .failure("\(refusal.file): \(message(refusal))") }
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
        // No re-applying: the reverts fit the very bytes that change wrote (UndoTarget), or nothing is written.
        _ = try context.commit(found.files, record: .after { changes throws(StorageError) in
            do {
                try journal.remove(found.undone + [entry])
            } catch {
                context.console.printError("warning: the change was undone, but the journal still lists it: \(error)")
            }
            // What redo re-applies: this undo's own change, named as the change it took back.
            var undoing = JournalEntry(recording: changes, command: entry.command, goals: entry.goals)
            undoing.time = entry.time
            do {
                try journal.undone.append(undoing)
            } catch {
                context.console.printError("warning: the change was undone, but 'roadmap redo' cannot re-apply it: \(error)")
            }
        })
        UndoCommand.echo("Undid", entry, found, context)
        return .success
    }

    /// What undo would revert (`UndoTarget`), its files named as the person sees them.
    static func find(in entries: [JournalEntry], journal: Journal, loaded: LoadedRoadmap, _ context: Context) -> UndoTarget {
        UndoTarget(entries) { context.displayName($0, journal: journal, loaded: loaded) }
    }

    /// Why undo refuses, in words: `changed since roadmap's last change to it (...); ...`.
    static func message(_ refusal: UndoTarget.Refusal) -> String {
        let change = describe(refusal.entry)
        switch refusal.reason {
        case let .becameLink(now):
            return "is now a symbolic link (to \(now)); undo writes only the file \(change) changed, so nothing was written"
        case let .unreadable(error):
            return "\(error.message), so \(change) cannot be undone; nothing was written"
        case .changedSince:
            return "changed since roadmap's last change to it (\(change)); undoing that would lose the later edits, so nothing was written"
        case .doesNotFit:
            return "the journal entry for \(change) does not fit the file; nothing was written"
        }
    }

    /// `Undid 'roadmap check 3' of … in a.md, b.md: #3 Learn Git`, the goals' texts cut to the
    /// terminal's width as check's echo is (a long goal wrapped); redo words its line the same way.
    static func echo(_ verb: String, _ entry: JournalEntry, _ found: UndoTarget, _ context: Context) {
        let names = entry.files.count > 1 ? " in " + found.files.map(\.name).joined(separator: ", ") : ""
        let line = "\(verb) \(describe(entry))\(names)"
        if entry.goals.isEmpty { context.console.print(line) } else { context.console.print(line + ":", cutting: entry.goals.map(JournaledGoal.words).joined(separator: ", "),
                                                                                    to: context.echoWidth) }
    }

    /// `'roadmap check 3' of 2026-11-22 10:15`.
    static func describe(_ entry: JournalEntry) -> String {
        "'\(LogCommand.commandText(entry))' of \(Platform.localTime(entry.time))"
    }
}
