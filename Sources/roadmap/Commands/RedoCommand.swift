import RoadmapKit

/// `roadmap redo`: re-apply what `undo` took back (issue 25).
enum RedoCommand: Command {
    static let spec = CommandSpec(
        name: "redo",
        abstract: "Re-apply the change the last undo took back",
        discussion: """
        Writes again exactly the bytes 'roadmap undo' took back, in every file of that change, or in
        none: the newest undo first, then the one before. If a file has changed since the undo,
        nothing is written and the reason is shown, as undo does. Any other change to the plan ends
        what can be redone, as in an editor. A redone change is back in the journal: undo takes it
        back again.
        """,
        options: Option.specs,
        examples: ["roadmap redo --dry-run", "roadmap redo"])

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
        let (journal, _) = try LogCommand.journalEntries(for: loaded, context)
        let undone = journal.undone
        let entries: [JournalEntry]
        do { entries = try undone.entries() } catch { throw .failure("cannot read what undo took back: \(error)") }
        // The undo's own changes, searched as undo searches its journal: a file that holds what
        // the undo wrote is redone; one that holds what was there before it is redone already.
        let found = UndoCommand.find(in: entries, journal: journal, loaded: loaded, context)
        if let refusal = found.refusal { throw .failure("\(refusal.file): \(message(refusal))") }
        guard let entry = found.entry else {
            if !found.undone.isEmpty && !call.flag(.dryRun) { _ = try? undone.remove(found.undone) }
            throw .failure("\(loaded.path): nothing to redo; 'roadmap undo' has taken nothing back since the last change")
        }
        if call.flag(.dryRun) {
            for file in found.files { call.console.write(UnifiedDiff.render(file.original, file.edits, path: file.name)) }
            return .success
        }
        _ = try context.commit(found.files, record: .after { changes throws(StorageError) in
            _ = try? undone.remove(found.undone + [entry])
            var redone = JournalEntry(recording: changes, command: entry.command, goals: entry.goals)
            redone.time = entry.time
            do {
                try journal.append(redone)
            } catch {
                context.console.printError("warning: the change was redone, but the journal does not hold it: 'roadmap undo' cannot revert it: \(error)")
            }
        })
        UndoCommand.echo("Redid", entry, found, context)
        return .success
    }

    /// Why redo refuses, in words.
    static func message(_ refusal: UndoTarget.Refusal) -> String {
        let change = UndoCommand.describe(refusal.entry)
        switch refusal.reason {
        case .changedSince:
            return "changed since 'roadmap undo' took back \(change); redoing it would lose the later edits, so nothing was written"
        default:
            return UndoCommand.message(refusal)
        }
    }
}
