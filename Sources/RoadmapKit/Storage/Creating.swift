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
    public static func createNew(_ bytes: [UInt8], at path: String) throws(StorageError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o644))
        guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
        var written = 0
        var failure: StorageError?
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = StorageError(path: path, message: "write failed: \(systemMessage(errno))")
                break
            }
            written += n
        }
        if failure == nil && fsync(fd) != 0 { failure = StorageError(path: path, message: "flush failed: \(systemMessage(errno))") }
        if close(fd) != 0 && failure == nil { failure = StorageError(path: path, message: "close failed: \(systemMessage(errno))") }
        if let failure {
            unlink(path)
            throw failure
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
