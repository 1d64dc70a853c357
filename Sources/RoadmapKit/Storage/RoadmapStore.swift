/// A change as it went to disk: the bytes it replaced (as found under the lock), the edits as
/// applied to them, and the bytes written (kept as those two, not as a copy).
public struct FileChange: Sendable {
    public let before: [UInt8]
    public let edits: [TextEdit]
    public let after: EditedBytes
    /// The file had changed since the command read it, and the edits were re-applied to it.
    public let wasReplayed: Bool
}

/// The one way a roadmap file is changed. A command reads the file, computes edits on those bytes,
/// and commits them here:
///
/// 1. nothing is written when the edits change nothing;
/// 2. the file is locked (`FileLock`) and compared with what the command read, block by block;
/// 3. if it differs (an editor saved in between, or another `roadmap` process wrote first), it is
///    read again and the edits are re-applied to it through `replaying`, which returns nil when
///    that cannot be done unambiguously: then nothing is written;
/// 4. temporaries left by killed writers are removed, and the new bytes replace the file atomically;
/// 5. `whileLocked` sees the change before the lock is released (the journal is written there, so
///    its order is the file's order).
public enum RoadmapStore {
    public static func commit(
        _ edits: [TextEdit], computedOn original: [UInt8], to path: String,
        replaying: ([UInt8]) -> [TextEdit]?,
        whileLocked: (FileChange) -> Void = { _ in }
    ) throws(StorageError) -> FileChange? {
        guard !edits.changeNothing(in: original) else { return nil }
        let target = FileSystem.resolvedLinkTarget(path)
        return try FileLock.withLock(target, path: path) { fd throws(StorageError) -> FileChange? in
            let changedSinceRead = try !FileSystem.hasContents(fd, equalTo: original, path: path)
            // Unchanged, the bytes the command read are the file's: no second copy of a large file.
            let current = changedSinceRead ? try FileSystem.read(fd, path: path) : original
            var applied = edits
            if changedSinceRead {
                guard let moved = replaying(current) else {
                    throw StorageError(path: path, message: "changed on disk after roadmap read it (saved by an editor?), and the change cannot be re-applied unambiguously; nothing was written, run the command again")
                }
                applied = moved
            }
            guard !applied.changeNothing(in: current) else { return nil }
            let after = EditedBytes(current, applied)
            FileSystem.removeLeftoverTemporaries(beside: target)
            try FileSystem.write(after, to: path)
            let change = FileChange(before: current, edits: applied, after: after, wasReplayed: changedSinceRead)
            whileLocked(change)
            return change
        }
    }
}
