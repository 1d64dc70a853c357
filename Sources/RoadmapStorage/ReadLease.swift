#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A read lease on an open file (Linux, `fcntl(F_SETLEASE, F_RDLCK)`): the kernel grants it only
/// while no process has the file open for writing, and breaks it the moment one opens it so; that
/// open waits until the holder lets go (at most `/proc/sys/fs/lease-break-time`, 45 s by default,
/// after which the kernel takes the lease away). Held from before a read to after the check that
/// follows it, an unbroken lease says that no other program could write to the file in between,
/// whatever its times say: an editor saving in place (truncate, write half, pause, write the rest)
/// is seen however long it pauses, and so is one that merely has the file open for writing.
///
/// A break is noticed by asking (`F_GETLEASE` answers `F_UNLCK` once one is pending), at each
/// check, and the lease is then let go at once so that the other program goes on. The kernel also
/// signals the holder, with SIGIO unless `F_SETSIG` names another signal, and SIGIO's default
/// action ends the process: the lease's descriptor is set to signal SIGURG instead, which is
/// ignored unless a handler is installed (roadmap installs none). SIGIO itself is left alone:
/// ignored, it would stay ignored in every program roadmap runs (git, the editor).
///
/// Only the file's owner (or a process with CAP_LEASE) may take a lease, and not every file system
/// grants them (EINVAL: some network and FUSE ones, or `fs.leases-enable` off); none outside Linux.
/// There the lease is `unavailable`, and the checks that do without one (device, inode, size,
/// times, bytes, two looks apart) are all there is.
struct ReadLease {
    enum State {
        case held
        /// Refused: a process has the file open for writing (or is opening it so).
        case beingWritten
        case unavailable
    }

    let fd: Int32
    let state: State

    /// Takes a read lease on `fd`, a descriptor open for reading only.
    init(on fd: Int32) {
        self.fd = fd
        #if os(Linux)
        // F_SETSIG before every F_SETLEASE: letting a lease go resets the descriptor's signal.
        guard fcntl(fd, setSignal, SIGURG) == 0, fcntl(fd, setLease, Int32(F_RDLCK)) == 0 else {
            state = errno == EAGAIN ? .beingWritten : .unavailable
            return
        }
        state = .held
        #else
        state = .unavailable
        #endif
    }

    var isHeld: Bool { state == .held }

    /// Taken, and since then a process opened the file for writing (or truncated it), or the kernel
    /// took the lease away: what was read may be a half-written file.
    var isBroken: Bool {
        #if os(Linux)
        isHeld && fcntl(fd, getLease) != Int32(F_RDLCK)
        #else
        false
        #endif
    }

    /// Lets the lease go, so that a program waiting to open the file for writing goes on. Closing
    /// the descriptor does the same. (`isBroken` is true from then on: there is nothing to check.)
    func release() {
        #if os(Linux)
        if isHeld { _ = fcntl(fd, setLease, Int32(F_UNLCK)) }
        #endif
    }
}

#if os(Linux)
// The `fcntl` commands glibc declares only under _GNU_SOURCE (<bits/fcntl-linux.h>), which the
// Swift module does not define; their values are the same on every Linux architecture Swift runs on.
private let setSignal: Int32 = 10  // F_SETSIG
private let setLease: Int32 = 1024  // F_SETLEASE
private let getLease: Int32 = 1025  // F_GETLEASE
#endif

extension FileSystem {
    /// How long a read waits for another program to close a roadmap file it has open for writing.
    public static let writerPatienceNanoseconds: Int64 = 2_000_000_000

    /// Reads a roadmap file that no other program has open for writing: under a read lease taken
    /// before the read and checked after it. While another program has the file open for writing
    /// (the lease is refused) or opens it during the read (the lease breaks, and is let go at once
    /// so that the program goes on), the read waits briefly and starts over; after `patience` it
    /// refuses, naming the process where /proc shows it. Where leases are unavailable, it is a
    /// plain read (`read(_:)`).
    public static func readWhenNotBeingWritten(_ path: String, patience: Int64 = writerPatienceNanoseconds) throws(StorageError) -> [UInt8] {
        let start = monotonicNanoseconds()
        var pause: Int64 = 1_000_000
        while true {
            // O_NONBLOCK as in `read(_:)`: a FIFO is refused by the read, not waited on.
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
            defer { close(fd) }
            let lease = ReadLease(on: fd)
            if lease.state != .beingWritten {
                let bytes = try read(fd, path: path)
                if !lease.isBroken { return bytes }
                lease.release()
            }
            guard monotonicNanoseconds() - start < patience else { throw beingWritten(path, FileStamp.of(fd)) }
            sleep(nanoseconds: pause)
            pause = min(pause * 2, 50_000_000)
        }
    }

    /// Whether a process has the file at `path` open for writing, as a lease tells (false where
    /// leases are unavailable): to say so when a commit gives up.
    static func isBeingWritten(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return ReadLease(on: fd).state == .beingWritten
    }

    /// The refusal for a file another program keeps open for writing.
    static func beingWritten(_ name: String, _ stamp: FileStamp?) -> StorageError {
        let pid = stamp.flatMap(writingProcess(of:)).map { " (pid \($0))" } ?? ""
        return StorageError(path: name, message: "being written by another program\(pid); nothing was written")
    }

    /// A process that has the file `stamp` describes open for writing, found in /proc (every
    /// descriptor of every process this one may look at: only when refusing). Nil when none is
    /// seen: not Linux, another user's process, or a file mapped into memory with no descriptor.
    static func writingProcess(of stamp: FileStamp) -> Int32? {
        #if os(Linux)
        guard let processes = opendir("/proc") else { return nil }
        defer { closedir(processes) }
        while let entry = readdir(processes) {
            let name = entryName(entry)
            guard let pid = Int32(name) else { continue }
            let descriptors = "/proc/\(name)/fd"
            guard let listing = opendir(descriptors) else { continue }
            defer { closedir(listing) }
            while let descriptor = readdir(listing) {
                let number = entryName(descriptor)
                guard Int(number) != nil, let open = FileStamp.at(descriptors + "/" + number), open.isSameFile(as: stamp),
                      isOpenForWriting(fdinfo: "/proc/\(name)/fdinfo/\(number)") else { continue }
                return pid
            }
        }
        #endif
        return nil
    }

    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: &entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// Whether the descriptor `fdinfo` describes was opened for writing: its `flags:` line, in octal.
    private static func isOpenForWriting(fdinfo: String) -> Bool {
        guard let text = try? read(fdinfo), let line = String(decoding: text, as: UTF8.self).split(separator: "\n").first(where: { $0.hasPrefix("flags:") }),
              let flags = Int(line.dropFirst("flags:".count).drop(while: { $0 == " " || $0 == "\t" }), radix: 8) else { return false }
        return Int32(flags) & O_ACCMODE != O_RDONLY
    }
}
