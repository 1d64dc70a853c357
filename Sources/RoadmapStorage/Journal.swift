#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The recent changes `roadmap` made to one file, for `roadmap log` and `roadmap undo`.
///
/// It lives in the XDG state directory (`$XDG_STATE_HOME/roadmap/journal/`, by default
/// `~/.local/state/roadmap/journal/`), one file per roadmap, named after the roadmap and a hash of
/// its canonical path. Not beside the roadmap: that directory is usually a git repository the
/// journal would clutter, may be shared or read-only, and the journal holds old text people may
/// have meant to delete. Moving the roadmap starts a new journal; the hashes in each entry make
/// sure an old one is never applied to a file it does not belong to.
///
/// Bounded: the newest `maximumEntries` entries and at most `maximumBytes`. An entry is appended
/// in place and flushed (`appendInPlace`); other changes, and an append the file cannot take, are
/// written by the same atomic rename as the roadmap. Both while the roadmap's lock is held, so
/// entries are in file order, and under the lock of its own folder (`update`). A change's entry is written before its files,
/// marked incomplete, and completed after them (`ChangeRecord.journal`), so that a kill between
/// the two is found and finished by the next command (`finishInterruptedChanges`).
///
/// Its first line names the roadmap, escaped as fields are (`JournalCoding`), so that a path with
/// a line break in it is one line; journals of 0.2 and before have it as it is, after a `1`.
public struct Journal: Sendable {
    package static let maximumEntries = 50
    package static let maximumBytes = 1 << 20
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
        path = directory + "/journal/" + String(name.prefix(64)) + "-" + SHA256.hex(PathBytes.bytes(roadmap)).prefix(16) + ".journal"
    }

    private init(path: String, roadmap: String) {
        (self.path, self.roadmap) = (path, roadmap)
    }

    /// The changes `undo` took back, newest last, for `redo`: a journal of its own beside this
    /// one, each entry the undo's own change (its revert re-applies what undo took back). Any
    /// other change to the plan empties it (`forgetUndone`), as in every editor: a redo over a
    /// later change would apply to text it was not made on.
    public var undone: Journal { Journal(path: path + ".undone", roadmap: roadmap) }

    /// Empties `undone`, under its lock.
    public func forgetUndone() throws(StorageError) {
        let undone = self.undone
        guard FileSystem.exists(undone.path) else { return }
        try undone.update { entries in
            guard !entries.isEmpty else { return false }
            entries.removeAll()
            return true
        }
    }

    /// The entries, oldest first; none if the journal does not exist yet or belongs to another path.
    public func entries() throws(StorageError) -> [JournalEntry] {
        guard FileSystem.exists(path) else { return [] }
        let bytes = try FileSystem.read(path)
        var entries: [JournalEntry] = []
        // A last line without its line end was cut off by a crash while it was appended: a prefix
        // of an entry can decode as another entry, so it is none.
        let whole = bytes.lastIndex(of: ASCII.lf).map { bytes[...$0] } ?? []
        for line in whole.split(separator: ASCII.lf) {
            // A hash collision or a renamed file: not this roadmap's journal.
            if line.starts(with: Journal.header) {
                guard JournalCoding.unescape(line.dropFirst(Journal.header.count)) == PathBytes.bytes(roadmap) else { return [] }
                continue
            }
            if line.starts(with: Journal.headerVersion1) {
                guard line.dropFirst(Journal.headerVersion1.count).elementsEqual(PathBytes.bytes(roadmap)) else { return [] }
                continue
            }
            if let entry = JournalEntry(decoding: line, roadmap: roadmap) { entries.append(entry) }
        }
        // Appends in place let the file hold up to twice as many (`appendInPlace`).
        if entries.count > Journal.maximumEntries { entries.removeFirst(entries.count - Journal.maximumEntries) }
        return entries
    }

    /// Adds `entry` at the end of the journal, under its lock; a change over `maximumBytes` is refused.
    public func append(_ entry: JournalEntry) throws(StorageError) {
        guard entry.encoded.count <= Journal.maximumBytes else {
            throw StorageError(path: path, message: "the change is too large for it (over 1 MiB)")
        }
        try FileSystem.createPrivateDirectories(FileSystem.parentDirectory(of: path))
        try FileLock.withLocks([path], paths: [path]) { () throws(StorageError) in
            if try appendInPlace(entry) { return }
            var entries = try readable()
            entries.append(entry)
            try rewrite(entries)
        }
    }

    /// Adds `entry`'s line at the end of the file and flushes it, under the journal's lock: one
    /// flush, where a rewrite renames a new journal into place and flushes it and its folder
    /// (two). Declined (false: rewrite) for a journal that does not exist yet, is not this
    /// version's or this roadmap's, does not end with a line end (a line cut off by a crash), or
    /// would pass twice `maximumEntries` lines or `maximumBytes`; the rewrite trims it back to
    /// `maximumEntries`, so a journal in long use is rewritten once in fifty changes.
    private func appendInPlace(_ entry: JournalEntry) throws(StorageError) -> Bool {
        // Any failure to open or read it is the rewrite's to report (or to get around: a
        // read-only journal is replaced by rename as before).
        let fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(fd, path: path) } catch { return false }
        let line = entry.encoded
        guard bytes.starts(with: headerLine), bytes.last == ASCII.lf, bytes.count + line.count <= Journal.maximumBytes,
              bytes.count(where: { $0 == ASCII.lf }) <= 2 * Journal.maximumEntries else { return false }
        let failure: String? = line.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = pwrite(fd, raw.baseAddress! + written, raw.count - written, off_t(bytes.count + written))
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return "write failed: \(systemMessage(errno))" }
                written += n
            }
            return fsync(fd) == 0 ? nil : "flush failed: \(systemMessage(errno))"
        }
        if let failure {
            // Take back what may have been written: the journal is as it was.
            _ = ftruncate(fd, off_t(bytes.count))
            throw StorageError(path: path, message: failure)
        }
        return true
    }

    /// Marks the newest incomplete entry of `entry`'s change complete (its last file is written);
    /// false if there is none. One byte written in place, the entry's `~` made a `0`: no rename and
    /// no flush, as a command pays for each on every write; if the byte is lost (a crash), the
    /// next command completes the entry again from its files. A line not written as this version
    /// writes it (edited by hand) is completed by rewriting the journal.
    @discardableResult
    package func complete(_ entry: JournalEntry) throws(StorageError) -> Bool {
        guard FileSystem.exists(path) else { return false }
        if try completeInPlace(entry) { return true }
        var found = false
        try update { entries in
            guard let index = entries.lastIndex(where: { !$0.isComplete && $0.isSameChange(as: entry) }) else { return false }
            entries[index].isComplete = true
            found = true
            return true
        }
        return found
    }

    private func completeInPlace(_ entry: JournalEntry) throws(StorageError) -> Bool {
        var incomplete = entry
        incomplete.isComplete = false
        let line = incomplete.encoded
        return try FileLock.withLocks([path], paths: [path]) { () throws(StorageError) -> Bool in
            let fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
            defer { close(fd) }
            let bytes = try FileSystem.read(fd, path: path)
            var found: Int?
            var start = 0
            while start < bytes.count {
                if bytes[start...].starts(with: line) { found = start }
                guard let end = bytes[start...].firstIndex(of: ASCII.lf) else { break }
                start = end + 1
            }
            guard let found else { return false }
            var mark = JournalEntry.completedMark
            guard pwrite(fd, &mark, 1, off_t(found)) == 1 else { throw StorageError(path: path, errno: errno) }
            return true
        }
    }

    /// The entries, or why the journal cannot be read. A journal that cannot be read is left as it
    /// is: rewritten with only the new entry, its history would be lost without a word (a damaged
    /// line costs only itself; an unreadable file, such as one `sudo roadmap` left, nothing).
    private func readable() throws(StorageError) -> [JournalEntry] {
        do {
            return try entries()
        } catch {
            throw StorageError(path: path, message: "cannot read it (\(error.message)), so it was left as it is")
        }
    }

    /// Removes the newest entry equal to `entry` (after `undo`); false if there is none.
    @discardableResult
    public func remove(_ entry: JournalEntry) throws(StorageError) -> Bool {
        try remove([entry]) == 1
    }

    /// Removes the newest entry equal to each of `entries`; how many it found.
    @discardableResult
    public func remove(_ removed: [JournalEntry]) throws(StorageError) -> Int {
        var found = 0
        try update { all in
            for entry in removed {
                guard let index = all.lastIndex(of: entry) else { continue }
                all.remove(at: index)
                found += 1
            }
            return found > 0
        }
        return found
    }

    /// Reads the entries, lets `change` change them (it says whether it did) and writes them back,
    /// holding the lock of the journal's folder throughout. The files' locks do not cover the
    /// journal: two changes to a plan's files in different folders, or a command finishing an
    /// interrupted change while another writes, would each rewrite it from what they read, and the
    /// later rename would drop the other's entry. Always taken last (never held while waiting for a
    /// file's lock), so it cannot deadlock.
    private func update(_ change: (inout [JournalEntry]) -> Bool) throws(StorageError) {
        try FileSystem.createPrivateDirectories(FileSystem.parentDirectory(of: path))
        try FileLock.withLocks([path], paths: [path]) { () throws(StorageError) in
            var entries = try readable()
            if change(&entries) { try rewrite(entries) }
        }
    }

    /// The first line, as this version writes it: an append in place requires it as it is.
    private var headerLine: [UInt8] { Journal.header + JournalCoding.escape(PathBytes.bytes(roadmap)) + [ASCII.lf] }

    private func rewrite(_ entries: [JournalEntry]) throws(StorageError) {
        var lines = entries.suffix(Journal.maximumEntries).map(\.encoded)
        var size = lines.reduce(0) { $0 + $1.count }
        while size > Journal.maximumBytes, !lines.isEmpty { size -= lines.removeFirst().count }
        var bytes = headerLine
        for line in lines { bytes += line }
        FileSystem.removeLeftoverTemporaries(beside: path)
        try FileSystem.write(bytes, to: path, permissions: 0o600)
    }
}
