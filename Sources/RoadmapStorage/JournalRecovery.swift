/// A change that a `roadmap` killed while writing left incomplete in the journal, and what the
/// next command made of it (`Journal.finishInterruptedChanges`).
public struct InterruptedChange: Sendable {
    /// What became of an interrupted change's files.
    public enum Outcome: Equatable, Sendable {
        /// Every file held the new bytes (the kill came after the last was written): the entry is
        /// marked complete, and `undo` reverts it as any other.
        case completed
        /// Every file held the old bytes (the kill came before the first was replaced): the entry
        /// is dropped.
        case notWritten
        /// Some files held the new bytes and some the old: those (canonical paths) got their old
        /// bytes back from the entry's revert edits, and the entry is dropped.
        case putBack([String])
        /// `file` holds neither version (`reason`: changed since, or it is gone): no file is
        /// touched, and the entry is kept, marked complete, so that `log` lists it and `undo` says
        /// why it refuses.
        case keptAsFound(file: String, reason: String)
        /// It could not be finished now (its files' locks, or a write failed): it stays incomplete
        /// for the next command.
        case notFinished(reason: String)
    }

    /// The journal entry of the change that was interrupted.
    public let entry: JournalEntry
    /// What its files hold now, and so what was made of it.
    public let outcome: Outcome
}

/// Finishing the changes a kill left half done. A change's entry is written before its first file
/// and completed after its last (`ChangeRecord.journal`), all under its files' locks; so an entry
/// still incomplete once those locks are taken was left by a writer that died, and its files are
/// all old, all new, or (killed between two files) some of each.
///
/// A plan left half written goes back to the old version, not on to the new: the entry holds what
/// `undo` needs (both versions' hashes and the edits that turn the new bytes into the old), not the
/// new bytes, so only the old version can be rebuilt and checked exactly. And the command that was
/// killed never said it had done anything: afterwards no file holds its change, and running it
/// again makes the change whole.
extension Journal {
    /// Finishes every incomplete entry, newest first (the order `undo` goes in): see
    /// `InterruptedChange.Outcome`. Temporary files left beside its files are removed. Costs one
    /// read of the journal when there is none, which is almost always.
    public func finishInterruptedChanges() throws(StorageError) -> [InterruptedChange] {
        guard try hasIncompleteEntries() else { return [] }
        var finished: [InterruptedChange] = []
        for entry in try entries().filter({ !$0.isComplete }).reversed() {
            do {
                if let outcome = try finish(entry) { finished.append(InterruptedChange(entry: entry, outcome: outcome)) }
            } catch {
                finished.append(InterruptedChange(entry: entry, outcome: .notFinished(reason: error.description)))
            }
        }
        return finished
    }

    /// Whether a line of the journal starts with the incomplete mark, without decoding it.
    func hasIncompleteEntries() throws(StorageError) -> Bool {
        guard FileSystem.exists(path) else { return false }
        let bytes = try FileSystem.read(path)
        var start = 0
        while start < bytes.count {
            if bytes[start] == JournalEntry.incompleteMark { return true }
            guard let end = bytes[start...].firstIndex(of: ASCII.lf) else { break }
            start = end + 1
        }
        return false
    }

    /// What became of `entry`; nil when it was no longer incomplete once its files were locked
    /// (its writer was alive, and has finished it).
    private func finish(_ entry: JournalEntry) throws(StorageError) -> InterruptedChange.Outcome? {
        let targets = entry.files.map { FileSystem.resolvedLinkTarget($0.path) }
        // A folder that is gone has no writer to wait for (and no lock to take): its file cannot
        // be read below, and the entry is kept as found.
        let lockable = targets.filter { FileSystem.isDirectory(FileSystem.parentDirectory(of: $0)) }
        return try FileLock.withLocks(lockable, paths: lockable) { () throws(StorageError) -> InterruptedChange.Outcome? in
            guard try entries().contains(entry) else { return nil }
            for target in Set(lockable) { FileSystem.removeLeftoverTemporaries(beside: target) }
            var new: [(file: JournalEntry.File, bytes: [UInt8])] = []
            for file in entry.files {
                let bytes: [UInt8]
                do throws(StorageError) {
                    bytes = try FileSystem.readWhenNotBeingWritten(file.path)
                } catch {
                    // One that is there but cannot be read now (another program is writing it):
                    // left for the next command.
                    if FileSystem.exists(file.path) { throw error }
                    try complete(entry)
                    return .keptAsFound(file: file.path, reason: error.message)
                }
                if ContentHash.matches(bytes, file.afterHash) {
                    new.append((file, bytes))
                } else if !ContentHash.matches(bytes, file.beforeHash) {
                    try complete(entry)
                    return .keptAsFound(file: file.path, reason: "changed since")
                }
            }
            if new.count == entry.files.count {
                try complete(entry)
                return .completed
            }
            if new.isEmpty {
                try remove(entry)
                return .notWritten
            }
            if let unfit = new.first(where: { $0.file.undoState(of: $0.bytes) != .revertible }) {
                try complete(entry)
                return .keptAsFound(file: unfit.file.path, reason: "the journal entry does not fit it")
            }
            // Read-only or not: these are the person's own bytes, which the killed command replaced.
            let reverts = new.map { FileEdits(path: $0.file.path, edits: $0.file.revert, computedOn: $0.bytes, replaying: { _ in nil }) }
            let record = ChangeRecord(afterWriting: { _ in _ = try? remove(entry) })
            _ = try RoadmapStore.commit(reverts, force: true, hooks: StoreHooks(), recording: record, callerHoldsLocks: true)
            return .putBack(new.map(\.file.path))
        }
    }
}
