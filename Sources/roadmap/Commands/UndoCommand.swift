import RoadmapKit

/// `roadmap undo`: revert the newest change in the journal.
enum UndoCommand: Command {
    static let spec = CommandSpec(
        name: "undo",
        abstract: "Revert the last change roadmap made to the file",
        discussion: """
        Puts back exactly the bytes the newest change in the journal replaced ('roadmap log' lists
        the changes). If the file has changed since that change (edited by hand or by another tool),
        nothing is written and the reason is shown. Each undo removes its entry from the journal, so
        running it again goes further back; an undo itself is not journalled.
        The journal keeps the last 50 changes to each file, in $XDG_STATE_HOME/roadmap
        (default ~/.local/state/roadmap).
        """,
        options: [OptionSpec(long: "dry-run", help: "Print the change as a unified diff and write nothing")],
        examples: ["roadmap undo --dry-run", "roadmap undo"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        let context = call.context
        let loaded = try context.load()
        let (journal, entries) = try LogCommand.journalEntries(for: loaded, context)
        guard let last = entries.last else {
            throw .failure("\(loaded.path): nothing to undo; the journal has no change roadmap made to this file")
        }
        let bytes = loaded.roadmap.bytes
        let what = "'\(LogCommand.commandText(last))' of \(Platform.localTime(last.time))"
        guard ContentHash.matches(bytes, last.afterHash) else {
            throw .failure("\(loaded.path): changed since roadmap's last change to it (\(what)); undoing that would lose the later edits, so nothing was written")
        }
        guard last.revertFits(bytes), ContentHash.matches(last.revert.applied(to: bytes), last.beforeHash) else {
            throw .failure("\(loaded.path): the journal entry for \(what) does not fit the file; nothing was written")
        }
        if call.arguments.flag("dry-run") {
            call.console.write(UnifiedDiff.render(bytes, last.revert, path: loaded.path))
            return .success
        }
        // No re-applying: undo reverts the very bytes that change wrote, or nothing.
        try context.commit(last.revert, for: loaded, replaying: { _ in nil }) { _ in
            do {
                try journal.remove(last)
            } catch {
                context.console.printError("warning: the change was undone, but the journal still lists it: \(error)")
            }
        }
        call.console.print("Undid \(what)" + (last.goals.isEmpty ? "" : ": " + last.goals.joined(separator: ", ")))
        return .success
    }
}
