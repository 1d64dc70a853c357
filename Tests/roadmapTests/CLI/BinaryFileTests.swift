import Testing
@testable import roadmap
import RoadmapKit

/// Issue 13: `roadmap -f /usr/local/bin/roadmap check 1` wrote a tick into the binary (it embeds
/// the templates), and a UTF-16 file showed 0 goals. Binary files (a NUL byte in the first 8,000
/// bytes, git's rule) and UTF-16/32 files are refused by every command, with the reason.
struct BinaryFileTests {
    /// An executable's start, then the bundled career roadmap, as the roadmap binary holds it.
    static let executable: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]
        + BundledTemplate.all[0].files[0].bytes

    static let writers: [[String]] = [
        ["check", "1"], ["uncheck", "1"], ["set", "Name", "Ada"], ["select", "Status", "Complete"],
        ["review", "--yes"], ["adopt"], ["check", "1", "--dry-run"],
    ]

    @Test(arguments: writers + [["status"], ["list"], ["next"], ["fields"], ["diagram"], ["status", "--json"]])
    func binaryIsRefused(_ command: [String]) throws {
        let h = try CLIHarness()
        try h.writeBytes("bin", Self.executable)
        let run = h.run(["-f", "bin"] + command)
        #expect(run.status == .failure, "\(command)")
        #expect(run.stderr == "error: bin: looks like a binary file (NUL byte at offset 7); not changed\n", "\(command): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try h.bytes("bin") == Self.executable)
    }

    @Test func nulPastTheFirst8000BytesIsText() throws {
        let bytes = Array("# Plan\n\n- [ ] a\n".utf8) + [UInt8](repeating: 0x20, count: 8_000) + [0x00, 0x0A]
        let h = try CLIHarness()
        try h.writeBytes("late.md", bytes)
        #expect(h.run(["-f", "late.md", "check", "1", "--no-date"]).status == .success)
        #expect(try h.bytes("late.md") == Array("# Plan\n\n- [x] a\n".utf8) + [UInt8](repeating: 0x20, count: 8_000) + [0x00, 0x0A])
    }

    @Test(arguments: [([UInt8]([0xFF, 0xFE]), "UTF-16LE", "FF FE"), ([0xFE, 0xFF], "UTF-16BE", "FE FF"),
                      ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE", "FF FE 00 00")])
    func wideEncodingsSayHowToConvert(_ mark: [UInt8], _ name: String, _ shown: String) throws {
        let text = Array("# Plan\n- [ ] a\n".utf8)
        let bytes = mark + (name.hasPrefix("UTF-32") ? text.flatMap { [$0, 0, 0, 0] } : name.hasSuffix("LE") ? text.flatMap { [$0, 0] } : text.flatMap { [0, $0] })
        let h = try CLIHarness()
        try h.writeBytes("my plan.md", bytes)
        for command in [["status"], ["check", "1"]] {
            let run = h.run(["-f", "my plan.md"] + command)
            #expect(run.status == .failure)
            let family = name.prefix(6)
            #expect(run.stderr == "error: my plan.md: is \(name) (it starts with the byte order mark \(shown)), which roadmap does not read; convert it to UTF-8 with: iconv -f \(family) -t UTF-8 'my plan.md' > 'my plan.md.utf8'\n", "\(run.stderr)")
        }
        #expect(try h.bytes("my plan.md") == bytes)
    }

    @Test func aLinkedBinaryIsNotRead() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Index\n\n- [ ] [Phase](phase.md)\n"])
        try h.writeBytes("phase.md", Array("- [ ] a\0\n".utf8))
        let run = h.run(["status"])
        #expect(run.status == .success)
        #expect(run.stderr.contains("link to 'phase.md' points nowhere (looks like a binary file (NUL byte at offset 7); not changed)"), "\(run.stderr)")
    }
}
