import RoadmapKit

/// One fuzzed session: `initialize` (with the encoding the flags choose), `didOpen` of the text,
/// then the program's operations (edits, requests at fuzzed positions, a second document, raw
/// bytes), then `shutdown` and `exit`. Messages go through the framer as bytes, so the server
/// reads what a client's pipe would carry, invalid UTF-8 included.
struct FuzzSession {
    static let uris = ["file:///nonexistent-roadmap-fuzz/plan.md", "file:///nonexistent-roadmap-fuzz/notes/linked.md"]
    let input: FuzzInput
    var server = LanguageServer(today: { CivilDate(iso: "2026-12-07")! }, version: "fuzz")
    var framer = MessageFramer(headerLimit: 4096, contentLimit: 1 << 20)
    var checks = FuzzChecks()
    var nextID = 1
    var version = 0

    init(_ input: FuzzInput) { self.input = input }

    mutating func run() {
        if input.flags & 4 == 0 {
            let encodings = ["", "\"utf-8\"", "\"utf-32\"", "\"utf-16\""][Int(input.flags & 3)]
            request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{\"general\":{\"positionEncodings\":[\(encodings)]}}}")
            notify("initialized", "{}")
        }
        open(0, input.text)
        var ops = input.program[...]
        while ops.count >= 5 {
            let op = Array(ops.prefix(5))
            ops = ops.dropFirst(5)
            perform(op[0], op[1], op[2], op[3], op[4])
        }
        request("shutdown", "null")
        notify("exit", "null")
        if let error = framer.finish() { deliver(.framing(error)) }
        checks.checkOutput()
    }

    /// One operation: the opcode picks what, the four bytes after it where and with what.
    mutating func perform(_ code: UInt8, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        let doc = Int(code >> 7), uri = Self.uris[doc]
        let id = "{\"uri\":\"\(uri)\"}"
        switch (code & 0x7f) % 12 {
        case 0:
            let range = self.range(doc, a, b, c, d)
            notify("textDocument/didChange", u("{\"textDocument\":{\"uri\":\"\(uri)\",\"version\":\(nextVersion())},\"contentChanges\":[{\"range\":\(range),\"text\":")
                + json(input.slice(c, d, maximum: 12)) + u("}]}"))
        case 1:
            notify("textDocument/didChange", u("{\"textDocument\":{\"uri\":\"\(uri)\",\"version\":\(nextVersion())},\"contentChanges\":[{\"text\":") + json(input.slice(a, b, maximum: 255)) + u("}]}"))
        case 2:
            request("textDocument/codeAction", "{\"textDocument\":\(id),\"range\":\(range(doc, a, b, c, d)),\"context\":{\"diagnostics\":[]}}", codeActionOf: uri)
        case 3: request("textDocument/inlayHint", "{\"textDocument\":\(id),\"range\":\(range(doc, a, b, c, d))}")
        case 4: request("textDocument/hover", "{\"textDocument\":\(id),\"position\":\(position(doc, a, b))}")
        case 5: request("textDocument/completion", "{\"textDocument\":\(id),\"position\":\(position(doc, a, b))}")
        case 6: request("textDocument/documentSymbol", "{\"textDocument\":\(id)}")
        case 7: request("workspace/symbol", u("{\"query\":") + json(input.slice(a, b, maximum: 8)) + u("}"))
        case 8:
            let command = a & 1 == 0 ? "roadmap.status" : "roadmap.review"
            let arguments = [u("[]"), u("[\"\(uri)\"]"), u("[\(id)]"), u("[") + json(input.slice(b, c, maximum: 16)) + u("]")][Int(d % 4)]
            request("workspace/executeCommand", u("{\"command\":\"\(command)\",\"arguments\":") + arguments + u("}"))
        case 9: open(doc, input.slice(a, b, maximum: 255))
        case 10: notify(a & 1 == 0 ? "textDocument/didClose" : "textDocument/didSave", "{\"textDocument\":\(id)}")
        default: send(input.slice(a, b, maximum: 255))
        }
    }

