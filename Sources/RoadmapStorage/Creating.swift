#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Creating files that must not exist yet (`roadmap init`): `O_EXCL` makes "refuse to overwrite"
/// hold even if a file appears between the check and the write.
extension FileSystem {
    /// Writes `bytes` as a new file at `path` (mode 0644), failing when anything is there already,
    /// even a file made between a check and this call: `init` and templates never overwrite.
    public static func createNew(_ bytes: [UInt8], at path: String) throws(StorageError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o644))
        guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
        if let failure = writeFlushAndClose(EditedBytes(bytes, []), to: fd) {
            unlink(path)
            throw StorageError(path: path, message: failure)
        }
    }

    /// `mkdir -p`: every missing directory on the way, each with mode 0755.
    public static func createDirectories(_ path: String) throws(StorageError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            if isDirectory(prefix) { continue }
            if mkdir(prefix, mode_t(0o755)) != 0 && !(errno == EEXIST && isDirectory(prefix)) {
                throw StorageError(path: prefix, errno: errno)
            }
        }
    }

    /// Removes a file this run created, when a later step fails.
    public static func remove(_ path: String) {
        unlink(path)
    }
}
