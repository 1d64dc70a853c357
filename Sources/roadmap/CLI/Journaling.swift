import RoadmapKit

/// Where the journal lives and what goes into it, for the commands that write, `undo` and `log`.
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

    /// `#12 Learn Docker` for each goal whose line an edit touches, in file order.
    func touchedGoals(_ edits: [TextEdit], in roadmap: Roadmap) -> [String] {
        let indices = Set(edits.compactMap { roadmap.goalIndex(onLineAt: $0.range.lowerBound) }).sorted()
        // Cut to a line's worth: the journal is for recognising a change, and is bounded in size.
        return indices.map { "#\($0 + 1) " + Columns.truncate(PlainText.of(roadmap.text(of: $0, withoutDoneDate: true)), to: 100) }
    }

    /// Adds a change to the journal. A journal that cannot be written costs `undo`, never the
    /// command: the file is already written, so this only warns.
    func record(_ change: FileChange, goals: [String], for loaded: LoadedRoadmap) {
        // No home to keep state in (a bare cron or service environment): no journal, and no
        // warning on every write either; `undo` and `log` say why when asked.
        guard let journal = journal(for: loaded) else { return }
        do {
            try journal.append(JournalEntry(recording: change, command: commandLine, goals: goals))
        } catch {
            console.printError("warning: \(loaded.path) was changed, but the journal was not: \(error); 'roadmap undo' cannot revert this")
        }
    }
}
