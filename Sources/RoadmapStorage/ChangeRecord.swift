/// What a commit tells the record of its change (the journal), and when: the moments around the
/// replacement of its files (`RoadmapStore`, step 7), all while the files' locks are held.
public struct ChangeRecord {
    /// Every file is read, checked and re-applied, and nothing is written yet (not even a new
    /// version beside its file). A throw stops the change with nothing written.
    let beforeWriting: ([FileChange]) throws(StorageError) -> Void
    /// The last file is replaced and its folder flushed.
    let afterWriting: ([FileChange]) throws(StorageError) -> Void
    /// After `beforeWriting`, the change was not made after all: a file changed meanwhile (all
    /// starts over, `beforeWriting` included) or one could not be written and those written were
    /// put back. Not called when one could not be put back: the change is then half made, and its
    /// record is left for the next command to finish.
    let notWritten: ([FileChange]) -> Void

    /// A record told of each moment by the closures given; each does nothing unless given.
    public init(beforeWriting: @escaping ([FileChange]) throws(StorageError) -> Void = { _ in },
                afterWriting: @escaping ([FileChange]) throws(StorageError) -> Void = { _ in },
                notWritten: @escaping ([FileChange]) -> Void = { _ in }) {
        (self.beforeWriting, self.afterWriting, self.notWritten) = (beforeWriting, afterWriting, notWritten)
    }

    /// `record` once the files are written; before, when a file with several hard links is written
    /// in place, so that its old bytes are safe first. For changes that are not journalled as a
    /// change of their own (`undo` dropping its entry).
    public static func after(_ record: @escaping ([FileChange]) throws(StorageError) -> Void) -> ChangeRecord {
        ChangeRecord(beforeWriting: { changes throws(StorageError) in if changes.contains(where: \.writtenInPlace) { try record(changes) } },
                     afterWriting: { changes throws(StorageError) in if !changes.contains(where: \.writtenInPlace) { try record(changes) } })
    }

    /// The change's entry in `journal`, written ahead: before any file, marked incomplete; marked
    /// complete after the last; taken out again if the change is not made. A kill at any moment in
    /// between leaves an incomplete entry that `Journal.finishInterruptedChanges` resolves against
    /// the files, so that a change made is never hidden from `undo`.
    /// - Parameter cannotWrite: the entry could not be written before the files; throw to stop the
    ///   change (nothing is written), return to make it without an entry.
    public static func journal(_ journal: Journal, entry: @escaping ([FileChange]) -> JournalEntry,
                               cannotWrite: @escaping ([FileChange], StorageError) throws(StorageError) -> Void) -> ChangeRecord {
        var written: JournalEntry?
        return ChangeRecord(
            beforeWriting: { changes throws(StorageError) in
                var incomplete = entry(changes)
                incomplete.isComplete = false
                do throws(StorageError) {
                    try journal.append(incomplete)
                    written = incomplete
                } catch {
                    written = nil
                    try cannotWrite(changes, error)
                }
            },
            afterWriting: { _ in
                // If this fails the entry stays incomplete, and the next command completes it.
                if let entry = written { _ = try? journal.complete(entry) }
                written = nil
            },
            notWritten: { _ in
                // If this fails the entry stays incomplete, and the next command drops it.
                if let entry = written { _ = try? journal.remove(entry) }
                written = nil
            })
    }
}
