#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One file of a change, read and checked under the lock, on its way to disk.
struct StagedFile {
    /// Its place in the change as given.
    let index: Int
    let name: String
    let path: String
    let target: String
    /// Open on the file as read, for the looks that follow and to recognise it when swapped out.
    let fd: Int32
    /// On `fd`, from before the bytes were compared or read until the replacement is final.
    let lease: ReadLease
    /// The look the bytes were read (or compared) under, and when it was taken (monotonic).
    let stamp: FileStamp
    let lookedAt: Int64
    let current: [UInt8]
    let edits: [TextEdit]
    let wasReplayed: Bool
    var replacement: Replacement?

    var after: EditedBytes { EditedBytes(current, edits) }
    var inPlace: Bool { stamp.links > 1 }
    /// Where an in-place write starts: bytes before the first edit stay as they are.
    var firstChange: Int { after.edits.first?.range.lowerBound ?? current.count }

    var change: FileChange {
        FileChange(path: path, name: name, canonicalPath: FileSystem.canonicalPath(target) ?? target, before: current,
                   edits: edits, after: after, wasReplayed: wasReplayed, links: stamp.links)
    }

    /// Changed so recently that its times cannot tell a write since it was read: its bytes must.
    var isRecent: Bool { stamp.changedRecently(within: RoadmapStore.recentNanoseconds) }

    /// The second look, right before the replacement: no other program opened the file to write
    /// since it was read (its lease is not broken), the same file at the path, with the same size
    /// and times as when it was read, at least `settleNanoseconds` after the first look when it
    /// changed recently (else an in-place save could be between two of its writes). A recent file
    /// is compared byte for byte too: here if it is written in place, else by `Replacement.put`,
    /// which looks once more.
    func isStillAsRead() throws(StorageError) -> Bool {
        if isRecent { sleep(nanoseconds: RoadmapStore.settleNanoseconds - (monotonicNanoseconds() - lookedAt)) }
        guard !lease.isBroken, let now = FileStamp.of(fd), now.isUnchanged(since: stamp),
              let there = FileStamp.at(target), there.isSameFile(as: stamp) else { return false }
        guard isRecent && inPlace else { return true }
        return try FileSystem.hasContents(fd, equalTo: current, path: name)
    }

    /// Waits until two looks at `fd` `settleNanoseconds` apart agree, starting from `first`: the
    /// stamp then, or nil if it kept changing for a while.
    static func settled(_ fd: Int32, from first: FileStamp, name: String) throws(StorageError) -> FileStamp? {
        var last = first
        var waited: Int64 = 0
        while last.changedRecently(within: RoadmapStore.recentNanoseconds) {
            guard waited < RoadmapStore.patienceNanoseconds / 4 else { return nil }
            sleep(nanoseconds: RoadmapStore.settleNanoseconds)
            waited += RoadmapStore.settleNanoseconds
            guard let now = FileStamp.of(fd) else { throw StorageError(path: name, errno: errno) }
            if now.isUnchanged(since: last) { return now }
            last = now
        }
        return last
    }

    /// Refuses a file meant to be read-only unless forced. rename() asks only for the directory's
    /// permission, and root may write anything, so without this such a file would be replaced
    /// without a word; editors warn too.
    static func checkWritable(_ target: String, _ stamp: FileStamp, name: String) throws(StorageError) {
        let readOnly = StorageError(path: name, message: "is read-only; use --force to write anyway")
        if stamp.isReadOnly { throw readOnly }
        guard faccessat(AT_FDCWD, target, W_OK, AT_EACCESS) != 0 else { return }
        if errno == EACCES { throw readOnly }
        throw StorageError(path: name, message: "\(systemMessage(errno)); nothing was written")
    }
}
