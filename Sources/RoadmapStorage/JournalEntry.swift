/// One change `roadmap` made, to one file or several at once, as the journal keeps it: enough to
/// list it (`roadmap log`) and to revert it (`roadmap undo`) without keeping a copy of the files.
public struct JournalEntry: Equatable, Sendable {
    /// Seconds since 1970 (UTC).
    public var time: Int
    /// The command line, arguments as given (`["check", "12", "--no-date"]`).
    public var command: [String]
    /// The goals the change touched, for display (`#12 Learn Docker`).
    public var goals: [String]
    /// The files it wrote, in the order of the change. The journal it is in is the first file's
    /// (the root of a plan, for a change across a plan's files).
    public var files: [File]
    /// False from before the change's first file is replaced (or its new version written beside
    /// it) until after the last one is: an entry found incomplete while no `roadmap` holds its
    /// files' locks was left by one that was killed, and the next command finishes it
    /// (`Journal.finishInterruptedChanges`).
    public var isComplete = true

    /// One file of a change.
    public struct File: Equatable, Sendable {
        /// The file's canonical path.
        public var path: String
        /// The lines the change touched, 1-based, in the file as it was before.
        public var lines: [Int]
        /// `ContentHash` of the whole file before and after the change: undo reverts only the very
        /// bytes this change wrote, and checks that reverting gives back the very bytes it replaced.
        package var beforeHash: String
        package var afterHash: String
        /// Edits that turn the file after back into the file before.
        public var revert: [TextEdit]

        /// One file's part of an entry, as decoded or recorded.
        public init(path: String, lines: [Int], beforeHash: String, afterHash: String, revert: [TextEdit]) {
            (self.path, self.lines, self.beforeHash, self.afterHash, self.revert) = (path, lines, beforeHash, afterHash, revert)
        }

        /// Whether `revert` fits `bytes` (in range, in order, not overlapping): a damaged or foreign
        /// entry must never be applied.
        package func revertFits(_ bytes: [UInt8]) -> Bool {
            var end = 0
            for edit in revert.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                guard edit.range.lowerBound >= end, edit.range.upperBound <= bytes.count else { return false }
                end = edit.range.upperBound
            }
            return true
        }
    }

    /// An entry from its parts; `isComplete` is false for one recorded before its files were written.
    public init(time: Int, command: [String], goals: [String], files: [File], isComplete: Bool = true) {
        (self.time, self.command, self.goals, self.files, self.isComplete) = (time, command, goals, files, isComplete)
    }

    /// The same change, complete or not.
    func isSameChange(as other: JournalEntry) -> Bool {
        time == other.time && command == other.command && goals == other.goals && files == other.files
    }

    /// A change to one file (`path`: its canonical path).
    public init(time: Int, command: [String], goals: [String], lines: [Int], beforeHash: String, afterHash: String,
                revert: [TextEdit], path: String = "") {
        self.init(time: time, command: command, goals: goals,
                  files: [File(path: path, lines: lines, beforeHash: beforeHash, afterHash: afterHash, revert: revert)])
    }

    /// The entry for a change just written (`RoadmapStore.commit`'s result), stamped with the
    /// current time.
    public init(recording changes: [FileChange], command: [String], goals: [String]) {
        self.init(time: Int(currentTime()), command: command, goals: goals, files: changes.map { change in
            File(path: change.canonicalPath, lines: JournalEntry.lineNumbers(of: change.edits.map(\.range.lowerBound), in: change.before),
                 beforeHash: ContentHash.of(change.before), afterHash: ContentHash.of(change.after),
                 revert: change.edits.inverted(on: change.before))
        })
    }

    /// The entry that records one file's change.
    public init(recording change: FileChange, command: [String], goals: [String]) {
        self.init(recording: [change], command: command, goals: goals)
    }
}
