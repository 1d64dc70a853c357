#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A new version of a file, written and flushed to a temporary file beside it (the same
/// directory, so the rename stays on one file system), not yet in its place. Renamed over the
/// file, it replaces it all at once: a reader, a crash or a kill sees the old bytes or the new
/// bytes, never a mix. A failure at any step (full disk, file-size limit, permissions) removes
/// the temporary file and leaves the original.
struct Replacement {
    /// The file it replaces (links resolved) and where it waits.
    let target: String
    let temporary: String
    /// The temporary file as written, to recognise it later.
    let stamp: FileStamp

    /// Writes `bytes` to a new temporary file beside `target`, with the permissions, owner and
    /// extended attributes of `original` (the file it will replace, open) or, for a file that does
    /// not exist yet, `permissions`. Errors say what failed; the caller says what was not written.
    static func prepare(_ bytes: EditedBytes, for target: String, like original: (fd: Int32, stamp: FileStamp)?,
                        permissions: Int = 0o644) throws(StorageError) -> Replacement {
        let mode = original?.stamp.permissions ?? mode_t(permissions)
        let temporary = FileSystem.temporaryPath(for: target)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw StorageError(path: target, message: "cannot create a temporary file in \(FileSystem.parentDirectory(of: target)) (\(systemMessage(errno)))")
        }
        var failure: String?
        if let original {
            // Written by root, the file keeps its owner. Other users cannot give files away: a file of
            // someone else's they may write becomes theirs, as with any editor that saves by rename.
            if original.stamp.owner != geteuid() || original.stamp.group != getegid() {
                _ = fchown(fd, uid_t(original.stamp.owner), gid_t(original.stamp.group))
            }
        }
        if fchmod(fd, mode) != 0 {
            failure = "cannot set permissions: \(systemMessage(errno))"
            close(fd)
        } else {
            if let original { ExtendedAttributes.copy(from: original.fd, to: fd) }
            failure = FileSystem.writeFlushAndClose(bytes, to: fd)
        }
        guard failure == nil, let stamp = FileStamp.at(temporary) else {
            let reason = failure ?? systemMessage(errno)
            unlink(temporary)
            throw StorageError(path: target, message: reason)
        }
        return Replacement(target: target, temporary: temporary, stamp: stamp)
    }

    /// Removes the temporary file (after a failure, or holding the old version after a swap).
    func discard() { unlink(temporary) }
}

extension FileSystem {
    /// Replaces `path`'s contents by rename, keeping its permission bits, owner and extended
    /// attributes. A symbolic link is followed: the file it points to is replaced and the link
    /// stays a link. For files only roadmap writes (its journal); roadmap files go through
    /// `RoadmapStore`, which also checks that nothing else wrote to them meanwhile.
    /// - Parameter permissions: for a file that does not exist yet.
    public static func write(_ bytes: [UInt8], to path: String, permissions: Int = 0o644) throws(StorageError) {
        let target = resolvedLinkTarget(path)
        let fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        try replace(target, named: path, opened: fd, with: bytes, permissions: permissions)
    }

    /// The steps every whole-file write shares: `target` (open as `fd`, or -1 when it does not
    /// exist) is replaced by a temporary file beside it holding `bytes`, with the old file's
    /// permissions, owner and attributes, by a rename onto `target` itself; errors name `path`.
    /// - Parameter beforeRename: for tests, to change the folder at the last moment.
    static func replace(_ target: String, named path: String, opened fd: Int32, with bytes: [UInt8], permissions: Int,
                        beforeRename: () -> Void = {}) throws(StorageError) {
        let stamp = fd >= 0 ? FileStamp.of(fd) : nil
        if let stamp, !stamp.isRegularFile { throw StorageError(path: path, message: "is not a regular file; refusing to replace it") }
        let replacement: Replacement
        do {
            replacement = try Replacement.prepare(EditedBytes(bytes, []), for: target, like: stamp.map { (fd, $0) }, permissions: permissions)
        } catch {
            throw StorageError(path: path, message: error.message)
        }
        beforeRename()
        // rename(2) replaces the entry at `target`; it never follows a link there.
        guard rename(replacement.temporary, target) == 0 else {
            let reason = systemMessage(errno)
            replacement.discard()
            throw StorageError(path: path, message: "rename failed: \(reason)")
        }
        syncDirectory(parentDirectory(of: target))
    }

    /// Writes every piece to `fd` (retrying after signals), flushes it to disk and closes it:
    /// nil, or what failed. Shared by the atomic write and `createNew`.
    static func writeFlushAndClose(_ bytes: EditedBytes, to fd: Int32) -> String? {
        var failure = writeAll(bytes, to: fd, from: 0)
        if failure == nil && fsync(fd) != 0 { failure = "flush failed: \(systemMessage(errno))" }
        if close(fd) != 0 && failure == nil { failure = "close failed: \(systemMessage(errno))" }
        return failure
    }

    /// Writes the bytes from offset `start` on at that offset of `fd`: nil, or what failed.
    static func writeAll(_ bytes: EditedBytes, to fd: Int32, from start: Int) -> String? {
        var failure: String?
        var offset = 0
        bytes.forEachPiece { piece in
            defer { offset += piece.count }
            var written = max(0, start - offset)
            while failure == nil && written < piece.count {
                let n = pwrite(fd, piece.baseAddress! + written, piece.count - written, off_t(offset + written))
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = "write failed: \(systemMessage(errno))" } else { written += n }
            }
        }
        return failure
    }

    /// Makes renames in `directory` durable.
    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// `mkdir -p` with mode 0700 (`createDirectories` makes 0755): the journal keeps old text of
    /// people's plans, which is theirs alone.
    package static func createPrivateDirectories(_ path: String) throws(StorageError) {
        if isDirectory(path) { return }
        let parent = parentDirectory(of: path)
        if parent != path && parent != "." && parent != "/" { try createPrivateDirectories(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw StorageError(path: path, errno: errno) }
    }
}
