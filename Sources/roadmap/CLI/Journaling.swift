import RoadmapKit

/// Writing a command's edits, and the journal that lets `undo` revert them.
extension Context {
    /// `$XDG_STATE_HOME/roadmap`, else `$HOME/.local/state/roadmap`; nil when neither is usable.
    /// (The XDG spec says a relative `XDG_STATE_HOME` is invalid and must be ignored.)
    var stateDirectory: String? {
        if let state = environment.variable("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/roadmap" }
        if let home = environment.variable("HOME"), home.hasPrefix("/") { return home + "/.local/state/roadmap" }
        return nil
    }

    /// The journal for a roadmap, keyed by its canonical path (so two links to one file share it).
    func journal(for loaded: LoadedRoadmap) -> Journal? { journal(forPath: loaded.fullPath) }

    func journal(forPath fullPath: String) -> Journal? {
        guard let directory = stateDirectory, let canonical = FileSystem.canonicalPath(fullPath) else { return nil }
        return Journal(directory: directory, roadmap: canonical)
    }

    /// Writes the edits computed on loaded files as one change (`RoadmapStore.commit`): locked,
    /// re-read, each file re-applied only where that is unambiguous (`Roadmap.replaying`), all
    /// written or none, and one journal entry in the journal of the first file (the root of a
    /// plan, so that `undo` there reverts the whole change). `--force`, where the command has it,
    /// also writes read-only files. A file written in place (it has several hard links) is said so.
    /// - Parameter goals: the goals touched, as `log` lists them; by default `#N text` of each.
    /// - Parameter journalOwner: whose journal records the change (a plan's root, whichever of its
    ///   files the change writes); the first file's when not given.
    func save(_ files: [(loaded: LoadedRoadmap, edits: [TextEdit])], goals: [String]? = nil,
              journalOwner: LoadedRoadmap? = nil, force: Bool = false) throws(CLIError) {
        guard let owner = journalOwner ?? files.first?.loaded, !files.isEmpty else { return }
        let goals = goals ?? files.enumerated().flatMap { k, file in
            touchedGoals(file.edits, in: file.loaded.roadmap).map { file.loaded.path == owner.path ? $0 : file.loaded.path + " " + $0 }
        }
        try refuseLinksOut(of: files.map(\.loaded), folder: owner)
        let edits = files.map { file in
            FileEdits(path: file.loaded.fullPath, name: file.loaded.path, edits: file.edits, computedOn: file.loaded.roadmap.bytes,
                      replaying: { file.loaded.roadmap.replaying(file.edits, onto: $0) })
        }
        var unjournaled: (changes: [FileChange], error: StorageError)?
        let changes = try commit(edits, force: force, record: recording(goals, for: owner) { unjournaled = ($0, $1) })
        // Said once the files are written: before, the write could still fail.
        if let (changes, error) = unjournaled {
            let names = changes.map(\.name).joined(separator: ", ")
            console.printError("warning: \(names) \(changes.count == 1 ? "was" : "were") changed, but the journal was not: \(error); 'roadmap undo' cannot revert this")
        }
        for change in changes where change.writtenInPlace {
            console.print("\(change.name) has \(change.links) hard links: written in place, so every link shows the change")
        }
    }

    /// A write never goes through a symbolic link out of the root's folder
    /// (`RoadmapSession.linkOut`; the way out is to name the file itself).
    private func refuseLinksOut(of files: [LoadedRoadmap], folder root: LoadedRoadmap) throws(CLIError) {
        if let refused = session.linkOut(of: files, folderOf: root) { throw .failure(refused.message) }
    }

    /// `RoadmapStore.commit` with errors as one line naming the file, and `--force` passed on.
    func commit(_ files: [FileEdits], force: Bool = false, record: ChangeRecord) throws(CLIError) -> [FileChange] {
        do {
            return try RoadmapStore.commit(files, force: force, recording: record)
        } catch {
            throw .failure(error.description)
        }
    }

    /// `#12 Learn Docker` for each goal whose line an edit touches, in file order.
    func touchedGoals(_ edits: [TextEdit], in roadmap: Roadmap) -> [String] {
        let indices = Set(edits.compactMap { roadmap.goalIndex(onLineAt: $0.range.lowerBound) }).sorted()
        // Cut to a line's worth: the journal is for recognising a change, and is bounded in size.
        return indices.map { "#\($0 + 1) " + Columns.truncate(PlainText.of(roadmap.text(of: $0, withoutDoneDate: true)), to: 100) }
    }

    /// The change's entry in the journal of `owner`, written before its files and completed after
    /// them (`ChangeRecord.journal`). A journal that cannot be written costs `undo`, never the
    /// command: `unjournaled` is told, and the files are written. Except a file written in place,
    /// which is not safe until its old bytes are in the journal: then nothing is written.
    func recording(_ goals: [String], for owner: LoadedRoadmap,
                   unjournaled: @escaping ([FileChange], StorageError) -> Void) -> ChangeRecord {
        let refuseInPlace = { (changes: [FileChange], reason: String) throws(StorageError) in
            guard let inPlace = changes.first(where: \.writtenInPlace) else { return }
            throw StorageError(path: inPlace.name, message: "\(inPlace.name) has \(inPlace.links) hard links, so it is written in place, once the journal holds its old bytes, \(reason); nothing was written")
        }
        // No home to keep state in (a bare cron or service environment): no journal, and no
        // warning on every write either; `undo` and `log` say why when asked.
        guard let journal = journal(for: owner) else {
            return ChangeRecord(beforeWriting: { changes throws(StorageError) in
                try refuseInPlace(changes, "and there is no journal (neither XDG_STATE_HOME nor HOME is set)")
            })
        }
        let commandLine = commandLine
        return .journal(journal, entry: { JournalEntry(recording: $0, command: commandLine, goals: goals) }) { changes, error throws(StorageError) in
            try refuseInPlace(changes, "and the journal cannot be written (\(error))")
            unjournaled(changes, error)
        }
    }

    /// Finishes, before the plan is read, a change that a `roadmap` killed while writing left
    /// incomplete in the journal of the file at `fullPath` (`Journal.finishInterruptedChanges`):
    /// in commands that write (not with --dry-run), and in `undo` and `log`, which read the journal.
    /// A command that only reads writes nothing, never waits on a writer's lock, and runs where
    /// nothing may be written (a read-only checkout, a pre-commit hook).
    func finishInterruptedChanges(of fullPath: String, named path: String) {
        guard finishesInterruptedChanges, let journal = journal(forPath: fullPath) else { return }
        // A journal that cannot be read is the command's own to report (log, undo, the warning of a write).
        guard let finished = try? journal.finishInterruptedChanges() else { return }
        for change in finished {
            let what = UndoCommand.describe(change.entry)
            let name = { (canonical: String) in displayName(canonical, journal: journal, rootName: path) }
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
    /// else below the current directory, else in full.
    func displayName(_ canonical: String, journal: Journal, loaded: LoadedRoadmap) -> String {
        displayName(canonical, journal: journal, rootName: loaded.path)
    }

    func displayName(_ canonical: String, journal: Journal, rootName: String) -> String {
        if canonical == journal.roadmap { return rootName }
        let here = FileSystem.canonicalPath(environment.currentDirectory) ?? environment.currentDirectory
        return canonical.hasPrefix(here + "/") ? String(canonical.dropFirst(here.count + 1)) : canonical
    }
}
