import Testing
@testable import RoadmapKit
@testable import RoadmapStorage
import RoadmapTestSupport

/// Inputs built to hurt: each must parse to the right model in time linear in its size, with no
/// stack overflow (the scanner is a loop over lines with an explicit container stack; these tests
/// run on Swift Testing's small worker stacks, where any recursion over nesting would overflow).
struct HostileInputTests {
    /// Parses, checks the model's own invariants, and fails if it took unreasonably long: the
    /// quadratic cases this guards against took minutes, the linear ones well under a second.
    @discardableResult
    func parse(_ bytes: [UInt8], _ name: String, within seconds: Double = 20) -> Roadmap {
        let clock = ContinuousClock()
        let start = clock.now
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(seconds), "\(name): \(elapsed)")
        #expect(roadmap.bytes == bytes, "\(name): write-back differs")
        #expect(Invariants.structure(roadmap) == [], "\(name)")
        return roadmap
    }

    func repeated(_ text: String, _ count: Int) -> [UInt8] {
        let unit = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(unit.count * count)
        for _ in 0..<count { out += unit }
        return out
    }

    @Test func nulBytesAreJustBytes() {
        let bytes = Array("- [ ] a\0b\n\0\0\n- [x] c\0\n```\0\n- [ ] code\n".utf8)
        let roadmap = parse(bytes, "NUL")
        #expect(roadmap.goals.map(\.state) == [.open, .done])
        // A NUL is an ordinary character (CommonMark replaces it only for display): the second
        // line, `\0\0`, continues the first goal's paragraph.
        #expect(Array(roadmap.text(of: 0).utf8) == Array("a\0b \0\0".utf8))
        #expect(Invariants.violations(of: bytes, goalLimit: .max) == [])
    }

    @Test(arguments: [
        ("goal text", "- [ ] ", "x", 1 << 20, "\n", 1),
        ("nested list markers", "", "- ", 1 << 19, "[ ] deepest\n", 1),
        ("nested quotes", "", "> ", 1 << 19, "- [ ] quoted\n", 1),
        ("ordered markers", "", "1. ", 1 << 18, "[ ] deep\n", 1),
        ("a thematic break", "", "- ", 1 << 19, "\n- [ ] after\n", 1),
        ("star markers then text", "", "* ", 1 << 19, "x\n- [ ] after\n", 1),
        ("backticks", "", "`", 1 << 20, "\n- [ ] in the code block it opens\n", 0),
        ("an unfinished tag", "<div a=\"", "a", 1 << 20, "\n- [ ] inside\n\n- [ ] after\n", 1),
        ("hashes", "", "#", 1 << 20, " x\n- [ ] after\n", 1),
        ("brackets", "- ", "[", 1 << 20, "\n- [ ] after\n", 1),
        ("table pipes", "", "| ", 1 << 19, "\n- [ ] after\n", 1),
        ("spaces", "-", " ", 1 << 20, "x\n- [ ] after\n", 1),
    ] as [(String, String, String, Int, String, Int)])
    func oneMegabyteLine(_ name: String, _ head: String, _ unit: String, _ count: Int, _ tail: String, _ goals: Int) {
        let bytes = Array(head.utf8) + repeated(unit, count) + Array(tail.utf8)
        #expect(parse(bytes, name).goals.count == goals, "\(name)")
    }

    /// 10,000 goals, each nested in the one before (`\t\t- [ ] level 4` … tabs are 4 columns, two
    /// levels each): 25 MB. Then the same depth on one line, and under 10,000 quotes.
    @Test func tenThousandLevelsOfNesting() {
        var bytes = Array("# Deep\n\n".utf8)
        for level in 0..<10_000 {
            bytes += [UInt8](repeating: 0x09, count: level / 2) + (level % 2 == 1 ? [0x20, 0x20] : [])
            bytes += Array("- [ ] level \(level)\n".utf8)
        }
        let roadmap = parse(bytes, "10,000 levels", within: 60)
        #expect(roadmap.goals.count == 10_000)
        #expect(roadmap.goals.indices.allSatisfy { roadmap.goals[$0].depth == $0 && roadmap.goals[$0].parentIndex == ($0 == 0 ? nil : $0 - 1) })
        // `list` asks every goal for its children's tally: this was cubic in the depth.
        let clock = ContinuousClock()
        let start = clock.now
        #expect(roadmap.goals.indices.reduce(0) { $0 + roadmap.childTally(of: $1).open } == 10_000 * 9_999 / 2)
        #expect(clock.now - start < .seconds(30))
        #expect(roadmap.text(of: 9_999) == "level 9999")

        let line = parse(repeated("- ", 10_000) + Array("[ ] deepest\n".utf8) + repeated("  ", 10_000) + Array("continued\n".utf8), "one line")
        #expect(line.goals.count == 1 && line.text(of: 0) == "deepest continued")
        let quoted = parse(repeated("> ", 10_000) + Array("- [ ] quoted\n".utf8), "quotes")
        #expect(quoted.goals.count == 1 && quoted.goals[0].isQuoted)
    }

    @Test func aHundredThousandHeadings() {
        var bytes: [UInt8] = []
        for n in 0..<100_000 {
            bytes += [UInt8](repeating: 0x23, count: 1 + n % 6) + Array(" Heading \(n)\n- [\(n % 3 == 0 ? "x" : " ")] goal \(n)\n".utf8)
        }
        let roadmap = parse(bytes, "100,000 headings")
        #expect(roadmap.sections.count == 100_001 && roadmap.goals.count == 100_000)
        #expect(roadmap.tally.done == 33_334)
        #expect(roadmap.path(ofSection: 100_000) == ["Heading 99996", "Heading 99997", "Heading 99998", "Heading 99999"])
        #expect(StatusReport(plan(roadmap), depth: 6).rows.count == 100_000)
    }
}
