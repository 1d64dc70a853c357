import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

@_silgen_name("setxattr")
private func setxattr(_ path: UnsafePointer<CChar>, _ name: UnsafePointer<CChar>, _ value: UnsafeRawPointer, _ size: Int, _ flags: Int32) -> Int32
@_silgen_name("getxattr")
private func getxattr(_ path: UnsafePointer<CChar>, _ name: UnsafePointer<CChar>, _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int

/// What a commit does with a file's permissions, hard links and extended attributes (issue 13).
final class StoreSafetyTests {
    let scratch: ScratchDirectory
    static let text = "# Plan\n- [ ] Docker\n- [ ] Kubernetes\n"
    static let ticked = "# Plan\n- [x] Docker\n- [ ] Kubernetes\n"

    init() throws { scratch = try ScratchDirectory("store-safety") }

    func tick(_ path: String, force: Bool = false, whileLocked: (FileChange) -> Void = { _ in }) throws -> FileChange? {
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: 0, to: .done, doneDate: nil)
        return try commitOneFile(edits, computedOn: roadmap.bytes, to: path, force: force,
                                 replaying: { roadmap.replaying(edits, onto: $0) }, whileLocked: whileLocked)
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o7777
    }

    /// Root may write any file, and rename needs only the directory: a file without a write bit was
    /// replaced without a word. It is refused for everyone now, as an editor warns, unless forced.
    @Test(arguments: [0o444, 0o000] as [mode_t])
    func aFileWithoutWriteBitsIsRefusedUnlessForced(_ permissions: mode_t) throws {
        let path = try scratch.write("plan.md", Self.text)
        chmod(path, permissions)
        #expect(throws: StorageError(path: path, message: "is read-only; use --force to write anyway")) { _ = try self.tick(path) }
        chmod(path, 0o644)
        #expect(scratch.read(path) == Self.text)
        chmod(path, permissions)
        let change = try tick(path, force: true)
        #expect(change != nil)
        #expect(mode(path) == permissions, "forced, it keeps its permissions")
        chmod(path, 0o644)
        #expect(scratch.read(path) == Self.ticked)
    }

    /// `ln a/x.md b/x.md`: a rename through `b/` would leave `a/x.md` with the old bytes. A file with
    /// several links is written in place, and only after its journal entry (`whileLocked`, called
    /// before the write in that case) holds its old bytes.
    @Test func aHardLinkedFileIsWrittenInPlaceAfterItsJournalEntry() throws {
        let first = try scratch.write("a/x.md", Self.text)
        let second = scratch.path + "/b/x.md"
        try FileManager.default.createDirectory(atPath: scratch.path + "/b", withIntermediateDirectories: true)
        #expect(link(first, second) == 0)
        var onDiskWhenRecorded: String?
        let change = try tick(second) { _ in onDiskWhenRecorded = self.scratch.read(second) }
        #expect(change?.links == 2 && change?.writtenInPlace == true)
        #expect(onDiskWhenRecorded == Self.text, "the journal entry must come before the in-place write")
        #expect(scratch.read(first) == Self.ticked && scratch.read(second) == Self.ticked)
        var a = stat(), b = stat()
        stat(first, &a)
        stat(second, &b)
        #expect(a.st_ino == b.st_ino && a.st_nlink == 2)
        // A shorter version is cut to its length.
        let roadmap = Roadmap(parsing: try FileSystem.read(first))
        let edits = [TextEdit(range: 6..<Self.ticked.utf8.count, replacement: Array("\n".utf8))]
        _ = try commitOneFile(edits, computedOn: roadmap.bytes, to: first, replaying: { _ in nil })
        #expect(scratch.read(second) == "# Plan\n")
    }

    /// A file with one link is still replaced by rename (a new inode), its attributes copied.
    @Test func extendedAttributesAreCopied() throws {
        let path = try scratch.write("plan.md", Self.text)
        let value = Array("kept".utf8)
        guard setxattr(path, "user.roadmap-test", value, value.count, 0) == 0 else {
            print("SKIP: extendedAttributesAreCopied: the temporary directory's file system has no user attributes (\(String(cString: strerror(errno))))")
            return
        }
        var before = stat()
        stat(path, &before)
        let change = try tick(path)
        #expect(change?.writtenInPlace == false)
        var after = stat()
        stat(path, &after)
        #expect(after.st_ino != before.st_ino, "replaced by rename")
        var buffer = [UInt8](repeating: 0, count: 16)
        let size = getxattr(path, "user.roadmap-test", &buffer, buffer.count)
        #expect(size == 4 && Array(buffer.prefix(4)) == value)
        #expect(scratch.read(path) == Self.ticked)
    }

    /// Where the exchange is not available, a plain rename follows the last check.
    @Test func withoutTheExchangeARenameReplacesTheFile() throws {
        let path = try scratch.write("plan.md", Self.text)
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: 1, to: .done, doneDate: nil)
        var hooks = StoreHooks()
        hooks.exchange = false
        _ = try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { _ in nil }, hooks: hooks)
        #expect(scratch.read(path) == "# Plan\n- [ ] Docker\n- [x] Kubernetes\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["plan.md"])
    }
}
