import Foundation
import Glibc
import Testing

/// A roadmap whose name is not UTF-8 (`a\xff\xfeb.md`), named on the command line as the bytes
/// it is: read, ticked, logged with its real name in the journal, undone (issue 22, section 6).
/// Arguments reach the binary through bash's `$'…'`, since `Process` takes only Unicode.
struct PathBytesEndToEndTests {
    static let name: [UInt8] = Array("a".utf8) + [0xFF, 0xFE] + Array("b.md".utf8)
    static let plan = Array("# Plan\n\n- [ ] Learn Docker\n- [ ] Ship it\n".utf8)

    /// Runs the binary with `arguments`, each a bash word (so `$'a\377\376b.md'` is those bytes).
    func run(_ sandbox: Sandbox, _ arguments: String) throws -> Sandbox.Run {
        try sandbox.run(["-c", "exec \"$0\" " + arguments, EndToEndTests.binary.path], executable: "/bin/bash")
    }

    /// The file's bytes, opened by its raw name (Foundation takes only Unicode names).
    func bytes(_ sandbox: Sandbox, _ name: [UInt8]) -> [UInt8]? {
        let path = (Array(sandbox.path.utf8) + [0x2F] + name + [0]).map { CChar(bitPattern: $0) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 4096)
        while case let n = read(fd, &chunk, chunk.count), n > 0 { out += chunk[0..<n] }
        return out
    }

    func create(_ sandbox: Sandbox, _ name: [UInt8], _ bytes: [UInt8]) {
        let path = (Array(sandbox.path.utf8) + [0x2F] + name + [0]).map { CChar(bitPattern: $0) }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        #expect(fd >= 0)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func aRoadmapNamedWithBytesThatAreNotUTF8() throws {
        let sandbox = try Sandbox()
        create(sandbox, Self.name, Self.plan)
        let file = "-f $'a\\377\\376b.md'"

        let status = try run(sandbox, "\(file) status")
        #expect(status.status == 0 && status.stdout.contains("0/2"), "\(status.stderr)")

        let check = try run(sandbox, "\(file) check 1 --no-date")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(bytes(sandbox, Self.name) == Array("# Plan\n\n- [x] Learn Docker\n- [ ] Ship it\n".utf8))

        let log = try run(sandbox, "\(file) log")
        #expect(log.status == 0 && log.stdout.contains("Learn Docker (goal 1 at the time)"), "\(log.stdout)\(log.stderr)")
        // The journal holds the name's own bytes, not U+FFFD nor the private-use scalars.
        let journals = try FileManager.default.contentsOfDirectory(atPath: sandbox.state + "/roadmap/journal")
        #expect(journals.count == 1)
        let journal = Array(try Data(contentsOf: URL(fileURLWithPath: sandbox.state + "/roadmap/journal/" + journals[0])))
        let canonical = Array((realpath(sandbox.path, nil).map { p in defer { free(p) }; return String(cString: p) } ?? "").utf8) + [0x2F] + Self.name
        #expect(journal.firstRange(of: canonical) != nil, "\(String(decoding: journal, as: UTF8.self))")

        let undo = try run(sandbox, "\(file) undo")
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(bytes(sandbox, Self.name) == Self.plan)
    }

    /// A name that is missing is shown as its bytes, `\xNN` for each that is not UTF-8.
    @Test func aMissingNameIsShownAsItsBytes() throws {
        let sandbox = try Sandbox()
        let run = try run(sandbox, "-f $'a\\377\\376b.md' status")
        #expect(run.status == 1)
        #expect(run.stderr == "error: a\\xff\\xfeb.md: No such file or directory\n", "\(run.stderr)")
    }

    /// A plan's link percent-encodes the bytes (`ph%FF.md`): the linked file is read by them.
    @Test func aLinkedFileNamedWithBytesThatAreNotUTF8() throws {
        let sandbox = try Sandbox()
        try sandbox.write("roadmap.md", Array("# Guide\n\n- [ ] [Phase](ph%FF.md)\n".utf8))
        create(sandbox, Array("ph".utf8) + [0xFF] + Array(".md".utf8), Self.plan)
        let status = try sandbox.run(["status"])
        #expect(status.status == 0 && status.stderr.isEmpty, "\(status.stderr)")
        #expect(status.stdout.contains("0/3"), "\(status.stdout)")
    }
}
