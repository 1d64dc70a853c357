#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file with several hard links. A rename would give the path a new inode and leave
/// every other link with the old bytes, so the bytes are written into the file itself, from the
/// first one that changes, and the file is cut to its new length. That is not atomic: a crash in
/// the middle leaves a mix, which is why `RoadmapStore` writes the journal entry (the way back)
/// before, not after.
extension FileSystem {
    /// Writes `bytes` over the file at `target` from offset `start` on, provided it is still the
    /// file `stamp` describes: nil, or what failed.
    static func writeInPlace(_ bytes: EditedBytes, at target: String, from start: Int, expecting stamp: FileStamp) -> String? {
        let fd = open(target, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return "cannot open it for writing: \(systemMessage(errno))" }
        guard let now = FileStamp.of(fd), now.isSameFile(as: stamp) else {
            close(fd)
            return "it was replaced while roadmap was writing it"
        }
        var failure = writeAll(bytes, to: fd, from: start)
        if failure == nil && ftruncate(fd, off_t(bytes.count)) != 0 { failure = "truncate failed: \(systemMessage(errno))" }
        if failure == nil && fsync(fd) != 0 { failure = "flush failed: \(systemMessage(errno))" }
        if close(fd) != 0 && failure == nil { failure = "close failed: \(systemMessage(errno))" }
        return failure
    }
}
