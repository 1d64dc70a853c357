import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// The built binary on files built to hurt: a correct result or a clear one-line error, no crash,
/// no stack overflow, and nothing changed but what was asked. (The parser's side of each is in
/// RoadmapKitTests/Markdown/HostileInputTests, in-process.)
struct HostileFileTests {
    static func repeated(_ text: String, _ count: Int) -> [UInt8] {
        let unit = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(unit.count * count)
        for _ in 0..<count { out += unit }
        return out
    }

    /// Runs `check ID --no-date` and expects exactly one byte (the box) to change.
    func expectTick(_ sandbox: Sandbox, _ name: String, _ id: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = sandbox.bytes(name)
        let run = try sandbox.run(["check", "\(id)", "--no-date", "-f", name])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)", sourceLocation: sourceLocation)
        let after = sandbox.bytes(name)
        #expect(after.count == before.count, sourceLocation: sourceLocation)
        #expect(zip(before, after).filter { $0 != $1 }.count == 1, sourceLocation: sourceLocation)
    }

    /// A NUL byte in the first 8,000 bytes makes a file binary (git's rule): refused, unchanged.
    /// Past them, NUL bytes are text like any other.
    @Test func nulBytes() throws {
        let sandbox = try Sandbox()
        let bytes = Array("# N\0L\n\n- [ ] before\0after\n\0\n\n- [ ] second\0\n".utf8)
        try sandbox.write("nul.md", bytes)
        let status = try sandbox.run(["status", "-f", "nul.md"])
        #expect(status.status == 1 && status.stderr == "error: nul.md: looks like a binary file (NUL byte at offset 3); not changed\n")
        #expect(try sandbox.run(["check", "2", "-f", "nul.md"]).status == 1)
        #expect(sandbox.bytes("nul.md") == bytes)
        let late = Array("# N\n\n- [ ] second\n".utf8) + [UInt8](repeating: 0x20, count: 8_000) + Array("\0after\n".utf8)
        try sandbox.write("late.md", late)
        try expectTick(sandbox, "late.md", 1)
    }

    @Test func oneMegabyteLines() throws {
        let sandbox = try Sandbox()
        try sandbox.write("long.md", Array("# Long\n\n- [ ] ".utf8) + Self.repeated("word ", 1 << 18) + Array("\n- [ ] short\n".utf8))
        try expectTick(sandbox, "long.md", 1)
        let list = try sandbox.run(["list", "-f", "long.md"])
        #expect(list.status == 0 && list.stdout.count < 5000, "a listed goal is cut, in a pipe too, to 4096 columns")
        try sandbox.write("markers.md", Self.repeated("- ", 1 << 19) + Array("[ ] deepest\n".utf8))
        let status = try sandbox.run(["status", "-f", "markers.md"])
        #expect(status.status == 0 && status.stdout.contains("0/1"))
        try expectTick(sandbox, "markers.md", 1)
    }

    /// 10,000 goals, each nested in the one before (25 MB of tab indentation). A debug build takes
    /// over ten seconds a command on it, so there the depth is 2,000 (`make test` builds optimised).
    @Test func tenThousandLevels() throws {
        #if DEBUG
        let depth = ProcessInfo.processInfo.environment["ROADMAP_BIG_FILE_TESTS"] == nil ? 2_000 : 10_000
        #else
        let depth = 10_000
        #endif
        let sandbox = try Sandbox()
        var bytes = Array("# Deep\n\n".utf8)
        for level in 0..<depth {
            bytes += [UInt8](repeating: 0x09, count: level / 2) + (level % 2 == 1 ? [0x20, 0x20] : []) + Array("- [ ] level \(level)\n".utf8)
        }
        try sandbox.write("deep.md", bytes)
        let status = try sandbox.run(["status", "-f", "deep.md"])
        #expect(status.status == 0 && status.stdout.contains("#1 [ ] level 0  (0/\(depth - 1))"))
        let list = try sandbox.run(["list", "-f", "deep.md"])
        #expect(list.status == 0 && list.stdout.split(separator: "\n").count == depth + 1)
        #expect(try sandbox.run(["list", "--json", "-f", "deep.md"]).status == 0)
        try expectTick(sandbox, "deep.md", depth)
        #expect(try sandbox.run(["undo", "-f", "deep.md"]).status == 0)
        #expect(sandbox.bytes("deep.md") == bytes)
    }

    @Test func aHundredThousandHeadings() throws {
        let sandbox = try Sandbox()
        var bytes: [UInt8] = []
        for n in 0..<100_000 {
            bytes += [UInt8](repeating: 0x23, count: 1 + n % 6) + Array(" Heading \(n)\n- [ ] goal \(n)\n".utf8)
        }
        try sandbox.write("headings.md", bytes)
        let status = try sandbox.run(["status", "--depth", "6", "-f", "headings.md"])
        #expect(status.status == 0 && status.stdout.contains("0/100000"))
        #expect(status.stdout.split(separator: "\n").count > 100_000)
        try expectTick(sandbox, "headings.md", 100_000)
    }

    /// 200 MB: 4 million goals under 400,000 headings, with prose. Runs in optimised builds (which
    /// is what `make test` builds); a debug build takes minutes, so it is skipped there unless
    /// ROADMAP_BIG_FILE_TESTS=1.
    @Test func twoHundredMegabytes() throws {
        #if DEBUG
        guard ProcessInfo.processInfo.environment["ROADMAP_BIG_FILE_TESTS"] != nil else {
            print("SKIP: the 200 MB file test runs in optimised builds ('make test'), or with ROADMAP_BIG_FILE_TESTS=1")
            return
        }
        #endif
        let sandbox = try Sandbox()
        var chunk = Array("## Section\n\nSome paragraph about the plan, with words and more words to fill a line.\n\n".utf8)
        for k in 0..<10 { chunk += Array("- [\(k % 3 == 1 ? "x" : " ")] Goal \(k) learn something useful\n".utf8) }
        chunk += [0x0A]
        let copies = 200 * 1024 * 1024 / chunk.count + 1
        var bytes = Array("# Big\n\n".utf8)
        bytes.reserveCapacity(chunk.count * copies + 16)
        for _ in 0..<copies { bytes += chunk }
        try sandbox.write("big.md", bytes)
        defer { unlink(sandbox.file("big.md")) }

        let clock = ContinuousClock()
        var start = clock.now
        let status = try sandbox.run(["status", "--depth", "0", "-f", "big.md"])
        let statusTime = clock.now - start
        #expect(status.status == 0 && status.stderr.isEmpty)
        #expect(status.stdout.contains("\(copies * 3)/\(copies * 10)"))
        start = clock.now
        let check = try sandbox.run(["check", "\(copies * 10)", "--no-date", "-f", "big.md"])
        let checkTime = clock.now - start
        #expect(check.status == 0 && check.stderr.isEmpty)
        let after = sandbox.bytes("big.md")
        // The last goal's state byte: its line, then the chunk's closing blank line, end the file.
        let box = bytes.count - 1 - "- [ ] Goal 9 learn something useful\n".utf8.count + 3
        #expect(after.count == bytes.count && after[box] == 0x78 && bytes[box] == 0x20)
        #expect(after[..<box] == bytes[..<box] && after[(box + 1)...] == bytes[(box + 1)...])
        print("200 MB: \(bytes.count) bytes, \(copies * 10) goals: status \(statusTime), check \(checkTime)")
    }
}
