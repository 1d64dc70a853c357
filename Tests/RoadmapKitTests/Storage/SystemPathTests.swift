import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// Every way a path reaches the C library, with a name that is not UTF-8 (`PathBytes`): the file
/// system calls of Storage/, the names it gets back, and the arguments of an outside program.
final class SystemPathTests {
    let scratch: ScratchDirectory
    /// `a\xff\xfeb.md` in the scratch folder, as raw bytes and as the string that stands for them.
    let raw: [UInt8]
    let path: String

    init() throws {
        scratch = try ScratchDirectory("system-path")
        raw = Array(scratch.path.utf8) + Array("/a".utf8) + [0xFF, 0xFE] + Array("b.md".utf8)
        path = PathBytes.string(raw)
    }

    /// The bytes at a raw name, or nil when there is no such file.
    func contents(_ raw: [UInt8]) -> [UInt8]? {
        let fd = open((raw + [0]).map { CChar(bitPattern: $0) }, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 4096)
        while case let n = read(fd, &chunk, chunk.count), n > 0 { out += chunk[0..<n] }
        return out
    }

    @Test func writtenReadAndFoundByItsBytes() throws {
        try FileSystem.write(Array("# Plan\n".utf8), to: path)
        #expect(contents(raw) == Array("# Plan\n".utf8))
        #expect(try FileSystem.read(path) == Array("# Plan\n".utf8))
        #expect(FileSystem.exists(path) && FileSystem.identity(path) != nil)
        let canonical = try #require(FileSystem.canonicalPath(path))
        #expect(PathBytes.bytes(canonical).suffix(7) == ArraySlice(Array("a".utf8) + [0xFF, 0xFE] + Array("b.md".utf8)))
        // Through a link whose text is the raw name.
        #expect(symlink((Array("a".utf8) + [0xFF, 0xFE] + Array("b.md".utf8) + [0]).map { CChar(bitPattern: $0) }, scratch.path + "/link.md") == 0)
        #expect(FileSystem.resolvedLinkTarget(scratch.path + "/link.md") == path)
        #expect(FileSystem.symbolicLinkText(scratch.path + "/link.md") == PathBytes.string(Array("a".utf8) + [0xFF, 0xFE] + Array("b.md".utf8)))
    }

    /// A store commit and its leftover temporary file, found by listing the folder.
    @Test func committedAndItsTemporariesFound() throws {
        try FileSystem.write(Array("- [ ] Docker\n".utf8), to: path)
        let leftover = PathBytes.bytes(FileSystem.parentDirectory(of: path)) + Array("/.a".utf8) + [0xFF, 0xFE] + Array("b.md.roadmap-99999.tmp".utf8)
        let fd = open((leftover + [0]).map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT, 0o644)
        close(fd)
        #expect(FileSystem.removeLeftoverTemporaries(beside: path) == 1)
        #expect(contents(leftover) == nil)
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: 0, to: .done, doneDate: nil)
        let change = try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { _ in nil })
        #expect(contents(raw) == Array("- [x] Docker\n".utf8))
        #expect(change.map { PathBytes.bytes($0.canonicalPath) } == PathBytes.bytes(FileSystem.canonicalPath(path)!))
    }

    /// An outside program (git, an editor) is given the name's bytes.
    @Test func anOutsideProgramIsGivenTheBytes() throws {
        let fd = open((raw + [0]).map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT, 0o644)
        _ = Array("bytes\n".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let run = try OutsideProgram.run("/bin/cat", [path])
        #expect(run.status == 0 && run.stdout == Array("bytes\n".utf8), "\(String(decoding: run.stderr, as: UTF8.self))")
    }

    /// A NUL names no file, not the shorter path before it.
    @Test func aNulNamesNoFile() throws {
        try FileSystem.write(Array("x".utf8), to: scratch.path + "/todo.txt")
        #expect(throws: StorageError.self) { _ = try FileSystem.read(self.scratch.path + "/todo.txt\u{0}.md") }
    }
}
