import Foundation
import Glibc
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// What an editor does to a file when it saves, for the tests that put such a save in the middle
/// of a `RoadmapStore.commit`.
enum Editor {
    /// Saves by rename (most editors, vim by default): the new bytes go to a file beside it,
    /// which is renamed over it.
    static func renameSave(_ path: String, _ bytes: [UInt8]) {
        let temporary = path + ".editor-\(UInt32.random(in: 0...UInt32.max)).swp"
        write(temporary, bytes, from: 0, flags: O_CREAT | O_TRUNC)
        precondition(rename(temporary, path) == 0, "editor: rename failed")
    }

    /// Saves in place (vim with backupcopy=yes, many small editors): truncates the file, then
    /// writes it in `pieces` writes, `pause` microseconds apart. The inode stays the same.
    static func inPlaceSave(_ path: String, _ bytes: [UInt8], pieces: Int = 3, pause: useconds_t = 0) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        precondition(fd >= 0, "editor: cannot open \(path)")
        defer { close(fd) }
        inPlaceSave(into: fd, bytes, pieces: pieces, pause: pause)
    }

    /// The same through a descriptor the editor opened to write earlier: truncated, then written.
    static func inPlaceSave(into fd: Int32, _ bytes: [UInt8], pieces: Int = 3, pause: useconds_t = 0) {
        precondition(ftruncate(fd, 0) == 0 && lseek(fd, 0, SEEK_SET) == 0, "editor: cannot truncate")
        let size = max(1, (bytes.count + pieces - 1) / pieces)
        for start in stride(from: 0, to: bytes.count, by: size) {
            if start > 0 && pause > 0 { usleep(pause) }
            let end = min(bytes.count, start + size)
            bytes[start..<end].withUnsafeBytes { precondition(Glibc.write(fd, $0.baseAddress!, $0.count) == $0.count) }
        }
    }

    /// The first part of an in-place save: truncated, and only the first `count` bytes written.
    static func startInPlaceSave(_ path: String, _ bytes: [UInt8], upTo count: Int) {
        write(path, Array(bytes[..<count]), from: 0, flags: O_TRUNC)
    }

    /// The rest of a save `startInPlaceSave` began.
    static func finishInPlaceSave(_ path: String, _ bytes: [UInt8], from count: Int) {
        write(path, Array(bytes[count...]), from: count, flags: 0)
    }

    private static func write(_ path: String, _ bytes: [UInt8], from offset: Int, flags: Int32) {
        let fd = open(path, O_WRONLY | O_CLOEXEC | flags, 0o644)
        precondition(fd >= 0, "editor: cannot open \(path)")
        defer { close(fd) }
        bytes.withUnsafeBytes { precondition(pwrite(fd, $0.baseAddress, $0.count, off_t(offset)) == $0.count) }
    }

    /// Device, inode, size and both times: what an editor compares to tell whether a file
    /// changed since it read it.
    static func stamp(_ path: String) -> [Int] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [] }
        return [Int(info.st_dev), Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec,
                info.st_ctim.tv_sec, info.st_ctim.tv_nsec]
    }
}

/// An editor's save run on a thread of its own, as another program's would run: while a commit
/// holds a read lease on the file (`ReadLease`), the save's open waits until the commit lets go,
/// which a save made on the commit's own thread (in one of its hooks) would wait for forever.
final class BackgroundSave: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    init(_ save: @escaping @Sendable () -> Void) {
        Thread {
            save()
            self.lock.lock()
            self.done = true
            self.lock.unlock()
        }.start()
    }

    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    enum Progress { case done, blocked, neither }

    /// Waits until the save is done, or waits on a lease of `path`'s file (/proc/locks lists a
    /// lease on it as breaking): the moment a test lets the commit go on.
    func waitUntilDoneOrBlocked(on path: String, seconds: Double = 5) -> Progress {
        var info = stat()
        let inode = stat(path, &info) == 0 ? ":\(info.st_ino) " : "?"
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if isDone { return .done }
            let locks = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
            if locks.split(separator: "\n").contains(where: { $0.contains("LEASE  BREAKING") && $0.contains(inode) }) { return .blocked }
            usleep(500)
        }
        return .neither
    }

    /// Waits for the save to end: whether it did within `seconds`.
    func wait(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !isDone && Date() < deadline { usleep(500) }
        return isDone
    }
}

/// A temporary directory for one test, removed with it.
final class ScratchDirectory {
    let path: String

    init(_ label: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: FileSystem.parentDirectory(of: file), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func read(_ file: String) -> String {
        String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data(), as: UTF8.self)
    }
}
