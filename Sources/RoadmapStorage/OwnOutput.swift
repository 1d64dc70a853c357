#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file under a name `roadmap` chose itself (`roadmap.ics`, `roadmap-report.html`), in a
/// folder someone else may have filled: a cloned repository can commit that name as a symbolic
/// link to `~/.bashrc`. Such a file is the one at the path, never one a link there leads to: a
/// link is refused, and the last step, a rename onto the path itself, replaces whatever entry is
/// there (a link put there after the look included) rather than writing through it. This is
/// what git's checkout does for a file it writes: the path's own entry is replaced, a link there
/// is never followed.
extension FileSystem {
    /// What the symbolic link at `path` says, not followed; nil when `path` is not a symbolic link.
    public static func symbolicLinkText(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return "" }
        return PathBytes.string(buffer[0..<n].map { UInt8(bitPattern: $0) })
    }

    /// Replaces or creates the file named `path` itself, atomically (a temporary file beside it,
    /// opened `O_EXCL | O_NOFOLLOW`, then a rename onto `path`), keeping an existing file's
    /// permissions. Refuses when `path` is a symbolic link, dangling or not, or not a regular file.
    /// - Parameter permissions: for a file that does not exist yet.
    public static func writeOwnOutput(_ bytes: [UInt8], to path: String, permissions: Int = 0o644) throws(StorageError) {
        try writeOwnOutput(bytes, to: path, permissions: permissions, beforeRename: {})
    }

    /// `beforeRename`: for tests, to put a link at `path` at the last moment.
    static func writeOwnOutput(_ bytes: [UInt8], to path: String, permissions: Int, beforeRename: () -> Void) throws(StorageError) {
        // O_NOFOLLOW: a link at the path fails the open (ELOOP) instead of opening what it names.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        if fd < 0, let link = symbolicLinkText(path) {
            throw StorageError(path: path, message: "is a symbolic link (to \(link)); not written through")
        }
        try replace(path, named: path, opened: fd, with: bytes, permissions: permissions, beforeRename: beforeRename)
    }
}