    mutating func open(_ doc: Int, _ text: [UInt8]) {
        notify("textDocument/didOpen", u("{\"textDocument\":{\"uri\":\"\(Self.uris[doc])\",\"languageId\":\"markdown\",\"version\":0,\"text\":") + json(text) + u("}}"))
    }

    /// A position on a line of the open document (or the two lines past its end): inside the
    /// line, at its end, past it, or far past it; in UTF-8 or UTF-16 a count may land inside a
    /// character.
    func position(_ doc: Int, _ a: UInt8, _ b: UInt8) -> String {
        let mapper = server.state.documents[Self.uris[doc]]?.buffer.mapper
        let lines = mapper?.lineCount ?? 1
        let line = Int(a) % (lines + 2)
        var length = 0
        if let mapper, line < lines { length = mapper.position(of: mapper.lineEnd(line)).character }
        let character = b & 0x80 == 0 ? Int(b) % (length + 3) : Int(b & 0x7f) * 37
        return "{\"line\":\(line),\"character\":\(character)}"
    }

    /// A range from two positions, in either order (an inverted range is the client's mistake,
    /// which the server must survive).
    func range(_ doc: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> String {
        "{\"start\":\(position(doc, a, b)),\"end\":\(position(doc, a &+ c % 4, d))}"
    }

    mutating func request(_ method: String, _ params: String, codeActionOf uri: String? = nil) {
        request(method, u(params), codeActionOf: uri)
    }

    mutating func request(_ method: String, _ params: [UInt8], codeActionOf uri: String? = nil) {
        checks.codeActionURI = uri
        send(u("{\"jsonrpc\":\"2.0\",\"id\":\(nextID),\"method\":\"\(method)\",\"params\":") + params + u("}"))
        nextID += 1
        checks.codeActionURI = nil
    }

    mutating func notify(_ method: String, _ params: String) { notify(method, u(params)) }

    mutating func notify(_ method: String, _ params: [UInt8]) {
        send(u("{\"jsonrpc\":\"2.0\",\"method\":\"\(method)\",\"params\":") + params + u("}"))
    }

    mutating func nextVersion() -> Int {
        version += 1
        return version
    }

    func u(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Frames `content` as a client would (raw fuzz bytes go unframed: they are the framer's
    /// problem), then hands the server every event the framer has, as `run` does.
    mutating func send(_ content: [UInt8]) {
        if content.first == UInt8(ascii: "{") {
            framer.append(Array("Content-Length: \(content.count)\r\n\r\n".utf8) + content)
        } else {
            framer.append(content)
        }
        while let output = framer.next() {
            switch output {
            case .error(let error): deliver(.framing(error))
            case .message(let content):
                do {
                    deliver(.message(try Message(content: content, invalidUTF8: LanguageServer.invalidUTF8)))
                } catch {
                    deliver(.invalid(error))
                }
            }
        }
    }

    enum Event { case message(Message), invalid(MessageError), framing(FramingError) }

    mutating func deliver(_ event: Event) {
        guard server.exitCode == nil else { return }
        switch event {
        case .message(let message):
            let before = server.state.documents
            let out = server.handle(message)
            checks.check(message, answeredBy: out, documents: before)
        case .invalid(let error):
            let out = server.handle(invalid: error)
            guard out.count == 1, case .response(_, .failure) = out[0] else { fatalError("invalid content answered with \(out)") }
            checks.written(out)
        case .framing(let error):
            let out = server.handle(framing: error)
            checks.written(out)
        }
    }

    /// `bytes` as a JSON string, each byte of invalid UTF-8 passed through raw, as a careless
    /// client would send it (the server reads it leniently, `LanguageServer.invalidUTF8`).
    func json(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        let hex = Array("0123456789abcdef".utf8)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}
