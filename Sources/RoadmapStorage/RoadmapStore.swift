/// The one way roadmap files are changed. A command reads the files, computes edits on those
/// bytes, and commits them here, one file or several as one change:
///
/// 1. nothing is written for a file whose edits change nothing;
/// 2. every file is locked (`FileLock`), a read lease is taken on it (`ReadLease`: refused while
///    another program has it open for writing, broken the moment one opens it; while either, the
///    commit starts over, and gives up naming that program), and it is compared with what the
///    command read, block by block;
/// 3. if one differs (an editor saved in between, or another `roadmap` process wrote first), it is
///    read again, once two looks a few milliseconds apart agree (a file whose size or times still
///    change is being written: never edit half a save), and the edits are re-applied to it through
///    `replaying`, which returns nil when that cannot be done unambiguously: then nothing is written;
/// 4. every new version is written and flushed beside its file; a read-only file is refused
///    unless `force`;
/// 5. right before each file is replaced, its lease is unbroken and it is still what was read
///    (device, inode, size, times, and bytes where the times cannot tell), and the replacement is
///    an exchange that checks the file it swaps out (`Replacement.put`); once all are exchanged,
///    the leases are checked again and let go. If an editor saved (or opened a file to write)
///    anywhere in between, all starts over from 2 (a few times, then it refuses with nothing
///    written);
/// 6. if one file cannot be replaced, those already replaced are put back;
/// 7. the record of the change (`ChangeRecord`) sees it while the locks are held, so that the
///    journal's order is the files' order: before anything is written (a throw there stops the
///    change with nothing written), after the last file is written, and when it was not made after
///    all. A command's journal entry is written at the first, marked incomplete, and completed at
///    the second (`ChangeRecord.journal`); the next command finishes one a kill left in between
///    (`Journal.finishInterruptedChanges`).
public enum RoadmapStore {
    /// How long apart two looks at a recently changed file must be to say it is not being written.
    static let settleNanoseconds: Int64 = 3_000_000
    /// A file changed longer ago than this is not being written now.
    static let recentNanoseconds: Int64 = 50_000_000
    /// How often, and for how long at most, a commit starts over before it refuses.
    static let maximumAttempts = 20
    static let patienceNanoseconds: Int64 = 2_000_000_000

    /// Commits a change to several files as one: each is checked and re-applied before any is
    /// replaced. Returns the files changed, in the order given (none when nothing changed).
    public static func commit(_ files: [FileEdits], force: Bool = false, recording record: ChangeRecord) throws(StorageError) -> [FileChange] {
        try commit(files, force: force, hooks: StoreHooks(), recording: record)
    }

    static func commit(_ files: [FileEdits], force: Bool, hooks: StoreHooks, recording record: ChangeRecord,
                       callerHoldsLocks: Bool = false) throws(StorageError) -> [FileChange] {
        let files = files.filter { !$0.edits.changeNothing(in: $0.original) }
        guard !files.isEmpty else { return [] }
        let targets = files.map { FileSystem.resolvedLinkTarget($0.path) }
        // One file reached by two paths would be written twice, the second write undoing the first.
        let stamps = targets.map(FileStamp.at)
        for (k, stamp) in stamps.enumerated() {
            if let stamp, stamps[..<k].contains(where: { $0?.isSameFile(as: stamp) == true }) {
                throw StorageError(path: files[k].name, message: "is named twice in one change (it is another name of a file before it); nothing was written")
            }
        }
        // The caller may hold the locks already (finishing an interrupted change): a second flock of a
        // folder by this process would wait on itself.
        return try FileLock.withLocks(callerHoldsLocks ? [] : targets, paths: callerHoldsLocks ? [] : files.map(\.name)) { () throws(StorageError) -> [FileChange] in
            for target in Set(targets) { FileSystem.removeLeftoverTemporaries(beside: target) }
            let start = monotonicNanoseconds()
            var attempt = 1
            while true {
                var commit = CommitAttempt(files: files, targets: targets, force: force, hooks: hooks)
                let outcome = try commit.run(record: record)
                guard case let .changing(index) = outcome else {
                    if case let .done(changes) = outcome { return changes }
                    return []
                }
                guard attempt < maximumAttempts, monotonicNanoseconds() - start < patienceNanoseconds else {
                    if FileSystem.isBeingWritten(targets[index]) { throw FileSystem.beingWritten(files[index].name, FileStamp.at(targets[index])) }
                    throw StorageError(path: files[index].name, message: "kept changing while roadmap was writing it (is an editor saving it?); nothing was written, run the command again")
                }
                sleep(nanoseconds: settleNanoseconds * Int64(min(attempt, 10)))
                attempt += 1
            }
        }
    }
}

extension RoadmapStore {
    /// Runs `body` holding `path`'s lock, as a commit would: for changes to the journal alone
    /// (`undo` dropping entries already undone).
    public static func whileLocked(_ path: String, _ body: () throws(StorageError) -> Void) throws(StorageError) {
        try FileLock.withLocks([FileSystem.resolvedLinkTarget(path)], paths: [path], body)
    }
}
