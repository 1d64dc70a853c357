import JSONRPC
import JSONText
import LanguageServerTestSupport
import Testing

@Suite struct MessageTests {
    func read(_ text: String) throws(MessageError) -> Message { try Message(content: Array(text.utf8)) }

    func error(_ text: String) -> MessageError? {
        do { _ = try read(text); return nil } catch { return error }
    }

    @Test func readsEveryKind() throws {
        #expect(try read(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"a":1}}"#)
            == .request(id: RequestID(1), method: "initialize", params: ["a": 1]))
        #expect(try read(#"{"jsonrpc":"2.0","id":"x","method":"shutdown"}"#) == .request(id: .string("x"), method: "shutdown", params: nil))
        #expect(try read(#"{"jsonrpc":"2.0","method":"initialized","params":[]}"#) == .notification(method: "initialized", params: []))
        #expect(try read(#"{"jsonrpc":"2.0","id":7,"result":null}"#) == .success(id: RequestID(7), nil))
        #expect(try read(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"m","data":[1]}}"#)
            == .failure(id: nil, ResponseError(.parseError, "m", data: [1])))
    }

    @Test func idsComeBackExactly() throws {
        let message = try read(#"{"jsonrpc":"2.0","id":1.50,"method":"m"}"#)
        guard case .request(let id, _, _) = message else { Issue.record("not a request"); return }
        #expect(Message.success(id: id, true).json.serializedText == #"{"jsonrpc":"2.0","id":1.50,"result":true}"#)
    }

    /// `"params": null` is what some clients send for a method without params (`shutdown`,
    /// `exit`): JSON-RPC asks for a structured value or none, and null is read as none rather than
    /// refusing the client's shutdown (found trying `roadmap lsp` by hand: exit status 1).
    @Test func nullParamsAreNoParams() throws {
        #expect(try read(#"{"jsonrpc":"2.0","id":6,"method":"shutdown","params":null}"#) == .request(id: RequestID(6), method: "shutdown", params: nil))
        #expect(try read(#"{"jsonrpc":"2.0","method":"exit","params":null}"#) == .notification(method: "exit", params: nil))
    }

    @Test func invalidMessagesSayWhyAndKeepTheID() {
        #expect(error("{") == .notJSON(JSONReadError(.unexpectedEnd, at: 1)))
        #expect(error("[]") == .invalid(id: nil, reason: "expected an object, found an array"))
        #expect(error(#"{"id":1,"method":"m"}"#) == .invalid(id: RequestID(1), reason: "\"jsonrpc\" must be \"2.0\""))
        #expect(error(#"{"jsonrpc":"1.0","id":1,"method":"m"}"#) == .invalid(id: RequestID(1), reason: "\"jsonrpc\" must be \"2.0\""))
        #expect(error(#"{"jsonrpc":"2.0","id":2,"method":3}"#) == .invalid(id: RequestID(2), reason: "method must be a string, found a number"))
        #expect(error(#"{"jsonrpc":"2.0","id":2,"method":"m","params":1}"#) == .invalid(id: RequestID(2), reason: "params must be an object or an array, found a number"))
        #expect(error(#"{"jsonrpc":"2.0","id":[],"method":"m"}"#) == .invalid(id: nil, reason: "id must be a string or a number, found an array"))
        #expect(error(#"{"jsonrpc":"2.0","id":null,"method":"m"}"#) == .invalid(id: nil, reason: "a request's id must not be null"))
        #expect(error(#"{"jsonrpc":"2.0"}"#) == .invalid(id: nil, reason: "no method and no id"))
        #expect(error(#"{"jsonrpc":"2.0","id":1}"#) == .invalid(id: RequestID(1), reason: "a response has exactly one of result and error"))
        #expect(error(#"{"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":""}}"#) == .invalid(id: RequestID(1), reason: "a response has exactly one of result and error"))
        #expect(error(#"{"jsonrpc":"2.0","id":1,"error":{"code":"x","message":""}}"#) == .invalid(id: RequestID(1), reason: "error: code: expected an integer, found a string"))
    }

    /// Strict by default; a server that chooses to read a client's unchecked bytes leniently can.
    @Test func invalidUTF8IsAParseErrorUnlessReadLeniently() throws {
        let content = Array(#"{"jsonrpc":"2.0","method":"m","params":{"text":"a"#.utf8) + [0xFF] + Array(#""}}"#.utf8)
        #expect(throws: MessageError.notJSON(JSONReadError(.invalidUTF8, at: 49))) { try Message(content: content) }
        #expect(try Message(content: content, invalidUTF8: .replaceEachByte) == .notification(method: "m", params: ["text": "a\u{FFFD}"]))
        var reader = MessageReader(ChunkedSource(bytes: Array("Content-Length: \(content.count)\r\n\r\n".utf8) + content, random: SeededGenerator(seed: 1)))
        reader.invalidUTF8 = .replaceEachByte
        #expect(try reader.next() == .message(.notification(method: "m", params: ["text": "a\u{FFFD}"])))
    }

    @Test func errorsAnswerWithTheStandardCodes() {
        #expect(MessageError.notJSON(JSONReadError(.unexpectedEnd, at: 1)).response.json.serializedText
            == #"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error: unexpected end of JSON at byte 1"}}"#)
        #expect(MessageError.invalid(id: RequestID(3), reason: "r").response.json.serializedText
            == #"{"jsonrpc":"2.0","id":3,"error":{"code":-32600,"message":"Invalid request: r"}}"#)
        let codes: [(ErrorCode, Int)] = [
            (.parseError, -32700), (.invalidRequest, -32600), (.methodNotFound, -32601), (.invalidParams, -32602),
            (.internalError, -32603), (.serverNotInitialized, -32002), (.unknownErrorCode, -32001),
            (.requestFailed, -32803), (.serverCancelled, -32802), (.contentModified, -32801), (.requestCancelled, -32800),
        ]
        for (code, value) in codes { #expect(code.rawValue == value) }
    }

    @Test func writesFramedCompactJSON() {
        let message = Message.notification(method: "window/logMessage", params: ["type": 3, "message": "é"])
        let body = #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":3,"message":"é"}}"#
        #expect(message.framed() == Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8))
        #expect(Message.success(id: .string("a"), nil).json.serializedText == #"{"jsonrpc":"2.0","id":"a","result":null}"#)
    }

    @Test func everyKindRoundTripsThroughTheFramer() throws {
        let messages: [Message] = [
            .request(id: RequestID(1), method: "textDocument/hover", params: ["position": ["line": 0, "character": 2]]),
            .request(id: .string("α"), method: "shutdown", params: nil),
            .notification(method: "exit", params: nil),
            .notification(method: "$/cancelRequest", params: ["id": 1]),
            .success(id: RequestID(1), ["contents": "📅\r\n"]),
            .success(id: RequestID(2), nil),
            .failure(id: RequestID(3), ResponseError(.methodNotFound, "Unhandled method x")),
            .failure(id: nil, ResponseError(.parseError, "p", data: "d")),
        ]
        var framer = MessageFramer()
        for message in messages { framer.append(message.framed()) }
        var read: [Message] = []
        while case .message(let content)? = framer.next() { read.append(try Message(content: content)) }
        #expect(read == messages)
    }
}

/// Bytes given out in chunks of seeded random sizes, as a pipe might.
struct ChunkedSource: ByteSource {
    var bytes: [UInt8]
    var random: SeededGenerator
    var offset = 0
    mutating func read(maximum: Int) throws -> [UInt8] {
        let count = min(bytes.count - offset, 1 + random.next(min(maximum, 50)))
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }
}

struct CollectingSink: ByteSink {
    var bytes: [UInt8] = []
    var writes = 0
    mutating func write(_ bytes: [UInt8]) throws {
        self.bytes += bytes
        writes += 1
    }
}

@Suite struct MessageStreamTests {
    @Test func readerGivesMessagesInvalidOnesAndFramingErrors() throws {
        var writer = MessageWriter(CollectingSink())
        try writer.send(.request(id: RequestID(1), method: "initialize", params: [:]))
        try writer.send(.notification(method: "initialized", params: [:]))
        #expect(writer.sink.writes == 2)
        var input = writer.sink.bytes
        input += Array("Content-Length: 3\r\n\r\n{x}".utf8)
        input += Array("Content-Length: 2\r\n\r\n[]".utf8)
        input += Array("Bogus\r\n\r\n".utf8)
        input += Message.notification(method: "exit", params: nil).framed()
        input += Array("Content-Length: 9\r\n\r\n{".utf8)
        var reader = MessageReader(ChunkedSource(bytes: input, random: SeededGenerator(seed: 3)))
        var events: [MessageReader<ChunkedSource>.Event] = []
        while let event = try reader.next() { events.append(event) }
        #expect(events == [
            .message(.request(id: RequestID(1), method: "initialize", params: [:])),
            .message(.notification(method: "initialized", params: [:])),
            .invalid(.notJSON(JSONReadError(.unexpectedByte(0x78), at: 1))),
            .invalid(.invalid(id: nil, reason: "expected an object, found an array")),
            .framing(.malformedHeader(line: "Bogus")),
            .message(.notification(method: "exit", params: nil)),
            .framing(.cutOff(contentLength: 9, received: 1)),
        ])
        #expect(try reader.next() == nil)
    }
}
