import RoadmapKit

/// Writing a command's edits through the session (`RoadmapSession.commit`: what is written and
/// journaled), and saying what came of it.
extension Context {
    /// The journal for a roadmap (`RoadmapSession.journal(for:)`).
    func journal(for loaded: LoadedRoadmap) -> Journal? { session.journal(for: loaded) }

    /// Writes the edits computed on loaded files as one change (`RoadmapSession.commit`), then
    /// says what the person must know: the journal missed it, or a file was written in place.
    /// - Parameter goals: the goals touched, as `log` lists them; by default `#N text` of each.
    /// - Parameter journalOwner: whose journal records the change (a plan's root, whichever of its
    ///   files the change writes); the first file's when not given.
    func save(_ files: [(loaded: LoadedRoadmap, edits: [TextEdit])], goals: [String]? = nil,
              journalOwner: LoadedRoadmap? = nil, force: Bool = false) throws(CLIError) {
        // A tree's index is made from its folders, not read from a file: nothing is written to it.
        if readsTree, files.contains(where: { $0.loaded.path == treeRoot().path }) {
            throw .failure("\(treeRoot().path): with --tree, \(commandName) would write to the tree's index, which is made from its folders and is no file; nothing was written (name the file with -f FILE, without --tree)")
        }
        let outcome: CommitOutcome
        do {
            outcome = try session.commit(files, goals: goals, journalOwner: journalOwner, commandLine: commandLine, force: force,
                                         truncating: Columns.truncate)
        } catch {
            throw .failure(withoutForce(error.message))
        }
        // Said once the files are written: before, the write could still fail.
        if let unjournaled = outcome.unjournaled {
            let changes = unjournaled.changes
            let names = changes.map(\.name).joined(separator: ", ")
            console.printError("warning: \(names) \(changes.count == 1 ? "was" : "were") changed, but the journal was not: \(unjournaled.error); 'roadmap undo' cannot revert this")
        }
        for change in outcome.changes where change.writtenInPlace {
            console.print("\(change.name) has \(change.links) hard links: written in place, so every link shows the change")
        }
    }

    /// `RoadmapStore.commit` with errors as one line naming the file (undo's own change).
    func commit(_ files: [FileEdits], force: Bool = false, record: ChangeRecord) throws(CLIError) -> [FileChange] {
        do {
            return try RoadmapStore.commit(files, force: force, recording: record)
        } catch {
            throw .failure(withoutForce(error.description))
        }
    }

    /// The read-only refusal as this command can act on it: a command without `--force` (`lint
    /// --fix`, `adopt`, `undo`) names what works instead of an option it would reject.
    private func withoutForce(_ message: String) -> String {
        let hint = "; use --force to write anyway"
        guard message.hasSuffix(hint), let spec = RoadmapCLI.specs.first(where: { $0.name == commandName }),
              !spec.options.contains(where: { $0.long == "force" }) else { return message }
        let name = message.dropLast(hint.count).dropLast(": is read-only".count)
        return "\(name): is read-only; make it writable first (chmod u+w \(TrackingText.quoted(String(name))))"
    }

    /// Finishes, before the plan is read, a change that a `roadmap` killed while writing left
    /// incomplete in the journal of the file at `fullPath` (`Journal.finishInterruptedChanges`):
    /// in commands that write (not with --dry-run), and in `undo` and `log`, which read the journal.
    /// A command that only reads writes nothing, never waits on a writer's lock, and runs where
    /// nothing may be written (a read-only checkout, a pre-commit hook).
    func finishInterruptedChanges(of fullPath: String, named path: String) {
        guard finishesInterruptedChanges, let journal = session.journal(forPath: fullPath) else { return }
        // A journal that cannot be read is the command's own to report (log, undo, the warning of a write).
        guard let finished = try? journal.finishInterruptedChanges() else { return }
        for change in finished {
            let what = UndoCommand.describe(change.entry)
            let name = { (canonical: String) in displayName(canonical, named: fullPath, as: path) }
            switch change.outcome {
            case .completed:
                console.printError("note: \(what) was interrupted after writing all its files; the journal now holds it ('roadmap undo' reverts it)")
            case .notWritten:
                console.printError("note: \(what) was interrupted before writing any file; dropped it from the journal")
            case let .putBack(paths):
                let names = paths.map(name).joined(separator: ", ")
                console.printError("note: \(what) was interrupted after writing \(names) of its \(change.entry.files.count) files; put \(paths.count == 1 ? "it" : "them") back, so that no file has that change (run it again)")
            case let .keptAsFound(file, reason):
                console.printError("warning: \(what) was interrupted, and \(name(file)) holds neither what was there before it nor what it wrote (\(reason)); left every file as it is")
            case let .notFinished(reason):
                console.printError("warning: \(what) was interrupted, and cannot be finished now: \(reason)")
            }
        }
    }

    /// How a file a journal names is shown: as the person named it if it is the file they named,
    /// else from the current directory (`../roadmap.md`, `RelativePath.from`).
    func displayName(_ canonical: String, journal: Journal, loaded: LoadedRoadmap) -> String {
        displayName(canonical, named: loaded.fullPath, as: loaded.path)
    }

    /// As `displayName(_:journal:loaded:)`, the file the person named being at `fullPath`.
    func displayName(_ canonical: String, named fullPath: String, as name: String) -> String {
        if canonical == FileSystem.canonicalPath(fullPath) { return name }
        let here = FileSystem.canonicalPath(environment.currentDirectory) ?? environment.currentDirectory
        return RelativePath.from(here, to: canonical)
    }
}
