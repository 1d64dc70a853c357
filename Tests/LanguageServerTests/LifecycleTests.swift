import JSONRPC
import JSONText
import LanguageServer
import LanguageServerProtocol
import Testing

/// The lifecycle exactly as LSP 3.17 has it, message by message, with the exact JSON answered.
@Suite struct LifecycleTests {
    static let initializeAnswer = #"{"jsonrpc":"2.0","id":0,"result":{"capabilities":{"positionEncoding":"utf-16","textDocumentSync":{"openClose":true,"change":2},"hoverProvider":true,"completionProvider":{"triggerCharacters":[" ","*"]},"codeActionProvider":{"codeActionKinds":["quickfix","refactor.rewrite"]},"documentSymbolProvider":true,"workspaceSymbolProvider":true,"inlayHintProvider":true,"executeCommandProvider":{"commands":["roadmap.status","roadmap.review"]}},"serverInfo":{"name":"roadmap","version":"test"}}}"#

    @Test func requestsBeforeInitializeAreRefusedAndNotificationsDropped() {
        var harness = ServerHarness()
        #expect(harness.request(1, "textDocument/codeAction", [:]) == [#"{"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"Server not initialized: send initialize first"}}"#])
        #expect(harness.request(2, "shutdown") == [#"{"jsonrpc":"2.0","id":2,"error":{"code":-32002,"message":"Server not initialized: send initialize first"}}"#])
        #expect(harness.open("file:///r.md", "- [ ] a\n") == [])
        #expect(harness.server.state.documents.isEmpty)
        #expect(harness.initialize() == [Self.initializeAnswer])
    }

    @Test func initializeAnswersCapabilitiesOnceAndUTF8WhenOffered() {
        var harness = ServerHarness()
        let answer = harness.initialize(["general": ["positionEncodings": ["utf-32", "utf-8", "utf-16"]]])
        #expect(answer == [Self.initializeAnswer.replacing("utf-16", with: "utf-8")])
        #expect(harness.server.state.encoding == .utf8)
        #expect(harness.request(5, "initialize", ["capabilities": [:]]) == [#"{"jsonrpc":"2.0","id":5,"error":{"code":-32600,"message":"Invalid request: initialize was already received"}}"#])
    }

    @Test func utf16WhenUTF8IsNotOffered() {
        var harness = ServerHarness()
        #expect(harness.initialize(["general": ["positionEncodings": ["utf-32", "utf-16"]]]) == [Self.initializeAnswer])
        #expect(harness.server.state.encoding == .utf16)
    }

    @Test func initializeWithBadParamsIsInvalidParamsAndLeavesTheServerWaiting() {
        var harness = ServerHarness()
        #expect(harness.request(1, "initialize", ["capabilities": 3]) == [#"{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"Invalid params: capabilities: expected an object, found a number"}}"#])
        #expect(harness.server.state.phase == .waiting)
    }

    @Test func shutdownThenExitIsZero() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.request(7, "shutdown") == [#"{"jsonrpc":"2.0","id":7,"result":null}"#])
        #expect(harness.request(8, "textDocument/codeAction", [:]) == [#"{"jsonrpc":"2.0","id":8,"error":{"code":-32600,"message":"Invalid request: the server is shut down; only exit is expected"}}"#])
        #expect(harness.request(9, "shutdown") == [#"{"jsonrpc":"2.0","id":9,"error":{"code":-32600,"message":"Invalid request: the server is shut down; only exit is expected"}}"#])
        #expect(harness.open("file:///r.md", "- [ ] a\n") == [])
        #expect(harness.server.exitCode == nil)
        #expect(harness.notify("exit") == [])
        #expect(harness.server.exitCode == 0)
    }

    @Test func exitWithoutShutdownIsOne() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.notify("exit")
        #expect(harness.server.exitCode == 1)
        var early = ServerHarness()
        _ = early.notify("exit")
        #expect(early.server.exitCode == 1)
    }

    @Test func unknownRequestsAreMethodNotFoundAndUnknownNotificationsIgnored() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.request(3, "textDocument/frobnicate", [:]) == [#"{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"Method not found: textDocument/frobnicate"}}"#])
        #expect(harness.request(4, "$/somethingOptional") == [#"{"jsonrpc":"2.0","id":4,"error":{"code":-32601,"message":"Method not found: $/somethingOptional"}}"#])
        #expect(harness.notify("$/setTrace", ["value": "off"]) == [])
        #expect(harness.notify("workspace/didChangeConfiguration", ["settings": [:]]) == [])
    }

    @Test func paramsOfTheWrongShapeAreInvalidParams() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.request(3, "textDocument/codeAction", ["textDocument": ["uri": 5]]) == [#"{"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"Invalid params: textDocument.uri: expected a string, found a number"}}"#])
        // A notification has no answer: the problem goes to the log.
        #expect(harness.notify("textDocument/didOpen", ["textDocument": [:]]) == [#"{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":1,"message":"textDocument/didOpen: Invalid params: textDocument: missing member \"uri\""}}"#])
    }

    @Test func aRequestOnADocumentThatIsNotOpenIsAnError() {
        var harness = ServerHarness()
        harness.initialize()
        let params: JSONValue = ["textDocument": ["uri": "file:///nowhere.md"], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "context": ["diagnostics": []]]
        #expect(harness.request(3, "textDocument/codeAction", params) == [#"{"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"file:///nowhere.md is not open (the server reads only documents the editor has opened)"}}"#])
        #expect(harness.notify("textDocument/didChange", ["textDocument": ["uri": "file:///nowhere.md", "version": 2], "contentChanges": []]) == [#"{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"didChange for file:///nowhere.md, which is not open: dropped"}}"#])
    }
}
