import JSONText
@testable import LanguageServer
import Testing

/// After a change, the diagnostics publisher (to publish the other files of the plan again) and
/// the hint refresh both ask which open documents the change may move: the answer is worked out
/// once a change, not once each (it reads every open document's analysis, and may look up plan
/// roots).
@Suite struct PlanRefreshOnceTests {
    @Test func relatedIsWorkedOutOnceAChange() {
        var harness = ServerHarness()
        harness.initialize(["workspace": ["inlayHint": ["refreshSupport": true]]])
        _ = harness.open("file:///b.md", "- [ ] y\n")
        _ = harness.open("file:///a.md", "- [ ] [x](b.md)\n")
        let before = harness.server.state.relatedFound
        let tick: JSONValue = [["range": ["start": ["line": 0, "character": 3], "end": ["line": 0, "character": 4]], "text": "x"]]
        let changed = harness.notify("textDocument/didChange", ["textDocument": ["uri": "file:///b.md", "version": 2], "contentChanges": tick])
        // Both still happen: a.md is published again and the hints are refreshed.
        #expect(changed.contains { $0.contains(#""uri":"file:///a.md""#) })
        #expect(changed.last?.contains("workspace/inlayHint/refresh") == true)
        #expect(harness.server.state.relatedFound - before == 1)
    }
}
