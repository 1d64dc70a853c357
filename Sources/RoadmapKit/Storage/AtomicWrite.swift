#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replacing a file all at once. The bytes go to a temporary file in the same directory (so the
/// rename stays on one file system), are flushed to disk, and replace the original by `rename`:
/// a reader, a crash or a kill sees the old bytes or the new bytes, never a mix. A failure at any
/// step (full disk, file-size limit, permissions) removes the temporary file and leaves the original.
extension FileSystem {
    /// Replaces `path`'s contents, keeping its permission bits and (where allowed) its owner.
    /// A symbolic link is followed: the file it points to is replaced and the link stays a link.
    /// Call it holding the `FileLock`, as `RoadmapStore` does.
    /// - Parameter permissions: for a file that does not exist yet.
    public static func write(_ bytes: [UInt8], to path: String, permissions: Int = 0o644) throws(StorageError) {
        try write(EditedBytes(bytes, []), to: path, permissions: permissions)
    }

    /// Writes edited bytes piece by piece, never building them whole.
    public static func write(_ bytes: EditedBytes, to path: String, permissions: Int = 0o644) throws(StorageError) {
        let target = resolvedLinkTarget(path)
        var info = stat()
        let existing = stat(target, &info) == 0
        if existing && (info.st_mode & S_IFMT) != S_IFREG {
            throw StorageError(path: path, message: "is not a regular file; refusing to replace it")
        }
        // rename() asks only for the directory's permission, so without this a read-only file would
        // be replaced without a word. Editors refuse too.
        if existing && faccessat(AT_FDCWD, target, W_OK, AT_EACCESS) != 0 {
            let reason = errno == EACCES ? "is read-only" : systemMessage(errno)
            throw StorageError(path: path, message: "\(reason); nothing was written")
        }
        let mode = existing ? mode_t(info.st_mode & 0o7777) : mode_t(permissions)
        let directory = parentDirectory(of: target)
        let temporary = temporaryPath(for: target)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw StorageError(path: path, message: "cannot create a temporary file in \(directory) (\(systemMessage(errno))); nothing was written")
        }
        var failure: String?
        // Written by root, the file keeps its owner. Other users cannot give files away: a file of
        // someone else's they may write becomes theirs, as with any editor that saves by rename.
        if existing && (info.st_uid != geteuid() || info.st_gid != getegid()) { _ = fchown(fd, info.st_uid, info.st_gid) }
        if fchmod(fd, mode) != 0 {
            failure = "cannot set permissions: \(systemMessage(errno))"
            close(fd)
        } else {
            failure = writeFlushAndClose(bytes, to: fd)
        }
        if failure == nil && rename(temporary, target) != 0 { failure = "rename failed: \(systemMessage(errno))" }
        if let failure {
            unlink(temporary)
            throw StorageError(path: path, message: failure + "; the file is unchanged")
        }
        syncDirectory(directory)
    }

    /// Writes every piece to `fd` (retrying after signals), flushes it to disk and closes it:
    /// nil, or what failed. Shared by the atomic write and `createNew`.
    static func writeFlushAndClose(_ bytes: EditedBytes, to fd: Int32) -> String? {
        var failure: String?
        bytes.forEachPiece { piece in
            var written = 0
            while failure == nil && written < piece.count {
                let n = systemWrite(fd, piece.baseAddress! + written, piece.count - written)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = "write failed: \(systemMessage(errno))" } else { written += n }
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = "flush failed: \(systemMessage(errno))" }
        if close(fd) != 0 && failure == nil { failure = "close failed: \(systemMessage(errno))" }
        return failure
    }

    /// `.<name>.roadmap-<pid>.tmp` beside the file: hidden, and recognisable as ours.
    static func temporaryPath(for target: String) -> String {
        parentDirectory(of: target) + "/" + temporaryPrefix(for: target) + "\(getpid()).tmp"
    }

    private static func temporaryPrefix(for target: String) -> String { "." + baseName(of: target) + ".roadmap-" }

    /// Removes temporary files that writers killed mid-write left beside `target`, and returns how
    /// many. They never replace the file (only a writer that finished writing one renames it), so
    /// they are only clutter; removing them is safe only while holding the file's lock, when no
    /// other writer can be using one.
    @discardableResult
    public static func removeLeftoverTemporaries(beside target: String) -> Int {
        let directory = parentDirectory(of: target)
        let prefix = temporaryPrefix(for: target)
        guard let handle = opendir(directory) else { return 0 }
        defer { closedir(handle) }
        var leftovers: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let pid = name.dropFirst(prefix.count).dropLast(4)
            if !pid.isEmpty && pid.allSatisfy({ $0.isASCII && $0.isNumber }) { leftovers.append(name) }
        }
        return leftovers.filter { unlink(directory + "/" + $0) == 0 }.count
    }

    /// Makes the rename itself durable.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// `mkdir -p` with mode 0700 (`createDirectories` makes 0755): the journal keeps old text of
    /// people's plans, which is theirs alone.
    public static func createPrivateDirectories(_ path: String) throws(StorageError) {
        if isDirectory(path) { return }
        let parent = parentDirectory(of: path)
        if parent != path && parent != "." && parent != "/" { try createPrivateDirectories(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw StorageError(path: path, errno: errno) }
    }
}
