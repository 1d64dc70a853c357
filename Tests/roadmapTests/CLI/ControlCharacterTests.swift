import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Issue 13: text from a file, an argument or the environment must not drive the terminal. Every
/// control byte goes into every kind of text a roadmap holds, into arguments and into variables,
/// and through every command's output; what reaches stdout and stderr has no control character
/// but line feed and tab, except Style's own `ESC [ … m` when colour is on.
struct ControlCharacterTests {
    /// C0 but line feed, DEL, C1 as UTF-8 (C2 80–C2 9F), and the raw bytes 0x80–0x9F.
    static let controls: [[UInt8]] = (0x00...0x1F).filter { $0 != 0x0A }.map { [UInt8($0)] } + [[0x7F]]
        + (0x80...0x9F).map { [0xC2, UInt8($0)] } + (0x80...0x9F).map { [UInt8($0)] }

    /// `c` in a title, headings, goals, a done goal, links (plain and percent-encoded), a field,
    /// an option group, a metric, a checkpoint. NUL only in arguments: a file holding one is binary.
    static func roadmap(_ c: [UInt8]) -> [UInt8] {
        let x = String(decoding: c, as: UTF8.self) == "\u{FFFD}" ? "\u{1}" : "X"
        let encoded = c.map { String(format: "%%%02X", $0) }.joined()
        let text = """
        # Title\(x)

        **Start Date:** 2026-01-15
        **Name:** Ada\(x) \u{1B}]0;pwned\u{07} \u{1B}[2J
        **Company Type:** [ ] Big\(x) [ ] Startup

        ## Skills\(x)

        - [ ] learn docker\(x) (Month 3)
        - [ ] learn kubernetes\(x) \u{1B}c \u{9B}31m
        - [x] shipped\(x) ✅ 2026-02-01
        - [ ] [link\(x)](missing\(x).md)
        - [ ] [pc](\(encoded)-%1B%5D0;pwned%07.md)

        | Skill | Current | Target (6 months) |
        |---|---|---|
        | Python\(x) | 30% | 80% |

        ## 3-Month Checkpoint\(x)

        **Date:** ____

        - [ ] review\(x)

        """
        let bytes = Array(text.utf8)
        // Each X (or the \u{1} stand-in for raw bytes, whose UTF-8 would not survive a String) becomes c.
        var out: [UInt8] = []
        for b in bytes { if b == 0x58 || (x != "X" && b == 0x01) { out += c } else { out.append(b) } }
        return out
    }

    static func commands(_ c: String) -> [[String]] {
        [["status"], ["status", "--depth", "6"], ["list"], ["next", "--all"], ["fields"], ["diagram"],
         ["check", "docker", "--dry-run"], ["uncheck", "shipped", "--dry-run"],
         ["set", "Name", "v\(c)", "--dry-run"], ["select", "Company Type", "Startup", "--dry-run"],
         ["review", "--dry-run"], ["review", "--yes", "--dry-run", "--note", "n\(c)", "--metric", "Python=4\(c)"],
         ["review", "--history"], ["check", "nomatch\(c)"], ["check", "learn"], ["check", "dokcer\(c)"],
         ["set", "Nam\(c)", "x"], ["select", "Company Type", "Big\(c)", "--dry-run"], ["status", "--bogus\(c)"],
         ["status", "--today", "x\(c)"], ["list", "--in", "Skills\(c)"], ["help", "x\(c)"],
         ["status", "--json"], ["list", "--json"], ["fields", "--json"], ["next", "--json"],
         // Writes last: their echo lines, then the log of them.
         ["check", "docker"], ["uncheck", "docker"], ["set", "Name", "v\(c)"], ["select", "Company Type", "Startup"], ["log"]]
    }

    @Test(arguments: controls)
    func noCommandPrintsARawControl(_ c: [UInt8]) throws {
        let h = try CLIHarness()
        try h.writeBytes("plan.md", Self.roadmap(c))
        let argument = String(decoding: c, as: UTF8.self) + "\u{0}"
        let variables = ["XDG_STATE_HOME": h.directory.path + "/state"]
        var problems: [String] = []
        for terminal in [false, true] {
            for command in Self.commands(argument) {
                let run = h.run(["-f", "plan.md"] + command, variables: variables, terminal: terminal)
                for (name, bytes) in [("stdout", run.stdoutBytes), ("stderr", run.stderrBytes)] {
                    if let problem = Self.rawControl(in: bytes, colour: terminal) { problems.append("\(command) \(name): \(problem)") }
                }
            }
            let missing = h.run(["status"], variables: variables.merging(["ROADMAP_FILE": "gone\(argument).md"]) { $1 }, terminal: terminal)
            if let problem = Self.rawControl(in: missing.stderrBytes, colour: terminal) { problems.append("ROADMAP_FILE: \(problem)") }
        }
        #expect(problems.isEmpty, "\(c.map { String($0, radix: 16) }): \(problems.prefix(5))")
    }

    /// The first raw control character in `bytes` (which must be UTF-8), as a message.
    static func rawControl(in bytes: [UInt8], colour: Bool) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return "not UTF-8" }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if v == 0x1B, colour, let end = sgrEnd(scalars, i) { i = end; continue }
            if (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) {
                let around = String(String.UnicodeScalarView(scalars[max(0, i - 20)..<min(scalars.count, i + 10)]))
                return "U+\(String(v, radix: 16)) in \(around.debugDescription)"
            }
            i += 1
        }
        return nil
    }

    /// The end of `ESC [ digits;… m` at `i`, the only sequence Style writes.
    static func sgrEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i + 2 < s.count, s[i + 1] == "[" else { return nil }
        var j = i + 2
        while j < s.count, s[j].properties.numericType != nil || s[j] == ";" { j += 1 }
        return j < s.count && s[j] == "m" ? j + 1 : nil
    }

    /// What the escapes look like, and that the program's own colours still work.
    @Test func controlsAreShownVisiblyAndColoursStay() throws {
        let h = try CLIHarness(files: ["plan.md": "**Name:** \u{1B}]0;pwned\u{07} \u{1B}[2J \u{9B}1m\n\n- [ ] a \u{1B}c \u{1B}(7m b\n"])
        let fields = h.run(["-f", "plan.md", "fields"])
        #expect(fields.stdout.contains(#"\e]0;pwned\x07 \e[2J \x9b1m"#), "\(fields.stdout)")
        let list = h.run(["-f", "plan.md", "list"], terminal: true)
        #expect(list.stdout.contains(#"a \ec \e(7m b"#), "\(list.stdout.debugDescription)")
        #expect(list.stdout.contains("\u{1B}[2m"), "Style's dim ids are escape codes: \(list.stdout.debugDescription)")
        let json = h.run(["-f", "plan.md", "fields", "--json"])
        #expect(json.stdout.contains(#"\u001b]0;pwned\u0007 \u001b[2J \u009b1m"#), "\(json.stdout)")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdoutBytes))) != nil)
    }
}
