/// Committing a change: which files are written, through which checks, and what the journal
/// records so that `undo` can revert it. The front end says what came of it (`CommitOutcome`);
/// a language server, which sends edits to the editor instead, never calls this.
extension RoadmapSession {
    /// `$XDG_STATE_HOME/roadmap`, else `$HOME/.local/state/roadmap`; nil when neither is usable.
    /// (The XDG spec says a relative `XDG_STATE_HOME` is invalid and must be ignored.)
    public var stateDirectory: String? {
        if let state = variable("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/roadmap" }
        if let home = variable("HOME"), home.hasPrefix("/") { return home + "/.local/state/roadmap" }
        return nil
    }

    /// The journal of the plan a roadmap belongs to (`journal(forPath:)`).
    public func journal(for loaded: LoadedRoadmap) -> Journal? { journal(forPath: loaded.fullPath) }

    /// The journal of the plan the roadmap at `fullPath` belongs to, keyed by the canonical path of
    /// the plan's root (`planRoot`): a linked file opened alone writes and reads its plan's journal,
    /// so undo goes back through every change to the plan in order (issue 25); two links to one
    /// file share it. Nil when there is no state directory or no file.
    public func journal(forPath fullPath: String) -> Journal? {
        guard let directory = stateDirectory, let root = planRoot(ofFullPath: fullPath) else { return nil }
        return Journal(directory: directory, roadmap: root)
    }

    /// Commits the edits of each file of `plan` (one list per file; files without edits are not
    /// touched) as one change, journaled in the root's journal (`commit(_:goals:journalOwner:commandLine:force:)`).
    public func commit(_ edits: [[TextEdit]], in plan: Plan, commandLine: [String], force: Bool = false,
                       truncating truncate: (String, Int) -> String = Self.truncate) throws(SessionError) -> CommitOutcome {
        let files = edits.enumerated().filter { !$0.element.isEmpty }.map { (loaded: loaded(plan, file: $0.offset), edits: $0.element) }
        return try commit(files, journalOwner: loaded(plan, file: 0), commandLine: commandLine, force: force, truncating: truncate)
    }

    /// Writes the edits computed on loaded files as one change (`RoadmapStore.commit`): locked,
    /// re-read, each file re-applied only where that is unambiguous (`Roadmap.replaying`), all
    /// written or none, and one journal entry in the journal of `journalOwner` (the root of a plan,
    /// so that `undo` there reverts the whole change; the first file's when not given). Never
    /// through a symbolic link out of the owner's folder (`linkOut`). `force` also writes
    /// read-only files.
    /// - Parameter goals: the goals touched, as `log` lists them; by default `#N text` of each
    ///   (`touchedGoals`), prefixed with its file's path outside the owner.
    /// - Parameter commandLine: what the journal says made the change.
    /// - Parameter truncate: cuts a goal's text to a number of columns, as the front end counts
    ///   them (a terminal's wide characters take two); by Characters when not given.
    public func commit(_ files: [(loaded: LoadedRoadmap, edits: [TextEdit])], goals: [String]? = nil, journalOwner: LoadedRoadmap? = nil,
                       commandLine: [String], force: Bool = false,
                       truncating truncate: (String, Int) -> String = Self.truncate) throws(SessionError) -> CommitOutcome {
        guard let owner = journalOwner ?? files.first?.loaded, !files.isEmpty else { return CommitOutcome(changes: [], unjournaled: nil) }
        let goals = goals ?? files.flatMap { file in
            Self.touchedGoals(file.edits, in: file.loaded.roadmap, truncating: truncate).map { file.loaded.path == owner.path ? $0 : file.loaded.path + " " + $0 }
        }
        if let refused = linkOut(of: files.map(\.loaded), folderOf: owner) { throw refused }
        let edits = files.map { file in
            FileEdits(path: file.loaded.fullPath, name: file.loaded.path, edits: file.edits, computedOn: file.loaded.roadmap.bytes,
                      replaying: { file.loaded.roadmap.replaying(file.edits, onto: $0) })
        }
        var unjournaled: CommitOutcome.Unjournaled?
        let journal = journal(for: owner)
        let record = recording(goals, in: journal, commandLine: commandLine) { unjournaled = CommitOutcome.Unjournaled(changes: $0, error: $1) }
        do {
            let changes = try RoadmapStore.commit(edits, force: force, recording: record)
            // A new change ends what redo could re-apply; if that fails, redo still refuses a
            // file changed since, so nothing is lost.
            try? journal?.forgetUndone()
            return CommitOutcome(changes: changes, unjournaled: unjournaled)
        } catch {
            throw SessionError(error.description)
        }
    }

    /// How long a goal's text in a journal entry may be, in columns: a line's worth, since the
    /// journal is for recognising a change, and is bounded in size.
    public static let journaledGoalWidth = 100

