import JSONText
import LanguageServer
import Testing

/// `workspace/executeCommand`: `roadmap.status` and `roadmap.review` answer text and write nothing.
@Suite struct CommandTests {
    static func run(_ command: String, _ arguments: JSONValue? = nil) -> JSONValue {
        var params: JSONValue = ["command": .string(command)]
        if let arguments { params = ["command": .string(command), "arguments": arguments] }
        return params
    }

    static func text(_ id: Int, _ text: String) -> [String] {
        [#"{"jsonrpc":"2.0","id":\#(id),"result":\#(JSONValue.string(text).serializedText)}"#]
    }

    @Test func statusIsTheLibrarysReportAsText() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", InlayHintTests.text)
        let expected = """
        Plan
        /r.md

        Overall  1/3 · 33%  1 cancelled
          3-Month Checkpoint  1/2 · 50%
          Later  0/1 · 0%  1 cancelled

        Started     2026-09-01
        Overdue     1 goal, 1 checkpoint
        Checkpoint  3-Month Checkpoint, due 2026-12-01 (6 days late)
        Forecast    3-Month Checkpoint · 1 left · due 2026-12-01 · not enough done yet to forecast (3 goals over 2 weeks)

        Next  #2 Test it

        """
        #expect(harness.request(1, "workspace/executeCommand", Self.run("roadmap.status", ["file:///r.md"])) == Self.text(1, expected))
        // Without an argument: the first open roadmap; the URI may come as an object too.
        #expect(harness.request(2, "workspace/executeCommand", Self.run("roadmap.status")) == Self.text(2, expected))
        #expect(harness.request(3, "workspace/executeCommand", Self.run("roadmap.status", [["uri": "file:///r.md"]])) == Self.text(3, expected))
    }

    @Test func reviewIsTheDraftAsMarkdown() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", InlayHintTests.text)
        let expected = "### 2026-12 review (2026-12-07)\n\n- Progress: 1/3 (33%)\n- Completed since the start, 2026-09-01: 1 goal\n  - Ship it\n"
        #expect(harness.request(1, "workspace/executeCommand", Self.run("roadmap.review", ["file:///r.md"])) == Self.text(1, expected))
        // Nothing was written: the buffer is as it was opened.
        #expect(harness.server.state.documents["file:///r.md"]?.buffer.bytes == Array(InlayHintTests.text.utf8))
    }

    @Test func errors() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.request(1, "workspace/executeCommand", Self.run("roadmap.status"))
            == [#"{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"No roadmap is open: open one, or name it as the argument"}}"#])
        #expect(harness.request(2, "workspace/executeCommand", Self.run("roadmap.erase"))
            == [#"{"jsonrpc":"2.0","id":2,"error":{"code":-32602,"message":"Unknown command roadmap.erase: this server runs roadmap.status and roadmap.review"}}"#])
        #expect(harness.request(3, "workspace/executeCommand", Self.run("roadmap.status", [7]))
            == [#"{"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"Invalid params: the argument is a document URI or {\"uri\": …}"}}"#])
        #expect(harness.request(4, "workspace/executeCommand", Self.run("roadmap.review", ["file:///closed.md"]))
            == [#"{"jsonrpc":"2.0","id":4,"error":{"code":-32602,"message":"file:///closed.md is not open (the server reads only documents the editor has opened)"}}"#])
    }
}
