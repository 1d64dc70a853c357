import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// Re-applying edits to a file that changed after it was read: only when every edited line occurs
/// exactly once, whole, in both versions; and a goal edit must still land on a goal's box.
struct TextEditRebaseTests {
    static let original = "# Plan\n- [ ] Docker\n- [ ] Kubernetes\n"

    /// The tick of "Docker" (one byte at its box), computed on `original`.
    static var tickDocker: [TextEdit] { Roadmap(parsing: Array(original.utf8)).edits(setting: 0, to: .done, doneDate: nil) }

    @Test(arguments: [
        // (the file as it is now, what the tick gives, or nil for "refuse")
        ("# Plan\n- [ ] Docker\n- [ ] Kubernetes\n", "# Plan\n- [x] Docker\n- [ ] Kubernetes\n"),
        ("# My plan\n\nIntro.\n- [ ] Docker\n- [ ] Kubernetes\n", "# My plan\n\nIntro.\n- [x] Docker\n- [ ] Kubernetes\n"),
        ("# Plan\n- [ ] Kubernetes\n- [ ] Docker\n", "# Plan\n- [ ] Kubernetes\n- [x] Docker\n"),
        ("# Plan\r\n- [ ] Docker\r\n- [x] Kubernetes\r\n", "# Plan\r\n- [x] Docker\r\n- [x] Kubernetes\r\n"),
        ("# Plan\n- [x] Docker\n- [ ] Kubernetes\n", nil),  // its line changed (someone ticked it)
        ("# Plan\n- [ ] Kubernetes\n", nil),  // its line is gone
        ("# Plan\n- [ ] Docker\n- [ ] Docker\n", nil),  // its line is there twice
        ("# Plan\n- [ ] Docker extra\n", nil),  // only a longer line starts the same
        ("# Plan\n```\n- [ ] Docker\n```\n", nil),  // unique, but now inside a code block
        ("# Plan\n    - [ ] Docker\n", nil),  // the exact line is not there (indented)
    ] as [(String, String?)])
    func tickReappliedToChangedFile(_ current: String, _ expected: String?) {
        let roadmap = Roadmap(parsing: Array(Self.original.utf8))
        let moved = roadmap.replaying(Self.tickDocker, onto: Array(current.utf8))
        #expect(moved.map { String(decoding: $0.applied(to: Array(current.utf8)), as: UTF8.self) } == expected)
    }

    /// Text added at the end (a review's log entry) follows the end while the last line is the
    /// same; if the end changed, the whole change is refused.
    @Test(arguments: [
        ("# Plan\n- [ ] Docker\n- [x] Helm\n- [ ] Kubernetes\n", "# Plan\n- [x] Docker\n- [x] Helm\n- [ ] Kubernetes\n## Log\n"),
        ("# Plan\n- [ ] Docker\n- [ ] Kubernetes\n## Log\n", nil),  // the end changed: refuse
        ("# Plan\n- [ ] Docker\n- [ ] Kubernetes", nil),  // the final LF went: the last line is not the same
        ("# Plan\n- [ ] Docker\nSee: - [ ] Kubernetes\n", nil),  // the same text, but not a whole line
    ] as [(String, String?)])
    func textAddedAtTheEndFollowsTheEnd(_ current: String, _ expected: String?) {
        let edits = Self.tickDocker + [TextEdit(range: Self.original.utf8.count..<Self.original.utf8.count, replacement: "## Log\n")]
        let moved = Roadmap(parsing: Array(Self.original.utf8)).replaying(edits, onto: Array(current.utf8))
        #expect(moved.map { String(decoding: $0.applied(to: Array(current.utf8)), as: UTF8.self) } == expected)
    }

    /// Text inserted on an empty line moves with the line before it (a review's Adjustments Needed).
    @Test(arguments: [
        ("# Plan\nIntro.\n**Adjustments:**\n\n## Next\n", "# Plan\nIntro.\n**Adjustments:**\nLess.\n\n## Next\n"),
        ("# Plan\n**Adjustments:**\r\nMine.\n", "# Plan\n**Adjustments:**\r\nLess.\nMine.\n"),
        ("# Plan\n**Adjustments:**\n\n**Adjustments:**\n", nil),  // the line before is there twice
        ("# Plan\n**Adjustments needed:**\n\n", nil),  // the line before changed
    ] as [(String, String?)])
    func textInsertedOnAnEmptyLineMovesWithTheLineBefore(_ current: String, _ expected: String?) {
        let original = Array("# Plan\n**Adjustments:**\n\n## Next\n".utf8)
        let edits = [TextEdit(range: 24..<24, replacement: "Less.\n")]
        #expect(edits.rebased(from: original, onto: Array(current.utf8)).map { String(decoding: $0.applied(to: Array(current.utf8)), as: UTF8.self) } == expected)
    }

    @Test func aLineTwiceInTheOriginalIsNeverReapplied() {
        let text = Array("- [ ] Same\n- [ ] Same\n".utf8)
        let edits = Roadmap(parsing: text).edits(setting: 1, to: .done, doneDate: nil)
        #expect(edits.rebased(from: text, onto: Array("Intro\n\n- [ ] Same\n- [ ] Same\n".utf8)) == nil)
    }

    @Test func anEditAcrossLinesIsNeverReapplied() {
        let old = Array("a\nb\n".utf8), new = Array("x\na\nb\n".utf8)
        #expect([TextEdit(range: 0..<3, replacement: "A\nB")].rebased(from: old, onto: new) == nil)
        #expect([TextEdit(range: 2..<3, replacement: "B")].rebased(from: old, onto: new) == [TextEdit(range: 4..<5, replacement: "B")])
    }

    @Test func unchangedBytesKeepTheEdits() {
        let bytes = Array(Self.original.utf8)
        #expect(Self.tickDocker.rebased(from: bytes, onto: bytes) == Self.tickDocker)
    }

    @Test(arguments: ["", "abc", "- [ ] a\n", "x\r\ny\rz"])
    func inverseEditsRestore(_ text: String) {
        let bytes = Array(text.utf8)
        let edits = [TextEdit(range: 0..<min(1, bytes.count), replacement: "HELLO"), TextEdit(range: bytes.count..<bytes.count, replacement: "!")]
        #expect(edits.inverted(on: bytes).applied(to: edits.applied(to: bytes)) == bytes)
    }

    @Test(arguments: [("abc", "abc"), ("abc", "abXc"), ("abc", ""), ("", "new"), ("aXa", "aYa"), ("aaaa", "aa")])
    func differenceIsOneEdit(_ old: String, _ new: String) {
        let edits = TextEdit.difference(from: Array(old.utf8), to: Array(new.utf8))
        #expect(edits.count == (old == new ? 0 : 1))
        #expect(edits.applied(to: Array(old.utf8)) == Array(new.utf8))
    }
}
