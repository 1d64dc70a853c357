#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on the roadmap file itself, held from the re-read to the rename and the
/// journal entry, so that `roadmap` processes working on one file take turns.
///
/// Why the file and not a lock file beside it: a lock file would stay in the person's directory for
/// good (removing it safely is a race of its own), and roadmaps often live in git. The catch is that
/// every write replaces the file by rename, so the inode a waiter was granted may no longer be the
/// file: once granted, the lock checks that the path still names the locked inode and, if not,
/// locks the file that is there now. Editors take no lock; the re-read under the lock, compared
/// with what the command read, is what protects against them.
enum FileLock {
    /// How long to wait for another `roadmap` process before giving up.
    static let patienceMilliseconds = 20_000

    /// Runs `body` with the file at `target` open for reading and exclusively locked.
    static func withLock<T>(_ target: String, path: String, _ body: (Int32) throws(StorageError) -> T) throws(StorageError) -> T {
        var waited = 0
        var pause = 1
        while true {
            let fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
            defer { close(fd) }  // Closing releases the lock.
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                if code == EWOULDBLOCK || code == EINTR {
                    guard waited < patienceMilliseconds else {
                        throw StorageError(path: path, message: "another roadmap process has held its lock for \(waited / 1000) s; nothing was written")
                    }
                    usleep(useconds_t(pause * 1000))
                    waited += pause
                    pause = min(pause * 2, 16)
                    continue
                }
                // File systems without flock (some network mounts): go on unlocked, still protected
                // against lost updates by the re-read, if not against a race within it.
                guard code == ENOLCK || code == EOPNOTSUPP || code == EINVAL else { throw StorageError(path: path, errno: code) }
                return try body(fd)
            }
            if namesSameFile(target, fd) { return try body(fd) }
            // Replaced while we waited: lock the new file instead (the defer closes this one).
        }
    }

    private static func namesSameFile(_ path: String, _ fd: Int32) -> Bool {
        var byPath = stat(), byDescriptor = stat()
        guard stat(path, &byPath) == 0, fstat(fd, &byDescriptor) == 0 else { return false }
        return byPath.st_dev == byDescriptor.st_dev && byPath.st_ino == byDescriptor.st_ino
    }
}
