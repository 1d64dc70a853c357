import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// The read-lock-re-read-write sequence every change goes through, in-process on temporary files.
/// (Permissions as a non-root user, full disks, kills and concurrent processes are tested with the
/// built binary in roadmapTests/EndToEnd: WriteFaultTests, ConcurrentWriteTests.)
final class RoadmapStoreTests {
    let directory: String
    let text = "# Plan\n- [ ] Docker\n- [ ] Kubernetes\n"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ path: String) -> String { String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self) }

    /// Ticks goal `index` of what is in `path` now, then lets `meanwhile` change the file before committing.
    func tick(_ index: Int, in path: String, meanwhile: () throws -> Void = {}) throws -> FileChange? {
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: index, to: .done, doneDate: nil)
        try meanwhile()
        return try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { roadmap.replaying(edits, onto: $0) })
    }

    func inode(_ path: String) -> UInt {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt(info.st_ino) : 0
    }

    @Test func nothingIsWrittenWhenNothingChanges() throws {
        let path = try write("plan.md", text)
        let before = inode(path)
        let bytes = Array(text.utf8)
        var called = false
        #expect(try commitOneFile([], computedOn: bytes, to: path, replaying: { _ in nil }) { _ in called = true } == nil)
        #expect(try commitOneFile([TextEdit(range: 2..<6, replacement: "Plan")], computedOn: bytes, to: path, replaying: { _ in nil }) { _ in called = true } == nil)
        #expect(inode(path) == before && !called, "the file was replaced although nothing changed")
    }

    @Test func writesAndKeepsPermissions() throws {
        let path = try write("plan.md", text)
        chmod(path, 0o640)
        let change = try tick(1, in: path)
        #expect(change?.wasReplayed == false)
        #expect(read(path) == "# Plan\n- [ ] Docker\n- [x] Kubernetes\n")
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o7777 == 0o640)
    }

    @Test func followsSymbolicLinksAndKeepsThem() throws {
        try FileManager.default.createDirectory(atPath: directory + "/real", withIntermediateDirectories: true)
        let target = try write("real/plan.md", text)
        try FileManager.default.createSymbolicLink(atPath: directory + "/hop.md", withDestinationPath: "real/plan.md")
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.md", withDestinationPath: directory + "/hop.md")
        _ = try tick(0, in: directory + "/link.md")
        #expect(read(target) == "# Plan\n- [x] Docker\n- [ ] Kubernetes\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.md") == directory + "/hop.md")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/hop.md") == "real/plan.md")
    }

    @Test func refusesWhatIsNotARegularFile() throws {
        let fifo = directory + "/fifo.md"
        #expect(mkfifo(fifo, 0o644) == 0)
        // Opening a FIFO for reading would wait for a writer forever; it must be refused at once.
        #expect(throws: StorageError(path: fifo, message: "is not a regular file")) { try FileSystem.read(fifo) }
        #expect(throws: StorageError(path: directory, message: "is a directory, not a roadmap file")) { try FileSystem.read(directory) }
        #expect(throws: StorageError.self) { try FileSystem.write(Array("x".utf8), to: fifo) }
        #expect(throws: StorageError(path: directory + "/none.md", message: "No such file or directory")) { try FileSystem.read(directory + "/none.md") }
    }

    @Test func reappliesWhenTheFileChangedElsewhere() throws {
        let path = try write("plan.md", text)
        let change = try tick(1, in: path) {
            _ = try write("plan.md", "# Plan\n\nAdded in an editor.\n- [ ] Docker\n- [x] Helm\n- [ ] Kubernetes\n")
        }
        #expect(change?.wasReplayed == true)
        #expect(read(path) == "# Plan\n\nAdded in an editor.\n- [ ] Docker\n- [x] Helm\n- [x] Kubernetes\n")
    }

    /// The check under the lock compares bytes, not sizes: an editor's change that keeps the size
    /// (here one letter, past the first 64 KB block) is found and the tick re-applied to it.
    @Test func findsAChangeThatKeepsTheSize() throws {
        let padding = String(repeating: "Notes about the plan.\n", count: 4000)
        let path = try write("plan.md", text + padding + "end\n")
        let change = try tick(1, in: path) { _ = try write("plan.md", text + padding + "End\n") }
        #expect(change?.wasReplayed == true)
        #expect(read(path) == "# Plan\n- [ ] Docker\n- [x] Kubernetes\n" + padding + "End\n")
    }

    /// A file longer than its stat size (one that grew after fstat; /proc files say 0) is read to
    /// its end: the one-byte probe past the expected size finds the rest.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/cmdline"), "needs Linux's /proc"))
    func readsPastTheStatSize() throws {
        let bytes = try FileSystem.read("/proc/self/cmdline")
        #expect(!bytes.isEmpty)
        #expect(bytes == Array(try Data(contentsOf: URL(fileURLWithPath: "/proc/self/cmdline"))))
    }

    @Test func refusesWhenItCannotReapply() throws {
        let path = try write("plan.md", text)
        let edited = "# Plan\n- [ ] Docker\n- [ ] Kubernetes (CKA)\n"
        #expect {
            _ = try tick(1, in: path) { _ = try write("plan.md", edited) }
        } throws: { error in
            (error as? StorageError)?.message.hasPrefix("changed on disk after roadmap read it") == true
        }
        #expect(read(path) == edited)
    }

    @Test func leftoverTemporariesAreRemovedAndNeverReplaceTheFile() throws {
        let path = try write("plan.md", text)
        let leftover = try write(".plan.md.roadmap-999999.tmp", "# Half a file from a killed wr")
        let foreign = try write(".plan.md.roadmap-notapid.tmp", "not ours")
        _ = try tick(0, in: path)
        #expect(read(path) == "# Plan\n- [x] Docker\n- [ ] Kubernetes\n")
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: foreign))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == [".plan.md.roadmap-notapid.tmp", "plan.md"])
    }
}
