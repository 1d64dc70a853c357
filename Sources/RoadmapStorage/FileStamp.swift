#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` tells of a file: which file it is (device and inode), its size, when its bytes and
/// its inode last changed, its links and permissions. Two looks that agree on the first four say
/// nothing wrote to it in between, as far as the file system's clock can tell (its times are
/// coarse, a few milliseconds on Linux; `RoadmapStore` compares bytes where that matters).
struct FileStamp {
    let device: UInt64
    let inode: UInt64
    let size: Int
    /// Nanoseconds since 1970: contents, and inode (any write, chmod, link or rename).
    let modified: Int64
    let changed: Int64
    let links: Int
    let mode: UInt32
    let owner: UInt32
    let group: UInt32

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        links = Int(info.st_nlink)
        mode = UInt32(info.st_mode)
        owner = UInt32(info.st_uid)
        group = UInt32(info.st_gid)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }

    /// The open file's stamp (nil with `errno` set).
    static func of(_ fd: Int32) -> FileStamp? {
        var info = stat()
        return fstat(fd, &info) == 0 ? FileStamp(info) : nil
    }

    /// The stamp of the file at `path`, links followed.
    static func at(_ path: String) -> FileStamp? {
        var info = stat()
        return stat(path, &info) == 0 ? FileStamp(info) : nil
    }

    var isRegularFile: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
    var permissions: mode_t { mode_t(mode & 0o7777) }
    /// No write bit for anyone: meant to be read-only, even for root (who may write it anyway).
    var isReadOnly: Bool { mode & 0o222 == 0 }

    func isSameFile(as other: FileStamp) -> Bool { device == other.device && inode == other.inode }

    /// The same file, and nothing wrote to it or changed its inode since `other` was taken.
    func isUnchanged(since other: FileStamp) -> Bool {
        isSameFile(as: other) && size == other.size && modified == other.modified && changed == other.changed
    }

    /// Changed within the last `nanoseconds` (or, with a clock set back, in the future): it may be
    /// being written right now.
    func changedRecently(within nanoseconds: Int64) -> Bool {
        max(modified, changed) > wallClockNanoseconds() - nanoseconds
    }
}
