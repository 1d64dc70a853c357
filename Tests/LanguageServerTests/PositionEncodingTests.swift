import JSONRPC
import JSONText
import LanguageServer
import LanguageServerProtocol
import Testing

/// Positions stay exact in both encodings whatever the text holds: non-BMP characters (`📅` is
/// two UTF-16 units, four bytes), CRLF and lone CR line ends, a byte order mark, invalid UTF-8.
@Suite struct PositionEncodingTests {
    static let utf8: JSONValue = ["general": ["positionEncodings": ["utf-8", "utf-16"]]]

    /// The edits of the first action ("Check goal") on `line`, as JSON text.
    static func checkEdits(_ harness: inout ServerHarness, line: Int, uri: String = "file:///r.md") throws -> String {
        let position: JSONValue = ["line": .number(JSONNumber(line)), "character": 0]
        let answer = harness.request(1, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": ["start": position, "end": position], "context": ["diagnostics": []]])
        let first = try JSONValue(parsing: answer[0])["result"]?.array?.first
        #expect(first?["title"] == "Check goal")
        return first?["edit"]?["changes"]?[uri]?.serializedText ?? "none"
    }

    static func edits(_ line: Int, marker: Int, dateAt: Int) -> String {
        CodeActionTests.edit(line, marker, marker + 1, "x") + "," + CodeActionTests.edit(line, dateAt, dateAt, " ✅ 2026-12-07")
    }

    @Test func nonBMPCharactersCountTwoUnitsOrFourBytes() throws {
        let text = "- [ ] 📅 2026-12-01 a📅b\n"
        var utf16 = ServerHarness()
        utf16.initialize()
        _ = utf16.open("file:///r.md", text)
        #expect(try Self.checkEdits(&utf16, line: 0) == "[" + Self.edits(0, marker: 3, dateAt: 24) + "]")
        var utf8 = ServerHarness()
        utf8.initialize(Self.utf8)
        _ = utf8.open("file:///r.md", text)
        #expect(try Self.checkEdits(&utf8, line: 0) == "[" + Self.edits(0, marker: 3, dateAt: 28) + "]")
    }

    /// The date goes before the line end, whatever it is; lines are counted as the library counts
    /// them (LF, CRLF and a lone CR each end one).
    @Test func crlfAndLoneCRLines() throws {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", "# P\r\n\r\n- [ ] a\r\n- [x] b ✅ 2026-12-01\r\n")
        #expect(try Self.checkEdits(&harness, line: 2) == "[" + Self.edits(2, marker: 3, dateAt: 7) + "]")
        _ = harness.open("file:///cr.md", "# P\r\r- [ ] a\r- [ ] bb\r")
        #expect(try Self.checkEdits(&harness, line: 3, uri: "file:///cr.md") == "[" + Self.edits(3, marker: 3, dateAt: 8) + "]")
    }

    /// A byte order mark the client sends is a character (U+FEFF: one UTF-16 unit, three bytes).
    @Test func aByteOrderMarkIsACharacter() throws {
        let text = "\u{FEFF}- [ ] a\n"
        var utf16 = ServerHarness()
        utf16.initialize()
        _ = utf16.open("file:///r.md", text)
        #expect(try Self.checkEdits(&utf16, line: 0) == "[" + Self.edits(0, marker: 4, dateAt: 8) + "]")
        var utf8 = ServerHarness()
        utf8.initialize(Self.utf8)
        _ = utf8.open("file:///r.md", text)
        #expect(try Self.checkEdits(&utf8, line: 0) == "[" + Self.edits(0, marker: 6, dateAt: 10) + "]")
    }

    /// A client that sends its buffer's bytes unchecked (raw invalid UTF-8 inside the JSON string)
    /// counts each invalid byte as one byte, or one UTF-16 unit: the server's positions agree,
    /// before and after a change next to the bad byte.
    @Test(arguments: [(PositionEncoding.utf8, 26, 27), (.utf16, 24, 25)])
    func invalidUTF8StaysExact(encoding: PositionEncoding, dateAt: Int, afterChange: Int) throws {
        let capabilities: JSONValue = encoding == .utf8 ? Self.utf8 : [:]
        let initialize = TransportTests.request(0, "initialize", ["processId": nil, "rootUri": nil, "capabilities": capabilities]) + TransportTests.notification("initialized")
        // The didOpen message with a raw 0xE9 (Latin-1 é) in its text, as bytes.
        let open = Array(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///r.md","languageId":"markdown","version":1,"text":"- [ ] caf"#.utf8)
            + [0xE9] + Array(#" 📅 2026-12-01\n"}}}"#.utf8)
        let framedOpen = Array("Content-Length: \(open.count)\r\n\r\n".utf8) + open
        let position: JSONValue = ["line": 0, "character": 0]
        let ask: JSONValue = ["textDocument": ["uri": "file:///r.md"], "range": ["start": position, "end": position], "context": ["diagnostics": []]]
        // Type "!" right after the bad byte (character 10 either way: nine ASCII, then it).
        let change = TransportTests.notification("textDocument/didChange", ["textDocument": ["uri": "file:///r.md", "version": 2], "contentChanges": [
            ["range": ["start": ["line": 0, "character": 10], "end": ["line": 0, "character": 10]], "text": "!"],
        ]])
        let input = initialize + framedOpen + TransportTests.request(1, "textDocument/codeAction", ask) + change
            + TransportTests.request(2, "textDocument/codeAction", ask) + TransportTests.shutdownAndExit
        let (code, output) = serve(input)
        #expect(code == 0)
        let answers = try output.map { try JSONValue(parsing: $0) }.filter { $0["id"] == 1 || $0["id"] == 2 }
        #expect(answers.count == 2)
        #expect(answers.first?["result"]?[0]?["edit"]?["changes"]?["file:///r.md"]?.serializedText == "[" + Self.edits(0, marker: 3, dateAt: dateAt) + "]")
        #expect(answers.last?["result"]?[0]?["edit"]?["changes"]?["file:///r.md"]?.serializedText == "[" + Self.edits(0, marker: 3, dateAt: afterChange) + "]")
        // The overdue diagnostic ends where the line does, in the same units.
        let published = try output.map { try JSONValue(parsing: $0) }.first { $0["method"] == "textDocument/publishDiagnostics" }
        #expect(published?["params"]?["diagnostics"]?[0]?["range"]?["end"] == ["line": 0, "character": .number(JSONNumber(dateAt))])
    }
}

extension JSONValue {
    /// The element at `index` of an array; nil for anything else or past the end.
    subscript(index: Int) -> JSONValue? {
        guard let items = array, index >= 0, index < items.count else { return nil }
        return items[index]
    }
}
