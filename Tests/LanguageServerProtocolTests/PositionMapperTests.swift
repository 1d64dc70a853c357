import LanguageServerProtocol
import LanguageServerTestSupport
import Testing

@Suite struct PositionMapperTests {
    /// One row: in `bytes`, `position` maps to `offset` in both directions, or one way only.
    struct Row: CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var hidesBOM = false
        var utf8: [(Position, Int)] = []
        var utf16: [(Position, Int)] = []
        /// Offsets whose position is not the one that maps back to them (inside a scalar or a
        /// line end), with the position they give.
        var utf8Back: [(Int, Position)] = []
        var utf16Back: [(Int, Position)] = []
        var testDescription: String { name }
    }

    static func p(_ line: Int, _ character: Int) -> Position { Position(line: line, character: character) }
    static func b(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let table: [Row] = [
        Row(name: "ASCII", bytes: b("abc\ndef"),
            utf8: [(p(0, 0), 0), (p(0, 3), 3), (p(1, 0), 4), (p(1, 3), 7)],
            utf16: [(p(0, 0), 0), (p(0, 3), 3), (p(1, 0), 4), (p(1, 3), 7)]),
        Row(name: "é is two bytes, one UTF-16 unit", bytes: b("aéb"),
            utf8: [(p(0, 1), 1), (p(0, 3), 3), (p(0, 4), 4)],
            utf16: [(p(0, 1), 1), (p(0, 2), 3), (p(0, 3), 4)],
            utf8Back: [(2, p(0, 1))], utf16Back: [(2, p(0, 1))]),
        Row(name: "📅 is four bytes, two UTF-16 units", bytes: b("a📅b"),
            utf8: [(p(0, 1), 1), (p(0, 5), 5), (p(0, 6), 6)],
            utf16: [(p(0, 1), 1), (p(0, 3), 5), (p(0, 4), 6)],
            utf8Back: [(2, p(0, 1)), (4, p(0, 1))], utf16Back: [(3, p(0, 1))]),
        Row(name: "CRLF", bytes: b("ab\r\ncd"),
            utf8: [(p(0, 2), 2), (p(1, 0), 4), (p(1, 2), 6)],
            utf16: [(p(0, 2), 2), (p(1, 0), 4), (p(1, 2), 6)],
            utf8Back: [(3, p(0, 2))], utf16Back: [(3, p(0, 2))]),
        Row(name: "lone CR, CRLF, then CR", bytes: b("ab\rcd\r\n\ref"),
            utf8: [(p(1, 0), 3), (p(1, 2), 5), (p(2, 0), 7), (p(3, 0), 8), (p(3, 2), 10)],
            utf16: [(p(1, 0), 3), (p(2, 0), 7), (p(3, 1), 9)],
            utf8Back: [(6, p(1, 2))], utf16Back: [(6, p(1, 2))]),
        Row(name: "BOM is a character", bytes: [0xEF, 0xBB, 0xBF] + b("a\nb"),
            utf8: [(p(0, 0), 0), (p(0, 3), 3), (p(0, 4), 4), (p(1, 1), 6)],
            utf16: [(p(0, 0), 0), (p(0, 1), 3), (p(0, 2), 4), (p(1, 1), 6)],
            utf8Back: [(1, p(0, 0))], utf16Back: [(2, p(0, 0))]),
        Row(name: "BOM hidden", bytes: [0xEF, 0xBB, 0xBF] + b("a\nb"), hidesBOM: true,
            utf8: [(p(0, 0), 3), (p(0, 1), 4), (p(1, 0), 5)],
            utf16: [(p(0, 0), 3), (p(0, 1), 4), (p(1, 0), 5)],
            utf8Back: [(0, p(0, 0)), (1, p(0, 0))], utf16Back: [(0, p(0, 0)), (2, p(0, 0))]),
        Row(name: "invalid bytes are one unit each", bytes: [0x61, 0xFF, 0x62, 0xC3, 0x0A, 0xE2, 0x82, 0x63, 0xED, 0xA0, 0x80],
            utf8: [(p(0, 1), 1), (p(0, 2), 2), (p(0, 3), 3), (p(0, 4), 4), (p(1, 1), 6), (p(1, 2), 7), (p(1, 3), 8), (p(1, 6), 11)],
            utf16: [(p(0, 1), 1), (p(0, 2), 2), (p(0, 3), 3), (p(0, 4), 4), (p(1, 1), 6), (p(1, 2), 7), (p(1, 3), 8), (p(1, 6), 11)]),
        Row(name: "empty", bytes: [],
            utf8: [(p(0, 0), 0)], utf16: [(p(0, 0), 0)],
            utf8Back: [(-1, p(0, 0)), (5, p(0, 0))], utf16Back: [(9, p(0, 0))]),
        Row(name: "line end last", bytes: b("a\n"),
            utf8: [(p(0, 1), 1), (p(1, 0), 2)], utf16: [(p(0, 1), 1), (p(1, 0), 2)]),
    ]

    @Test(arguments: table)
    func mapsBothWays(_ row: Row) {
        for (encoding, pairs, back) in [(PositionEncoding.utf8, row.utf8, row.utf8Back), (.utf16, row.utf16, row.utf16Back)] {
            let mapper = PositionMapper(row.bytes, encoding: encoding, hidesBOM: row.hidesBOM)
            for (position, offset) in pairs {
                #expect(mapper.offset(of: position) == offset, "\(encoding) \(position) -> \(offset)")
                #expect(mapper.position(of: offset) == position, "\(encoding) \(offset) -> \(position)")
            }
            for (offset, position) in back {
                #expect(mapper.position(of: offset) == position, "\(encoding) \(offset) -> \(position)")
            }
        }
    }

    /// Past a line's end is the line's end; past the last line is the document's end; a character
    /// inside a scalar rounds down to its start.
    @Test func clampsAndRoundsDown() {
        let bytes = Self.b("a📅\r\nxé")
        for encoding in PositionEncoding.allCases {
            let mapper = PositionMapper(bytes, encoding: encoding)
            #expect(mapper.offset(of: Self.p(0, 99)) == 5, "\(encoding)")
            #expect(mapper.offset(of: Self.p(1, 99)) == 10, "\(encoding)")
            #expect(mapper.offset(of: Self.p(2, 0)) == 10, "\(encoding)")
            #expect(mapper.offset(of: Self.p(7, 3)) == 10, "\(encoding)")
            #expect(mapper.offset(of: Self.p(-1, -4)) == 0, "\(encoding)")
            #expect(mapper.offset(of: Self.p(0, 2)) == 1, "\(encoding): inside 📅")
            #expect(mapper.lineCount == 2)
        }
        let mapper = PositionMapper(bytes, encoding: .utf16)
        #expect(mapper.offsets(of: PositionRange(start: Self.p(1, 1), end: Self.p(0, 1))) == 1..<8)
        #expect(mapper.range(of: 1..<8) == PositionRange(start: Self.p(0, 1), end: Self.p(1, 1)))
    }

    /// Random documents built from pieces whose positions are known piece by piece (an oracle
    /// apart from the mapper): every scalar boundary maps to its position and back.
    @Test func randomDocumentsRoundTripAtScalarBoundaries() {
        // (bytes, UTF-8 units, UTF-16 units, whether each byte is a boundary of its own)
        let pieces: [([UInt8], Int, Int, Bool)] = [
            (Self.b("a"), 1, 1, false), (Self.b("é"), 2, 1, false), (Self.b("€"), 3, 1, false), (Self.b("📅"), 4, 2, false),
            (Self.b("\u{FEFF}"), 3, 1, false), ([0xFF], 1, 1, true), ([0xC3], 1, 1, true), ([0xE2, 0x82], 2, 2, true),
            ([0xF0, 0x9F, 0x93], 3, 3, true), ([0xED, 0xA0, 0x80], 3, 3, true),
        ]
        let ends = [Self.b("\n"), Self.b("\r\n"), Self.b("\r")]
        var random = SeededGenerator(seed: 2024)
        var checked = 0
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            var expected: [(offset: Int, utf8: Position, utf16: Position)] = [(0, Self.p(0, 0), Self.p(0, 0))]
            var line = 0, utf8 = 0, utf16 = 0
            for _ in 0..<random.next(60) {
                if random.next(5) == 0 {
                    var end = ends[random.next(3)]
                    // A `\r` then a `\n` would be one line end, not two.
                    if bytes.last == 0x0D && end == Self.b("\n") { end = Self.b("\r\n") }
                    bytes += end
                    line += 1
                    utf8 = 0
                    utf16 = 0
                } else {
                    let (piece, units8, units16, bytewise) = pieces[random.next(pieces.count)]
                    if bytewise {
                        for byte in piece {
                            bytes.append(byte)
                            utf8 += 1
                            utf16 += 1
                            expected.append((bytes.count, Self.p(line, utf8), Self.p(line, utf16)))
                        }
                        continue
                    }
                    bytes += piece
                    utf8 += units8
                    utf16 += units16
                }
                expected.append((bytes.count, Self.p(line, utf8), Self.p(line, utf16)))
            }
            let byUTF8 = PositionMapper(bytes, encoding: .utf8)
            let byUTF16 = PositionMapper(bytes, encoding: .utf16)
            for (offset, _, _) in expected {
                for mapper in [byUTF8, byUTF16] {
                    let position = mapper.position(of: offset)
                    #expect(mapper.offset(of: position) == offset, "\(bytes) at \(offset)")
                    checked += 1
                }
            }
            for (offset, p8, p16) in expected {
                #expect(byUTF8.position(of: offset) == p8, "\(bytes) at \(offset), utf-8")
                #expect(byUTF16.position(of: offset) == p16, "\(bytes) at \(offset), utf-16")
            }
        }
        #expect(checked > 10_000)
    }

    /// A whole line's range, as the server maps each lint finding's line, is what mapping the
    /// line's start and end offsets gives: on random lines of ASCII, multi-byte scalars, broken
    /// sequences and BOMs, with every line end, in both encodings, a BOM hidden or not.
    @Test func lineRangesEqualTheRangesOfTheirOffsets() {
        let pieces: [[UInt8]] = [Self.b("ab"), Self.b("é"), Self.b("€"), Self.b("📅"), Self.b("\u{FEFF}"), [0xFF], [0xC3],
                                 [0xE2, 0x82], [0xF0, 0x9F, 0x93], Self.b("\n"), Self.b("\r\n"), Self.b("\r")]
        var random = SeededGenerator(seed: 77)
        var checked = 0
        for _ in 0..<300 {
            var bytes: [UInt8] = random.next(4) == 0 ? Self.b("\u{FEFF}") : []
            for _ in 0..<random.next(40) { bytes += pieces[random.next(pieces.count)] }
            for encoding in [PositionEncoding.utf8, .utf16] {
                for hidesBOM in [false, true] {
                    let mapper = PositionMapper(bytes, encoding: encoding, hidesBOM: hidesBOM)
                    for line in 0..<mapper.lineCount {
                        let expected = mapper.range(of: mapper.lineStarts[line]..<mapper.lineEnd(line))
                        #expect(mapper.range(ofLine: line) == expected, "\(bytes), line \(line), \(encoding), BOM hidden: \(hidesBOM)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 2_000)
    }
}
