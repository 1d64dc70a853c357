import JSONText
import LanguageServer
import Testing

/// Hover with the exact JSON: a goal's state, path, due and done dates; a heading's progress,
/// due date, pace and forecast as `status` computes them; nothing elsewhere.
@Suite struct HoverTests {
    static func at(_ line: Int, _ character: Int, _ uri: String = "file:///r.md") -> JSONValue {
        ["textDocument": ["uri": .string(uri)], "position": ["line": .number(JSONNumber(line)), "character": .number(JSONNumber(character))]]
    }

    static func answer(_ id: Int, _ value: String, _ range: String) -> [String] {
        [#"{"jsonrpc":"2.0","id":\#(id),"result":{"contents":{"kind":"markdown","value":"\#(value)"},"range":\#(range)}}"#]
    }

    @Test func onGoals() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", InlayHintTests.text)
        #expect(harness.request(1, "textDocument/hover", Self.at(7, 3))
            == Self.answer(1, #"**Open** · 3-Month Checkpoint\n\nDue: 2026-12-01 · 6 days late (from its heading)"#, SymbolTests.range((7, 2), (7, 13))))
        #expect(harness.request(2, "textDocument/hover", Self.at(6, 0))
            == Self.answer(2, #"**Done** · 3-Month Checkpoint\n\nDue: 2026-12-01 (from its heading)\n\nDone: 2026-11-20"#, SymbolTests.range((6, 2), (6, 26))))
        #expect(harness.request(3, "textDocument/hover", Self.at(11, 20))
            == Self.answer(3, #"**Open** · Later\n\nDue: 2027-01-10 · in 34 days"#, SymbolTests.range((11, 2), (11, 28))))
    }

    @Test func onARefreshedGoal() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", "# Plan\n- [x] Learn Go 🔄 2026-12-10 ✅ 2026-11-01\n- [x] Learn Vim 🔄 off ✅ 2026-11-01\n- [x] Learn Git 🔄 2026-12-01 ✅ 2026-11-01\n")
        let go = harness.request(1, "textDocument/hover", Self.at(1, 3)).joined()
        #expect(go.contains(#"Done: 2026-11-01\n\nNext refresher: 2026-12-10 · in 3 days (roadmap recall)"#), "\(go)")
        #expect(harness.request(2, "textDocument/hover", Self.at(2, 3)).joined().contains("Refreshers: off"))
        #expect(harness.request(3, "textDocument/hover", Self.at(3, 3)).joined().contains("Next refresher: 2026-12-01 · due since 6 days"))
    }

    @Test func onHeadings() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", InlayHintTests.text)
        let pace = "Pace: 0.3 goals a week over 4 weeks, 0.1 over 12 (from ✅ dates)"
        #expect(harness.request(1, "textDocument/hover", Self.at(4, 5)) == Self.answer(1,
            #"**3-Month Checkpoint** · 1/2 · 50%\n\nDue: 2026-12-01 · 6 days late\n\n\#(pace)\n\nForecast: 1 left · due 2026-12-01 · not enough done yet to forecast (3 goals over 2 weeks)"#,
            SymbolTests.range((4, 3), (4, 21))))
        #expect(harness.request(2, "textDocument/hover", Self.at(9, 0))
            == Self.answer(2, #"**Later** · 0/1 · 0% (1 cancelled)\n\n\#(pace)"#, SymbolTests.range((9, 3), (9, 8))))
    }

    @Test func nothingElsewhereAndErrorsForClosedDocuments() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", InlayHintTests.text)
        #expect(harness.request(1, "textDocument/hover", Self.at(1, 0)) == [#"{"jsonrpc":"2.0","id":1,"result":null}"#])
        // Past the end: the position is clamped to the last line, which is empty.
        #expect(harness.request(2, "textDocument/hover", Self.at(500, 9)) == [#"{"jsonrpc":"2.0","id":2,"result":null}"#])
        #expect(harness.request(3, "textDocument/hover", Self.at(0, 0, "file:///closed.md"))
            == [#"{"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"file:///closed.md is not open (the server reads only documents the editor has opened)"}}"#])
    }
}
