#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` held from the re-read of a roadmap to the rename of its new version and
/// its journal entry, so that `roadmap` processes working on one file take turns.
///
/// What is locked is the directory the file is in, not the file. Every write replaces the file by
/// rename, so a lock on the file would be on an inode that is no longer the file: a process
/// arriving after the rename would lock the new inode and run while the writer still journals
/// (the first version did this, and the concurrency test caught two processes rewriting the
/// journal at once). A lock file beside the roadmap would not move, but would stay in the person's
/// directory (often a git repository) for good, and removing it safely is a race of its own. The
/// directory is stable, always there, and lockable even when read-only. The cost: roadmap writes
/// to different files in one directory also take turns, for the milliseconds a write takes.
/// Where the directory cannot be opened (no read permission), the file itself is locked, checked
/// after the lock is granted to still be the file at the path.
///
/// Editors take no lock; the re-read under the lock, compared with what the command read, is what
/// protects against them.
enum FileLock {
    /// How long to wait for another `roadmap` process before giving up.
    static let patienceMilliseconds = 20_000

    /// Runs `body` with the file at `target` open for reading, holding the lock.
    static func withLock<T>(_ target: String, path: String, _ body: (Int32) throws(StorageError) -> T) throws(StorageError) -> T {
        let directory = open(FileSystem.parentDirectory(of: target), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            defer { close(directory) }  // Closing releases the lock.
            try lock(directory, path: path)
            let fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
            defer { close(fd) }
            return try body(fd)
        }
        while true {
            let fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
            defer { close(fd) }
            try lock(fd, path: path)
            if namesSameFile(target, fd) { return try body(fd) }
            // Replaced while we waited: lock the file that is there now (the defer closes this one).
        }
    }

    /// Waits for the exclusive lock, polling so that a stuck holder ends in an error, not a hang.
    private static func lock(_ fd: Int32, path: String) throws(StorageError) {
        var waited = 0
        var pause = 1
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            // File systems without flock (some network mounts): go on unlocked, still protected
            // against lost updates by the re-read, if not against a race within it.
            if code == ENOLCK || code == EOPNOTSUPP || code == EINVAL { return }
            guard code == EWOULDBLOCK || code == EINTR else { throw StorageError(path: path, errno: code) }
            guard waited < patienceMilliseconds else {
                throw StorageError(path: path, message: "another roadmap process has held the lock for \(waited / 1000) s; nothing was written")
            }
            usleep(useconds_t(pause * 1000))
            waited += pause
            pause = min(pause * 2, 16)
        }
    }

    private static func namesSameFile(_ path: String, _ fd: Int32) -> Bool {
        var byPath = stat(), byDescriptor = stat()
        guard stat(path, &byPath) == 0, fstat(fd, &byDescriptor) == 0 else { return false }
        return byPath.st_dev == byDescriptor.st_dev && byPath.st_ino == byDescriptor.st_ino
    }
}
