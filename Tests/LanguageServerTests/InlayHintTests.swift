import JSONText
import LanguageServer
import Testing

/// Inlay hints with the exact JSON: each heading's `done/counted · percent` as `status` counts
/// them, each checkpoint's due date and lateness, and the date a goal inherits from its heading.
@Suite struct InlayHintTests {
    static let text = """
    # Plan

    **Start Date:** 2026-09-01

    ## 3-Month Checkpoint

    - [x] Ship it ✅ 2026-11-20
    - [ ] Test it

    ## Later

    - [ ] Own date 📅 2027-01-10
    - [-] Dropped

    """

    static func range(_ first: Int, _ last: Int) -> JSONValue {
        ["start": ["line": .number(JSONNumber(first)), "character": 0], "end": ["line": .number(JSONNumber(last)), "character": 0]]
    }

    static func hints(_ uri: String = "file:///r.md", lines: (Int, Int) = (0, 100)) -> JSONValue {
        ["textDocument": ["uri": .string(uri)], "range": range(lines.0, lines.1)]
    }

    static let plan = #"{"position":{"line":0,"character":6},"label":"1/3 · 33%","paddingLeft":true}"#
    static let checkpointCount = #"{"position":{"line":4,"character":21},"label":"1/2 · 50%","paddingLeft":true}"#
    static let checkpointDue = #"{"position":{"line":4,"character":21},"label":"due 2026-12-01 · 6 days late","paddingLeft":true}"#
    static let inherited = #"{"position":{"line":7,"character":13},"label":"📅 2026-12-01","paddingLeft":true}"#
    static let later = #"{"position":{"line":9,"character":8},"label":"0/1 · 0%","paddingLeft":true}"#

    static func answer(_ id: Int, _ hints: [String]) -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"result":[\#(hints.joined(separator: ","))]}"#
    }

    @Test func headingsCheckpointsAndInheritedDatesInPositionOrder() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        #expect(harness.request(1, "textDocument/inlayHint", Self.hints())
            == [Self.answer(1, [Self.plan, Self.checkpointCount, Self.checkpointDue, Self.inherited, Self.later])])
    }

    @Test func onlyTheRequestedRange() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        #expect(harness.request(1, "textDocument/inlayHint", Self.hints(lines: (7, 9))) == [Self.answer(1, [Self.inherited])])
        // A range past the end is clamped to it: the last lines' hints, nothing invented.
        #expect(harness.request(2, "textDocument/inlayHint", Self.hints(lines: (9, 5000))) == [Self.answer(2, [Self.later])])
    }

    @Test func checkpointDueSoonDoneAndWithoutStart() {
        var harness = ServerHarness()
        harness.initialize()
        let text = "# P\n\n**Start Date:** 2026-09-10\n\n## 3-Month Checkpoint\n- [ ] A\n\n## Checkpoint: Demo\n\n**Date:** 2026-11-01\n\n- [x] B ✅ 2026-10-30\n"
        _ = harness.open("file:///c.md", text)
        #expect(harness.request(1, "textDocument/inlayHint", Self.hints("file:///c.md")) == [Self.answer(1, [
            #"{"position":{"line":0,"character":3},"label":"1/2 · 50%","paddingLeft":true}"#,
            #"{"position":{"line":4,"character":21},"label":"0/1 · 0%","paddingLeft":true}"#,
            #"{"position":{"line":4,"character":21},"label":"due 2026-12-10 · in 3 days","paddingLeft":true}"#,
            #"{"position":{"line":5,"character":7},"label":"📅 2026-12-10","paddingLeft":true}"#,
            #"{"position":{"line":7,"character":19},"label":"1/1 · 100%","paddingLeft":true}"#,
            #"{"position":{"line":7,"character":19},"label":"due 2026-11-01 · done","paddingLeft":true}"#,
        ])])
        _ = harness.open("file:///n.md", "# P\n\n## 3-Month Checkpoint\n- [ ] A\n")
        #expect(harness.request(2, "textDocument/inlayHint", Self.hints("file:///n.md")) == [Self.answer(2, [
            #"{"position":{"line":0,"character":3},"label":"0/1 · 0%","paddingLeft":true}"#,
            #"{"position":{"line":2,"character":21},"label":"0/1 · 0%","paddingLeft":true}"#,
            #"{"position":{"line":2,"character":21},"label":"no due date: set the start date","paddingLeft":true}"#,
        ])])
    }

    /// Positions count UTF-8 bytes when the client chose them: `📅` is four, not two.
    @Test func utf8Positions() {
        var harness = ServerHarness()
        harness.initialize(["general": ["positionEncodings": ["utf-8"]]])
        _ = harness.open("file:///u.md", "# Plan 📅\n\n## 3-Month Checkpoint\n\n**Start Date:** 2026-09-01\n- [ ] Ünïcode\n")
        #expect(harness.request(1, "textDocument/inlayHint", Self.hints("file:///u.md")) == [Self.answer(1, [
            #"{"position":{"line":0,"character":11},"label":"0/1 · 0%","paddingLeft":true}"#,
            #"{"position":{"line":2,"character":21},"label":"0/1 · 0%","paddingLeft":true}"#,
            #"{"position":{"line":2,"character":21},"label":"due 2026-12-01 · 6 days late","paddingLeft":true}"#,
            #"{"position":{"line":5,"character":15},"label":"📅 2026-12-01","paddingLeft":true}"#,
        ])])
    }

    @Test func aClosedDocumentIsAnErrorAndAPlainFileGetsNothing() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.request(1, "textDocument/inlayHint", Self.hints("file:///gone.md"))
            == [#"{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"file:///gone.md is not open (the server reads only documents the editor has opened)"}}"#])
        _ = harness.open("file:///notes.md", "# Notes\n\nNo goals here.\n")
        #expect(harness.request(2, "textDocument/inlayHint", Self.hints("file:///notes.md")) == [Self.answer(2, [])])
        #expect(harness.request(3, "textDocument/inlayHint", ["textDocument": ["uri": "file:///notes.md"]]).first?.contains(#""code":-32602"#) == true)
    }
}
