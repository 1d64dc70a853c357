#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and replacing whole files. Writes go to a temporary file in the same directory, are
/// flushed, and replace the original by `rename`, so a reader sees the old bytes or the new bytes,
/// never a mix; a failure leaves the original untouched and removes the temporary file.
public enum FileSystem {
    /// Offsets in the model are 32-bit; larger files are refused rather than mis-parsed.
    public static let maximumFileSize = Int(Int32.max)

    public static func read(_ path: String) throws(StorageError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError(path: path, errno: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw StorageError(path: path, message: "is a directory, not a roadmap file") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StorageError(path: path, message: "is not a regular file") }
        guard Int(info.st_size) <= maximumFileSize else {
            throw StorageError(path: path, message: "is larger than 2 GiB, which roadmap does not read")
        }
        // Read straight into uninitialised storage: zero-filling first would touch every byte twice.
        let expected = Int(info.st_size)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            while count < expected {
                let n = systemRead(fd, buffer.baseAddress! + count, expected - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw StorageError(path: path, errno: failure) }
        // The file may have grown since fstat: read on until the end.
        if bytes.count == expected {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { throw StorageError(path: path, errno: errno) }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
        }
        return bytes
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Replaces `path`'s contents atomically, keeping its permissions. A symbolic link is followed:
    /// the file it points to is replaced and the link stays a link.
    public static func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
        let target = resolvedLinkTarget(path)
        var info = stat()
        let existing = stat(target, &info) == 0
        if existing && (info.st_mode & S_IFMT) != S_IFREG {
            throw StorageError(path: path, message: "is not a regular file; refusing to replace it")
        }
        let mode = existing ? mode_t(info.st_mode & 0o7777) : mode_t(0o644)
        let directory = parentDirectory(of: target)
        let temporary = directory + "/." + baseName(of: target) + ".roadmap-\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw StorageError(path: path, message: "cannot write beside it: \(systemMessage(errno))") }
        var failure: StorageError?
        if fchmod(fd, mode) != 0 { failure = StorageError(path: path, errno: errno) }
        var written = 0
        while failure == nil && written < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = StorageError(path: path, message: "write failed: \(systemMessage(errno))")
            } else {
                written += n
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = StorageError(path: path, message: "flush failed: \(systemMessage(errno))") }
        if close(fd) != 0 && failure == nil { failure = StorageError(path: path, message: "close failed: \(systemMessage(errno))") }
        if failure == nil && rename(temporary, target) != 0 { failure = StorageError(path: path, message: "rename failed: \(systemMessage(errno))") }
        if let failure {
            unlink(temporary)
            throw failure
        }
        syncDirectory(directory)
    }

    /// Makes the rename itself durable.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// Follows symbolic links (relative ones against the link's directory), at most 40 deep.
    static func resolvedLinkTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : parentDirectory(of: current) + "/" + target
        }
        return current
    }

    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
