#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The last step of a write, closing the window between the last check and the rename: where the
/// kernel can, the new version and the file are swapped in one step (`renameat2` with
/// `RENAME_EXCHANGE`), and the file swapped out is checked to be the very one that was read and
/// checked. If an editor saved in between (by rename: another inode; in place: other size or
/// time), the two are swapped back, so the editor's save is at the path again, and the commit
/// starts over. Elsewhere (macOS, file systems without the exchange), a plain rename follows the
/// last check.
extension Replacement {
    enum Outcome {
        /// In place; the old version waits at `temporary` until the whole change is done.
        case swapped
        /// In place by rename; the old version is gone.
        case renamed
        /// Something else was at the path: swapped back, nothing changed.
        case displacedAnother
    }

    /// Puts the new version in place of the file open as `fd`, last seen as `stamp` and holding
    /// `content` (compared again when `compareBytes`: a recent change the times cannot show).
    /// A broken `lease` says another program opened the file to write: it is not replaced, or is
    /// swapped back.
    func put(over fd: Int32, lease: ReadLease? = nil, expecting stamp: FileStamp, content: [UInt8], compareBytes: Bool,
             exchange: Bool = true) throws(StorageError) -> Outcome {
        if exchange && exchangePaths(temporary, target) == 0 {
            if lease?.isBroken != true && swappedOut(fd, stamp, content, compareBytes) { return .swapped }
            if !swapBack() { discard() }
            return .displacedAnother
        }
        let code = exchange ? errno : ENOSYS
        // EINVAL: the file system cannot exchange; ENOSYS: the kernel cannot. Anything else is a
        // failure the rename would meet too.
        guard code == EINVAL || code == ENOSYS || code == ENOTSUP else {
            throw StorageError(path: target, message: "rename failed: \(systemMessage(code))")
        }
        if compareBytes && (try? FileSystem.hasContents(fd, equalTo: content, path: target)) != true { return .displacedAnother }
        if lease?.isBroken == true { return .displacedAnother }
        guard rename(temporary, target) == 0 else { throw StorageError(path: target, message: "rename failed: \(systemMessage(errno))") }
        return .renamed
    }

    /// Whether the file now at `temporary` is the one read, as it was.
    private func swappedOut(_ fd: Int32, _ stamp: FileStamp, _ content: [UInt8], _ compareBytes: Bool) -> Bool {
        guard let out = FileStamp.at(temporary), out.isSameFile(as: stamp), let now = FileStamp.of(fd),
              now.size == stamp.size, now.modified == stamp.modified else { return false }
        // The rename changed its inode time; its bytes tell what its times cannot.
        return !compareBytes || (try? FileSystem.hasContents(fd, equalTo: content, path: target)) == true
    }

    /// Swaps back after `.swapped`: the old version to the path, the new one to `temporary`.
    /// Only while the new version is still at the path: if something replaced it since, that is
    /// newer than both and stays. Whether it was swapped back.
    @discardableResult
    func swapBack() -> Bool {
        guard let there = FileStamp.at(target), there.isSameFile(as: stamp) else { return false }
        return exchangePaths(temporary, target) == 0
    }
}
