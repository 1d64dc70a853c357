/// The recent changes `roadmap` made to one file, for `roadmap log` and `roadmap undo`.
///
/// It lives in the XDG state directory (`$XDG_STATE_HOME/roadmap/journal/`, by default
/// `~/.local/state/roadmap/journal/`), one file per roadmap, named after the roadmap and a hash of
/// its canonical path. Not beside the roadmap: that directory is usually a git repository the
/// journal would clutter, may be shared or read-only, and the journal holds old text people may
/// have meant to delete. Moving the roadmap starts a new journal; the hashes in each entry make
/// sure an old one is never applied to a file it does not belong to.
///
/// Bounded: the newest `maximumEntries` entries and at most `maximumBytes`. Written by the same
/// atomic rename as the roadmap, while the roadmap's lock is held, so entries are in file order.
///
/// Its first line names the roadmap, escaped as fields are (`JournalCoding`), so that a path with
/// a line break in it is one line; journals of 0.2 and before have it as it is, after a `1`.
public struct Journal: Sendable {
    public static let maximumEntries = 50
    public static let maximumBytes = 1 << 20
    private static let header = Array("# roadmap journal 2\t".utf8)
    private static let headerVersion1 = Array("# roadmap journal 1\t".utf8)

    /// The journal file.
    public let path: String
    /// The canonical path of the roadmap it is for.
    public let roadmap: String

    /// - Parameters:
    ///   - directory: the state directory (`…/roadmap`).
    ///   - roadmap: the roadmap's canonical path (`FileSystem.canonicalPath`).
    public init(directory: String, roadmap: String) {
        self.roadmap = roadmap
        let name = FileSystem.baseName(of: roadmap).map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        path = directory + "/journal/" + String(name.prefix(64)) + "-" + SHA256.hex(Array(roadmap.utf8)).prefix(16) + ".journal"
    }

    /// The entries, oldest first; none if the journal does not exist yet or belongs to another path.
    public func entries() throws(StorageError) -> [JournalEntry] {
        guard FileSystem.exists(path) else { return [] }
        let bytes = try FileSystem.read(path)
        var entries: [JournalEntry] = []
        for line in bytes.split(separator: ASCII.lf) {
            // A hash collision or a renamed file: not this roadmap's journal.
            if line.starts(with: Journal.header) {
                guard JournalCoding.unescape(line.dropFirst(Journal.header.count)) == Array(roadmap.utf8) else { return [] }
                continue
            }
            if line.starts(with: Journal.headerVersion1) {
                guard line.dropFirst(Journal.headerVersion1.count).elementsEqual(roadmap.utf8) else { return [] }
                continue
            }
            if let entry = JournalEntry(decoding: line, roadmap: roadmap) { entries.append(entry) }
        }
        return entries
    }

    public func append(_ entry: JournalEntry) throws(StorageError) {
        guard entry.encoded.count <= Journal.maximumBytes else {
            throw StorageError(path: path, message: "the change is too large for it (over 1 MiB)")
        }
        try rewrite(((try? entries()) ?? []) + [entry])
    }

    /// Removes the newest entry equal to `entry` (after `undo`); false if there is none.
    @discardableResult
    public func remove(_ entry: JournalEntry) throws(StorageError) -> Bool {
        try remove([entry]) == 1
    }

    /// Removes the newest entry equal to each of `entries`; how many it found.
    @discardableResult
    public func remove(_ removed: [JournalEntry]) throws(StorageError) -> Int {
        var all = try entries()
        var found = 0
        for entry in removed {
            guard let index = all.lastIndex(of: entry) else { continue }
            all.remove(at: index)
            found += 1
        }
        if found > 0 { try rewrite(all) }
        return found
    }

    private func rewrite(_ entries: [JournalEntry]) throws(StorageError) {
        var lines = entries.suffix(Journal.maximumEntries).map(\.encoded)
        var size = lines.reduce(0) { $0 + $1.count }
        while size > Journal.maximumBytes, !lines.isEmpty { size -= lines.removeFirst().count }
        var bytes = Journal.header + JournalCoding.escape(Array(roadmap.utf8)) + [ASCII.lf]
        for line in lines { bytes += line }
        try FileSystem.createPrivateDirectories(FileSystem.parentDirectory(of: path))
        FileSystem.removeLeftoverTemporaries(beside: path)
        try FileSystem.write(bytes, to: path, permissions: 0o600)
    }
}
