import JSONRPC
import JSONText
import LanguageServer
import Testing

/// The server over a byte stream, as `roadmap lsp` runs it: framing, malformed input, the
/// exit code, and `$/cancelRequest` of a request that was read but not yet started.
@Suite struct TransportTests {
    static func request(_ id: Int, _ method: String, _ params: JSONValue = [:]) -> [UInt8] {
        framed(["jsonrpc": "2.0", "id": .number(JSONNumber(id)), "method": .string(method), "params": params])
    }

    static func notification(_ method: String, _ params: JSONValue = [:]) -> [UInt8] {
        framed(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    static let initialize = request(0, "initialize", ["processId": nil, "rootUri": nil, "capabilities": [:]]) + notification("initialized")
    static let shutdownAndExit = request(99, "shutdown") + framed(["jsonrpc": "2.0", "method": "exit"])
    static let shutdownAnswer = #"{"jsonrpc":"2.0","id":99,"result":null}"#

    static func log(_ type: Int, _ text: String) -> String {
        #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":\#(type),"message":"\#(text)"}}"#
    }

    @Test func aWholeSessionExitsZeroAndReadsNothingAfterExit() {
        let (code, output) = serve(Self.initialize + Self.shutdownAndExit + Self.request(100, "shutdown"))
        #expect(code == 0)
        #expect(output == [LifecycleTests.initializeAnswer, Self.shutdownAnswer])
    }

    @Test func inputEndingWithoutExitIsOne() {
        #expect(serve(Self.initialize).code == 1)
        #expect(serve(Self.initialize + Self.request(99, "shutdown")).code == 1)
        #expect(serve([]) == (1, []))
    }

    /// The same answers when the bytes come one at a time.
    @Test func byteByByteIsTheSame() {
        let input = Self.initialize + Self.request(5, "nothing/here") + Self.shutdownAndExit
        let whole = serve(input)
        #expect(serve(input, chunk: 1) == whole)
        #expect(whole.output.count == 3)
    }

    @Test func contentThatIsNotJSONIsAParseErrorWithANullID() {
        let bad = Array("Content-Length: 9\r\n\r\n{\"a\": tru".utf8)
        let (code, output) = serve(Self.initialize + bad + Self.shutdownAndExit)
        #expect(code == 0)
        #expect(output == [LifecycleTests.initializeAnswer,
                           #"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error: unexpected end of JSON at byte 9"}}"#,
                           Self.shutdownAnswer])
    }

    @Test func jsonThatIsNoMessageIsAnInvalidRequest() {
        let input = Self.initialize + framed(["jsonrpc": "2.0", "id": 4, "method": 7]) + framed(["jsonrpc": "1.0", "id": 5, "method": "shutdown"]) + framed([1, 2]) + Self.shutdownAndExit
        #expect(serve(input).output == [LifecycleTests.initializeAnswer,
                                        #"{"jsonrpc":"2.0","id":4,"error":{"code":-32600,"message":"Invalid request: method must be a string, found a number"}}"#,
                                        #"{"jsonrpc":"2.0","id":5,"error":{"code":-32600,"message":"Invalid request: \"jsonrpc\" must be \"2.0\""}}"#,
                                        #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: expected an object, found an array"}}"#,
                                        Self.shutdownAnswer])
    }

    /// Bytes that frame no message are dropped with a note in the client's log; the next message
    /// is served. Before `initialize` nothing may be sent, so the note is dropped too.
    @Test func framingErrorsAreLoggedAndTheStreamGoesOn() {
        let noLength = Array("Content-Type: x\r\n\r\n".utf8)
        let badLength = Array("Content-Length: ten\r\n\r\n".utf8)
        let (code, output) = serve(noLength + Self.initialize + noLength + badLength + Self.shutdownAndExit)
        #expect(code == 0)
        #expect(output == [LifecycleTests.initializeAnswer,
                           Self.log(1, "dropped input: message header without Content-Length"),
                           Self.log(1, #"dropped input: invalid Content-Length \"ten\""#),
                           Self.shutdownAnswer])
    }

    /// A 100 MB header never fills memory: the framer gives up at its limit, and the server logs
    /// that once and serves what follows.
    @Test func aHundredMegabyteHeaderIsDropped() {
        let header = Array("X-Junk: ".utf8) + [UInt8](repeating: 0x61, count: 100 << 20) + Array("\r\n\r\n".utf8)
        let (code, output) = serve(Self.initialize + header + Self.shutdownAndExit, chunk: 1 << 20)
        #expect(code == 0)
        #expect(output.first == LifecycleTests.initializeAnswer)
        #expect(output.last == Self.shutdownAnswer)
        #expect(output.dropFirst().first == Self.log(1, "dropped input: message header longer than 65536 bytes"))
    }

    @Test func aMessageCutOffIsLoggedAndTheExitCodeIsOne() {
        let (code, output) = serve(Self.initialize + Array("Content-Length: 100\r\n\r\n{\"jsonrpc\"".utf8))
        #expect(code == 1)
        #expect(output == [LifecycleTests.initializeAnswer, Self.log(1, "dropped input: input ended after 10 of 100 message bytes")])
    }

    /// A cancel that was read before its request started cancels it (`RequestCancelled`); the
    /// requests around it are answered as usual, and a cancel of an answered request does nothing.
    @Test func cancelledRequestsAreAnsweredRequestCancelled() {
        let open = Self.notification("textDocument/didOpen", ["textDocument": ["uri": "file:///r.md", "languageId": "markdown", "version": 1, "text": "- [ ] a\n"]])
        let ask: JSONValue = ["textDocument": ["uri": "file:///r.md"], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "context": ["diagnostics": []]]
        let input = Self.initialize + open + Self.request(1, "textDocument/codeAction", ask) + Self.request(2, "textDocument/codeAction", ask)
            + Self.notification("$/cancelRequest", ["id": 2]) + Self.notification("$/cancelRequest", ["id": 1]) + Self.shutdownAndExit
        let (code, output) = serve(input)
        #expect(code == 0)
        #expect(output.count == 5)
        #expect(output[2] == #"{"jsonrpc":"2.0","id":1,"error":{"code":-32800,"message":"Request cancelled"}}"#)
        #expect(output[3] == #"{"jsonrpc":"2.0","id":2,"error":{"code":-32800,"message":"Request cancelled"}}"#)
        // Served one message at a time, the first request is answered before its cancel is read.
        let (_, slow) = serve(Self.initialize + open + Self.request(1, "textDocument/codeAction", ask), chunk: 1)
        #expect(slow.last?.hasPrefix(#"{"jsonrpc":"2.0","id":1,"result":[{"title":"Check goal""#) == true)
    }
}
