#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files and working with paths. Writing is in `AtomicWrite.swift`, locking in
/// `FileLock.swift`, and the read-lock-write sequence every change goes through in `RoadmapStore`.
public enum FileSystem {
    /// Offsets in the model are 32-bit; larger files are refused rather than mis-parsed.
    public static let maximumFileSize = Int(Int32.max)

    /// The whole file at `path`; a folder, a FIFO or device (anything but a regular file) or a file
    /// over `maximumFileSize` is refused with a message that says which.
    public static func read(_ path: String) throws(StorageError) -> [UInt8] {
        // O_NONBLOCK so that a FIFO given as the roadmap is refused below instead of hanging the
        // open until some writer appears; it changes nothing for regular files.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
        defer { close(fd) }
        return try read(fd, path: path)
    }

    /// Reads an open file from its start to its end.
    static func read(_ fd: Int32, path: String) throws(StorageError) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError(path: path, errno: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw StorageError(path: path, message: "is a directory, not a roadmap file") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StorageError(path: path, message: "is not a regular file") }
        guard Int(info.st_size) <= maximumFileSize else {
            throw StorageError(path: path, message: "is larger than 2 GiB, which roadmap does not read")
        }
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw StorageError(path: path, errno: errno) }
        // Read straight into uninitialised storage: zero-filling first would touch every byte twice.
        let expected = Int(info.st_size)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            while count < expected {
                let n = readRetrying(fd, buffer.baseAddress! + count, expected - count)
                if n < 0 { failure = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw StorageError(path: path, errno: failure) }
        // The file may have grown since fstat: read on until the end. A one-byte read finds the
        // end first; the 64 KB chunk (zero-filled, 16 fresh pages) only if there is more, which
        // was 3% of a small `status`.
        if bytes.count == expected {
            var probe: UInt8 = 0
            let n = withUnsafeMutableBytes(of: &probe) { readRetrying(fd, $0.baseAddress!, 1) }
            if n < 0 { throw StorageError(path: path, errno: errno) }
            if n == 0 { return bytes }
            bytes.append(probe)
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = chunk.withUnsafeMutableBytes { readRetrying(fd, $0.baseAddress!, $0.count) }
                if n < 0 { throw StorageError(path: path, errno: errno) }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
                guard bytes.count <= maximumFileSize else {
                    throw StorageError(path: path, message: "is larger than 2 GiB, which roadmap does not read")
                }
            }
        }
        return bytes
    }

    /// Whether an open file holds exactly `bytes`, compared a block at a time: the check under
    /// the lock that nothing changed the file since it was read, without a second copy of it.
    static func hasContents(_ fd: Int32, equalTo bytes: [UInt8], path: String) throws(StorageError) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError(path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw StorageError(path: path, errno: errno) }
        var block = [UInt8](repeating: 0, count: 65536)
        var offset = 0
        while true {
            let n = block.withUnsafeMutableBytes { readRetrying(fd, $0.baseAddress!, $0.count) }
            if n < 0 { throw StorageError(path: path, errno: errno) }
            if n == 0 { return offset == bytes.count }
            guard offset + n <= bytes.count else { return false }
            let same = block.withUnsafeBytes { read in
                bytes.withUnsafeBytes { memcmp(read.baseAddress!, $0.baseAddress! + offset, n) == 0 }
            }
            guard same else { return false }
            offset += n
        }
    }

    /// `read(2)`, retried when a signal interrupts it: the count read (0 at the end), or -1 with
    /// `errno` set.
    private static func readRetrying(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        while true {
            let n = systemRead(fd, buffer, count)
            if n >= 0 || errno != EINTR { return n }
        }
    }

    /// Whether `path` names anything (a file, a folder, a device), links followed.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether `path` is a folder, links followed.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Follows symbolic links (relative ones against the link's directory), at most 40 deep.
    /// Writes replace the file at the end of the chain, so the links stay links.
    package static func resolvedLinkTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let target = PathBytes.string(buffer[0..<n].map { UInt8(bitPattern: $0) })
            current = target.hasPrefix("/") ? target : parentDirectory(of: current) + "/" + target
        }
        return current
    }

    /// The folder `path` is in: `.` for a bare name, `/` for a file at the root.
    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// The last component of `path` (`RelativePath.baseName`).
    public static func baseName(of path: String) -> String {
        RelativePath.baseName(of: path)
    }

    /// The current working directory, absolute.
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return PathBytes.string(buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) })
    }

    /// The canonical absolute path (links, `.` and `..` resolved), or nil if it does not exist.
    public static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return PathBytes.string(cString: resolved)
    }
}
