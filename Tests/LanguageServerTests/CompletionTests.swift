import JSONText
import LanguageServer
import Testing

/// Completion with the exact JSON: dates after `📅 ` and `✅ `, option names in a choice, field
/// labels after `**`; nothing elsewhere.
@Suite struct CompletionTests {
    static let text = """
    # Plan

    **Start Date:** 2026-09-01
    **Status:** [ ] Not started [x] Going [ ] Done

    ## 6-Month Goals

    ### 3-Month Checkpoint

    - [ ] Ship 📅 
    - [ ] Done ✅ 2026-1

    **Mood:** [ ] Good [ ] Bad
    **Sta
    **Status:** [ ] 
    - [ ] Plain
    """

    static func at(_ line: Int, _ character: Int) -> JSONValue {
        ["textDocument": ["uri": "file:///r.md"], "position": ["line": .number(JSONNumber(line)), "character": .number(JSONNumber(character))]]
    }

    static func item(_ label: String, _ kind: Int, _ detail: String, _ rank: Int, filter: String? = nil, _ range: String, _ newText: String? = nil) -> String {
        let filterMember = filter.map { #","filterText":"\#($0)""# } ?? ""
        return #"{"label":"\#(label)","kind":\#(kind),"detail":"\#(detail)","sortText":"000\#(rank)"\#(filterMember),"textEdit":{"range":\#(range),"newText":"\#(newText ?? label)"}}"#
    }

    static func list(_ id: Int, _ items: [String]) -> [String] {
        [#"{"jsonrpc":"2.0","id":\#(id),"result":{"isIncomplete":false,"items":[\#(items.joined(separator: ","))]}}"#]
    }

    @Test func datesAfterTheDueAndDoneMarks() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        let here = SymbolTests.range((9, 14), (9, 14))
        #expect(harness.request(1, "textDocument/completion", Self.at(9, 14)) == Self.list(1, [
            Self.item("2026-12-07", 12, "today", 0, here),
            Self.item("2026-12-01", 12, "due: 3-Month Checkpoint", 1, here),
            Self.item("2027-03-01", 12, "due: 6-Month Goals", 2, here),
        ]))
        // The part of a date typed already is replaced.
        let typed = SymbolTests.range((10, 13), (10, 19))
        #expect(harness.request(2, "textDocument/completion", Self.at(10, 19)) == Self.list(2, [
            Self.item("2026-12-07", 12, "today", 0, typed),
            Self.item("2026-12-01", 12, "due: 3-Month Checkpoint", 1, typed),
            Self.item("2027-03-01", 12, "due: 6-Month Goals", 2, typed),
        ]))
    }

    @Test func optionNamesOfChoicesWithTheSameLabel() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        let here = SymbolTests.range((14, 16), (14, 16))
        #expect(harness.request(1, "textDocument/completion", Self.at(14, 16)) == Self.list(1, [
            Self.item("Not started", 20, "Status", 0, here),
            Self.item("Going", 20, "Status", 1, here),
            Self.item("Done", 20, "Status", 2, here),
        ]))
        // On the Mood line, the options it has already are left out; none of the other choices is a Mood.
        #expect(harness.request(2, "textDocument/completion", Self.at(12, 26)) == Self.list(2, []))
    }

    @Test func fieldLabelsAfterTwoStars() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        let typed = SymbolTests.range((13, 0), (13, 5))
        #expect(harness.request(1, "textDocument/completion", Self.at(13, 5)) == Self.list(1, [
            Self.item("Start Date", 14, "field", 0, filter: "**Start Date", typed, "**Start Date:** "),
            Self.item("Status", 14, "choice", 1, filter: "**Status", typed, "**Status:** "),
            Self.item("Mood", 14, "choice", 2, filter: "**Mood", typed, "**Mood:** "),
        ]))
    }

    @Test func nothingElsewhereAndErrorsForClosedDocuments() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        #expect(harness.request(1, "textDocument/completion", Self.at(15, 11)) == Self.list(1, []))
        #expect(harness.request(2, "textDocument/completion", Self.at(0, 0)) == Self.list(2, []))
        #expect(harness.request(3, "textDocument/completion", Self.at(900, 900)) == Self.list(3, []))
        _ = harness.notify("textDocument/didClose", ["textDocument": ["uri": "file:///r.md"]])
        #expect(harness.request(4, "textDocument/completion", Self.at(9, 14))
            == [#"{"jsonrpc":"2.0","id":4,"error":{"code":-32602,"message":"file:///r.md is not open (the server reads only documents the editor has opened)"}}"#])
    }
}
