/// What `roadmap undo` would revert, found by going back through a roadmap's journal: the newest
/// entry whose every file holds what it wrote, past the newer ones whose files hold what was there
/// before them (undone already); or why it refuses, at the first file that holds anything else.
/// `log` shows the same answer, and an editor could offer or grey out an undo by it.
public struct UndoTarget {
    /// Why undo refuses to revert an entry.
    public enum Reason: Equatable, Sendable {
        /// The path the journal recorded now resolves elsewhere (it was replaced by a link,
        /// which a pull can do); undo writes only the file the change wrote.
        case becameLink(String)
        /// The file cannot be read now.
        case unreadable(StorageError)
        /// Something else changed the file since: undoing would lose that.
        case changedSince
        /// The entry does not revert what the file holds (a damaged journal).
        case doesNotFit
    }

    /// A refusal: the file (as named), the entry it stops, and why.
    public struct Refusal: Sendable {
        /// The file that refuses, named as the `naming` function gave it.
        public let file: String
        /// The entry that cannot be undone.
        public let entry: JournalEntry
        /// Why not.
        public let reason: Reason
    }

    /// The entry to revert; nil when there is none (or a refusal).
    public private(set) var entry: JournalEntry?
    /// The reverts of `entry`'s files, each computed on the bytes the file holds now.
    public private(set) var files: [FileEdits] = []
    /// Newer entries found undone already, newest first: a finished undo drops them too.
    public private(set) var undone: [JournalEntry] = []
    /// Why undo refuses; nil when it does not.
    public private(set) var refusal: Refusal?

    /// Whether there is an entry to revert and nothing refuses.
    public var isUndoable: Bool { refusal == nil && entry != nil }

    /// Searches `entries` (oldest first, as the journal lists them) from the newest, reading each
    /// file the entry wrote; `naming` turns a journal's canonical path into the name to show.
    public init(_ entries: [JournalEntry], naming: (String) -> String) {
        for entry in entries.reversed() {
            for file in entry.files {
                let name = naming(file.path)
                if let now = FileSystem.canonicalPath(file.path), now != file.path {
                    refusal = Refusal(file: name, entry: entry, reason: .becameLink(now))
                    return
                }
                let bytes: [UInt8]
                do {
                    bytes = try FileSystem.readWhenNotBeingWritten(file.path)
                } catch {
                    refusal = Refusal(file: name, entry: entry, reason: .unreadable(error))
                    return
                }
                switch file.undoState(of: bytes) {
                case .revertible:
                    // No re-applying: undo reverts the very bytes that change wrote, or nothing.
                    files.append(FileEdits(path: file.path, name: name, edits: file.revert, computedOn: bytes, replaying: { _ in nil }))
                case .alreadyUndone:
                    continue
                case .changedSince:
                    refusal = Refusal(file: name, entry: entry, reason: .changedSince)
                    return
                case .doesNotFit:
                    refusal = Refusal(file: name, entry: entry, reason: .doesNotFit)
                    return
                }
            }
            if !files.isEmpty {
                self.entry = entry
                return
            }
            undone.append(entry)
        }
    }
}
