import Testing
@testable import RoadmapKit
@testable import RoadmapCore

/// git's own message, when `git log` fails, may quote an untrusted file name: its controls are
/// shown as every other text is (`VisibleControls`: `\e`, `\xNN`), not dropped, so that the
/// person sees the name as it is (issue 23.4: one way to show them).
struct GitHistoryMessageTests {
    @Test func controlsInGitsMessageAreShownNotDropped() {
        let message = Array("fatal: '\u{1B}]0;x\u{7}' \u{85}é".utf8) + [0xFF]
        #expect(GitHistory.printable(message) == #"fatal: '\e]0;x\x07' \x85é\xff"#)
    }

    @Test func plainMessagesPassAsTheyAre() {
        #expect(GitHistory.printable(Array("fatal: not a git repository (or any parent)".utf8))
            == "fatal: not a git repository (or any parent)")
    }
}
