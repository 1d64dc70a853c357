import LanguageServerProtocol
import LanguageServerTestSupport
import Testing

@Suite struct TextDocumentBufferTests {
    static func p(_ line: Int, _ character: Int) -> Position { Position(line: line, character: character) }
    static func r(_ a: Position, _ b: Position) -> PositionRange { PositionRange(start: a, end: b) }

    static func document(_ text: String, _ encoding: PositionEncoding) -> TextDocumentBuffer {
        TextDocumentBuffer(TextDocumentItem(uri: "file:///r.md", languageId: "markdown", version: 1, text: text), encoding: encoding)
    }

    @Test func appliesRangedAndFullChangesInOrder() {
        var document = Self.document("- [ ] a📅\r\n- [ ] b\n", .utf16)
        let edits = document.apply([
            .ranged(Self.r(Self.p(0, 3), Self.p(0, 4)), text: "x"),         // tick the first box
            .ranged(Self.r(Self.p(0, 7), Self.p(0, 9)), text: "✅ 2026-12-07"), // replace 📅 (two units)
            .ranged(Self.r(Self.p(0, 99), Self.p(1, 0)), text: ""),          // join the lines across CRLF
        ], version: 2)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "- [x] a✅ 2026-12-07- [ ] b\n")
        #expect(document.version == 2)
        #expect(edits.map(\.replaced) == [3..<4, 7..<11, 21..<23])
        #expect(edits.map(\.insertedCount) == [1, 14, 0])
        #expect(document.mapper.lineStarts == [0, 29])
        document.apply([.full(text: "new\rtext")], version: 3)
        #expect(document.bytes == Array("new\rtext".utf8))
        #expect(document.mapper.lineStarts == [0, 4])
        #expect(document.version == 3)
    }

    /// A `\n` typed after a `\r`, or a `\r` before a `\n`, joins two line ends into one; deleting
    /// what stood between them does too.
    @Test func lineEndsThatMeetBecomeOne() {
        var document = Self.document("a\rb\nc", .utf8)
        #expect(document.mapper.lineStarts == [0, 2, 4])
        document.apply([.ranged(Self.r(Self.p(1, 0), Self.p(1, 1)), text: "")], version: 2)
        #expect(document.bytes == Array("a\r\nc".utf8))
        #expect(document.mapper.lineStarts == [0, 3])
        document.apply([.ranged(Self.r(Self.p(0, 1), Self.p(0, 1)), text: "\n")], version: 3)
        #expect(document.bytes == Array("a\n\r\nc".utf8))
        #expect(document.mapper.lineStarts == [0, 2, 4])
        document.apply([.ranged(Self.r(Self.p(1, 0), Self.p(1, 0)), text: "\r")], version: 4)
        #expect(document.mapper.lineStarts == [0, 2, 3, 5])
    }

    /// Random edits at random (often out-of-range) positions: the buffer is what replacing the
    /// mapped bytes gives, and its line starts are what a fresh scan finds.
    @Test func randomEditsKeepTheBufferAndLinesExact() {
        let pieces = ["a", "é", "📅", "\r", "\n", "\r\n", "€", " ", "- [ ] ", "\u{FEFF}"]
        var random = SeededGenerator(seed: 99)
        for encoding in PositionEncoding.allCases {
            var document = Self.document("# Plan\r\n- [ ] one 📅 2026-01-01\n\n- [x] two\r", encoding)
            var expected = document.bytes
            for version in 2..<1500 {
                let line = random.next(document.mapper.lineCount + 2)
                let start = Self.p(line, random.next(12))
                let end = random.next(4) == 0 ? Self.p(line + random.next(3), random.next(12)) : start
                let text = (0..<random.next(4)).map { _ in pieces[random.next(pieces.count)] }.joined()
                let offsets = document.mapper.offsets(of: Self.r(start, end))
                expected.replaceSubrange(offsets, with: Array(text.utf8))
                if random.next(50) == 0 {
                    document.apply([.full(text: String(decoding: expected, as: UTF8.self))], version: version)
                } else {
                    document.apply([.ranged(Self.r(start, end), text: text)], version: version)
                }
                #expect(document.bytes == expected)
                #expect(document.mapper.lineStarts == PositionMapper(expected, encoding: encoding).lineStarts, "after edit \(version)")
                if document.bytes != expected { return }
            }
        }
    }
}
