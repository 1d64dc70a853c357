import JSONText
import LanguageServer
import Testing

/// The outline (the section tree with counts in `detail`) and workspace symbols (goals and
/// sections of the open plans), with the exact JSON.
@Suite struct SymbolTests {
    static let text = """
    # Plan

    ## Now

    - [x] Docker ✅ 2026-11-01
    - [ ] Kubernetes

    ### Deep
    - [ ] Helm

    ## Empty

    """

    static func range(_ a: (Int, Int), _ b: (Int, Int)) -> String {
        #"{"start":{"line":\#(a.0),"character":\#(a.1)},"end":{"line":\#(b.0),"character":\#(b.1)}}"#
    }

    @Test func theSectionTreeWithCounts() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        let deep = #"{"name":"Deep","detail":"0/1 · 0%","kind":3,"range":\#(Self.range((7, 0), (9, 0))),"selectionRange":\#(Self.range((7, 4), (7, 8)))}"#
        let now = #"{"name":"Now","detail":"1/3 · 33%","kind":3,"range":\#(Self.range((2, 0), (9, 0))),"selectionRange":\#(Self.range((2, 3), (2, 6))),"children":[\#(deep)]}"#
        let empty = #"{"name":"Empty","kind":3,"range":\#(Self.range((10, 0), (11, 0))),"selectionRange":\#(Self.range((10, 3), (10, 8)))}"#
        let plan = #"{"name":"Plan","detail":"1/3 · 33%","kind":3,"range":\#(Self.range((0, 0), (11, 0))),"selectionRange":\#(Self.range((0, 2), (0, 6))),"children":[\#(now),\#(empty)]}"#
        #expect(harness.request(1, "textDocument/documentSymbol", ["textDocument": ["uri": "file:///r.md"]])
            == [#"{"jsonrpc":"2.0","id":1,"result":[\#(plan)]}"#])
    }

    @Test func crlfAndAClosedDocument() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///w.md", "## A\r\n- [ ] x\r\n## B\r\n- [x] y\r\n")
        let a = #"{"name":"A","detail":"0/1 · 0%","kind":3,"range":\#(Self.range((0, 0), (1, 7))),"selectionRange":\#(Self.range((0, 3), (0, 4)))}"#
        let b = #"{"name":"B","detail":"1/1 · 100%","kind":3,"range":\#(Self.range((2, 0), (4, 0))),"selectionRange":\#(Self.range((2, 3), (2, 4)))}"#
        #expect(harness.request(1, "textDocument/documentSymbol", ["textDocument": ["uri": "file:///w.md"]])
            == [#"{"jsonrpc":"2.0","id":1,"result":[\#(a),\#(b)]}"#])
        #expect(harness.request(2, "textDocument/documentSymbol", ["textDocument": ["uri": "file:///nope.md"]])
            == [#"{"jsonrpc":"2.0","id":2,"error":{"code":-32602,"message":"file:///nope.md is not open (the server reads only documents the editor has opened)"}}"#])
    }

    @Test func workspaceSymbolsMatchEveryWordOfTheQuery() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        _ = harness.open("file:///s.md", "# Other\n- [ ] Kubernetes operators\n")
        let kube = #"{"name":"Kubernetes","kind":24,"containerName":"Now","location":{"uri":"file:///r.md","range":\#(Self.range((5, 2), (5, 16)))}}"#
        let operators = #"{"name":"Kubernetes operators","kind":24,"containerName":"Other","location":{"uri":"file:///s.md","range":\#(Self.range((1, 2), (1, 26)))}}"#
        #expect(harness.request(1, "workspace/symbol", ["query": "KUBE"]) == [#"{"jsonrpc":"2.0","id":1,"result":[\#(kube),\#(operators)]}"#])
        #expect(harness.request(2, "workspace/symbol", ["query": "kube oper"]) == [#"{"jsonrpc":"2.0","id":2,"result":[\#(operators)]}"#])
        let deep = #"{"name":"Deep","kind":3,"containerName":"Now","location":{"uri":"file:///r.md","range":\#(Self.range((7, 4), (7, 8)))}}"#
        #expect(harness.request(3, "workspace/symbol", ["query": "dee"]) == [#"{"jsonrpc":"2.0","id":3,"result":[\#(deep)]}"#])
        #expect(harness.request(4, "workspace/symbol", ["query": "nothing like it"]) == [#"{"jsonrpc":"2.0","id":4,"result":[]}"#])
    }
}