    /// `#12 Learn Docker` for each goal whose line an edit touches, in file order, its text cut
    /// to `journaledGoalWidth` by `truncate`: the goal by its text and the number it had when the
    /// change was made (issue 25, item 6), which `log` and `undo` say as such (`JournaledGoal`).
    /// A change that adds or removes lines (`add`, a recurring goal's next occurrence) names the
    /// goals as it left them: the goal `add` wrote, not the one that stood in its place before;
    /// a goal it removed, as it was.
    public static func touchedGoals(_ edits: [TextEdit], in roadmap: Roadmap,
                                    truncating truncate: (String, Int) -> String = Self.truncate) -> [String] {
        func name(_ r: Roadmap, _ i: Int) -> String {
            "#\(i + 1) " + truncate(PlainText.of(r.text(of: i, withoutDoneDate: true)), journaledGoalWidth)
        }
        let bytes = roadmap.bytes
        let movesLines = edits.contains { edit in
            edit.replacement.contains(ASCII.lf) || (edit.range.upperBound <= bytes.count && bytes[edit.range].contains(ASCII.lf))
        }
        guard movesLines else {
            return Set(edits.compactMap { roadmap.goalIndex(onLineAt: $0.range.lowerBound) }).sorted().map { name(roadmap, $0) }
        }
        let after = Roadmap(parsing: edits.applied(to: bytes))
        var kept = Set<Int>(), removed = Set<Int>()
        var shift = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let start = edit.range.lowerBound + shift
            // Where each line the edit wrote begins, in the bytes after it; a replacement that
            // begins with a line break adds lines after the one it is on, which it leaves alone.
            // A deletion of whole lines leaves nothing of its own to name but what it removed.
            let removesLines = edit.replacement.isEmpty && bytes[edit.range].contains(ASCII.lf)
            var offsets = edit.replacement.first == ASCII.lf || removesLines ? [] : [start]
            for (k, byte) in edit.replacement.enumerated() where byte == ASCII.lf && k + 1 < edit.replacement.count {
                offsets.append(start + k + 1)
            }
            for offset in offsets { if let goal = after.goalIndex(onLineAt: offset) { kept.insert(goal) } }
            // Goals whose first line the edit took out entirely.
            var index = roadmap.goalIndex(onLineAt: edit.range.lowerBound).map { roadmap.goals[$0].lineRange.lowerBound < edit.range.lowerBound ? $0 + 1 : $0 }
                ?? roadmap.goals.firstIndex { $0.lineRange.lowerBound >= edit.range.lowerBound } ?? roadmap.goals.count
            while index < roadmap.goals.count, roadmap.goals[index].lineRange.lowerBound < edit.range.upperBound {
                if roadmap.goals[index].lineRange.upperBound < edit.range.upperBound { removed.insert(index) }
                index += 1
            }
            shift += edit.replacement.count - edit.range.count
        }
        return kept.sorted().map { name(after, $0) } + removed.sorted().map { name(roadmap, $0) }
    }

    /// `text` cut to `limit` Characters, with `…` when cut: for a front end that does not count
    /// a terminal's columns.
    public static func truncate(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        return limit < 1 ? "" : String(text.prefix(limit - 1)) + "…"
    }

    /// The change's entry in `journal` (the plan's), written before its files and completed after
    /// them (`ChangeRecord.journal`). A journal that cannot be written costs `undo`, never the
    /// change: `unjournaled` is told, and the files are written. Except a file written in place,
    /// which is not safe until its old bytes are in the journal: then nothing is written.
    func recording(_ goals: [String], in journal: Journal?, commandLine: [String],
                   unjournaled: @escaping ([FileChange], StorageError) -> Void) -> ChangeRecord {
        let refuseInPlace = { (changes: [FileChange], reason: String) throws(StorageError) in
            guard let inPlace = changes.first(where: \.writtenInPlace) else { return }
            throw StorageError(path: inPlace.name, message: "\(inPlace.name) has \(inPlace.links) hard links, so it is written in place, once the journal holds its old bytes, \(reason); nothing was written")
        }
        // No home to keep state in (a bare cron or service environment): no journal, and no
        // warning on every write either; `undo` and `log` say why when asked.
        guard let journal else {
            return ChangeRecord(beforeWriting: { changes throws(StorageError) in
                try refuseInPlace(changes, "and there is no journal (neither XDG_STATE_HOME nor HOME is set)")
            })
        }
        return .journal(journal, entry: { JournalEntry(recording: $0, command: commandLine, goals: goals) }) { changes, error throws(StorageError) in
            try refuseInPlace(changes, "and the journal cannot be written (\(error))")
            unjournaled(changes, error)
        }
    }
}

/// What a commit did, for the front end to say: the files written, and whether the journal
/// missed the change (then `undo` cannot revert it).
public struct CommitOutcome: Sendable {
    /// Files written, but the journal not: which, and why.
    public struct Unjournaled: Sendable {
        /// The files written.
        public let changes: [FileChange]
        /// Why the journal could not be written.
        public let error: StorageError
    }

    /// Each file written, in order (`FileChange.writtenInPlace` when it has several hard links).
    public let changes: [FileChange]
    /// Set when the files were written and the journal was not.
    public let unjournaled: Unjournaled?
}
