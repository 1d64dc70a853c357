import JSONRPC
import JSONText
import LanguageServer
import LanguageServerProtocol
import RoadmapKit

/// Drives a `LanguageServer` message by message, in memory: each call sends one message (or raw
/// bytes through the framer) and returns what the server sent back, as compact JSON text, so a
/// test compares exact JSON.
struct ServerHarness {
    var server: LanguageServer
    static let today = CivilDate(iso: "2026-12-07")!

    init(today: CivilDate = ServerHarness.today) {
        server = LanguageServer(today: { today }, version: "test")
    }

    /// Sends a request; returns every message the server sent in reply, as JSON text.
    mutating func request(_ id: Int, _ method: String, _ params: JSONValue? = nil) -> [String] {
        server.handle(.request(id: RequestID(id), method: method, params: params)).map(\.json.serializedText)
    }

    /// Sends a notification; returns what the server sent (diagnostics, log messages).
    mutating func notify(_ method: String, _ params: JSONValue? = nil) -> [String] {
        server.handle(.notification(method: method, params: params)).map(\.json.serializedText)
    }

    /// `initialize` with `capabilities`, then `initialized`; returns the initialize answer.
    @discardableResult
    mutating func initialize(_ capabilities: JSONValue = [:]) -> [String] {
        let answer = request(0, "initialize", ["processId": nil, "rootUri": nil, "capabilities": capabilities])
        _ = notify("initialized", [:])
        return answer
    }

    /// Opens `text` as `uri`; returns the diagnostics published.
    mutating func open(_ uri: String, _ text: String, version: Int = 1) -> [String] {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": .number(JSONNumber(version)), "text": .string(text)]])
    }
}

/// A byte source over an array, handing out at most `chunk` bytes a read.
struct ArraySource: ByteSource {
    var bytes: [UInt8]
    var chunk = Int.max

    mutating func read(maximum: Int) throws -> [UInt8] {
        let n = min(maximum, chunk, bytes.count)
        defer { bytes.removeFirst(n) }
        return Array(bytes.prefix(n))
    }
}

/// A byte sink that keeps everything written.
struct ArraySink: ByteSink {
    var bytes: [UInt8] = []
    mutating func write(_ bytes: [UInt8]) throws { self.bytes += bytes }
}

/// Runs a server over `input` (framed messages) to its end; returns the exit code and the
/// messages written, as JSON text.
func serve(_ input: [UInt8], chunk: Int = Int.max) -> (code: Int32, output: [String]) {
    var server = LanguageServer(today: { ServerHarness.today }, version: "test")
    var reader = MessageReader(ArraySource(bytes: input, chunk: chunk))
    reader.invalidUTF8 = LanguageServer.invalidUTF8
    var writer = MessageWriter(ArraySink())
    let code = server.run(&reader, &writer)
    var framer = MessageFramer()
    framer.append(writer.sink.bytes)
    var out: [String] = []
    while case .message(let content)? = framer.next() { out.append(String(decoding: content, as: UTF8.self)) }
    return (code, out)
}

/// A message framed as a client sends it.
func framed(_ json: JSONValue) -> [UInt8] {
    let content = json.serialized()
    return Array("Content-Length: \(content.count)\r\n\r\n".utf8) + content
}
