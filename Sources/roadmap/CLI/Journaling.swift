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
    func journal(for loaded: LoadedRoadmap) -> Journal? {
        guard let directory = stateDirectory, let canonical = FileSystem.canonicalPath(loaded.fullPath) else { return nil }
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
        let edits = files.map { file in
            FileEdits(path: file.loaded.fullPath, name: file.loaded.path, edits: file.edits, computedOn: file.loaded.roadmap.bytes,
                      replaying: { file.loaded.roadmap.replaying(file.edits, onto: $0) })
        }
        let changes = try commit(edits, force: force) { changes throws(StorageError) in try record(changes, goals: goals, for: owner) }
        for change in changes where change.writtenInPlace {
            console.print("\(change.name) has \(change.links) hard links: written in place, so every link shows the change")
        }
    }

    /// `RoadmapStore.commit` with errors as one line naming the file, and `--force` passed on.
    func commit(_ files: [FileEdits], force: Bool = false, record: ([FileChange]) throws(StorageError) -> Void) throws(CLIError) -> [FileChange] {
        do {
            return try RoadmapStore.commit(files, force: force, record: record)
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

    /// Adds a change to the journal of `owner`. A journal that cannot be written costs `undo`,
    /// never the command: the files are already written, so this only warns. Except before a file
    /// is written in place, which is not safe until its old bytes are in the journal: then it
    /// throws, and nothing is written.
    func record(_ changes: [FileChange], goals: [String], for owner: LoadedRoadmap) throws(StorageError) {
        let inPlace = changes.first { $0.writtenInPlace }
        let why = inPlace.map { "\($0.name) has \($0.links) hard links, so it is written in place, once the journal holds its old bytes" }
        // No home to keep state in (a bare cron or service environment): no journal, and no
        // warning on every write either; `undo` and `log` say why when asked.
        guard let journal = journal(for: owner) else {
            if let why, let inPlace { throw StorageError(path: inPlace.name, message: "\(why), and there is no journal (neither XDG_STATE_HOME nor HOME is set); nothing was written") }
            return
        }
        do {
            try journal.append(JournalEntry(recording: changes, command: commandLine, goals: goals))
        } catch {
            if let why, let inPlace { throw StorageError(path: inPlace.name, message: "\(why), and the journal cannot be written (\(error)); nothing was written") }
            let names = changes.map(\.name).joined(separator: ", ")
            console.printError("warning: \(names) \(changes.count == 1 ? "was" : "were") changed, but the journal was not: \(error); 'roadmap undo' cannot revert this")
        }
    }

    /// How a file a journal names is shown: as the person named it if it is the file they named,
    /// else below the current directory, else in full.
    func displayName(_ canonical: String, journal: Journal, loaded: LoadedRoadmap) -> String {
        if canonical == journal.roadmap { return loaded.path }
        let here = FileSystem.canonicalPath(environment.currentDirectory) ?? environment.currentDirectory
        return canonical.hasPrefix(here + "/") ? String(canonical.dropFirst(here.count + 1)) : canonical
    }
}
