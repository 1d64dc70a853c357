#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Exclusive `flock`s held from the re-read of the files of a change to the rename of their new
/// versions and the journal entry, so that `roadmap` processes working on one file take turns.
///
/// What is locked is the directory a file is in, not the file. Every write replaces the file by
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
/// A change to several files locks each directory once, in the order of device and inode, the same
/// in every process, so two changes to overlapping sets of files cannot each wait for the other.
///
/// Editors take no lock; the checks under the lock are what protect against them.
enum FileLock {
    /// How long to wait for another `roadmap` process before giving up.
    static let patienceMilliseconds = 20_000

    /// Runs `body` holding the locks for every file in `targets` (`paths`: the same, as named in errors).
    static func withLocks<T>(_ targets: [String], paths: [String], _ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        var opened: [Int32] = []
        defer { for fd in opened { close(fd) } }  // Closing releases the locks.
        var locks: [(stamp: FileStamp, fd: Int32, path: String, file: String?)] = []
        for (target, path) in zip(targets, paths) {
            var file: String? = nil
            var fd = open(FileSystem.parentDirectory(of: target), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd < 0 {
                file = target
                fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            }
            guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
            opened.append(fd)
            guard let stamp = FileStamp.of(fd) else { throw StorageError(path: path, errno: errno) }
            if !locks.contains(where: { $0.stamp.isSameFile(as: stamp) }) { locks.append((stamp, fd, path, file)) }
        }
        locks.sort { ($0.stamp.device, $0.stamp.inode) < ($1.stamp.device, $1.stamp.inode) }
        for held in locks {
            var fd = held.fd
            while true {
                try lock(fd, path: held.path)
                guard let file = held.file, !namesSameFile(file, fd) else { break }
                // Replaced while we waited: lock the file that is there now.
                fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
                guard fd >= 0 else { throw StorageError(path: held.path, errno: errno) }
                opened.append(fd)
            }
        }
        return try body()
    }

    /// Waits for the exclusive lock, polling so that a stuck holder ends in an error, not a hang.
    private static func lock(_ fd: Int32, path: String) throws(StorageError) {
        var waited = 0
        var pause = 1
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            // File systems without flock (some network mounts): go on unlocked, still protected
            // against lost updates by the checks, if not against a race within them.
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
        guard let byPath = FileStamp.at(path), let byDescriptor = FileStamp.of(fd) else { return false }
        return byPath.isSameFile(as: byDescriptor)
    }
}
