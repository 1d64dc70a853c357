import JSONText
import Testing

/// The writer, the reader and `RawByteEscape` look at eight bytes at a time while none needs
/// attention; these put every kind of byte that does at every place around such a word (and at
/// the ends of the text), with plain ASCII around it, and compare with a byte-at-a-time reference.
@Suite struct JSONByteRunTests {
    /// Pieces of text the writer escapes, or copies, or must not cut.
    static let pieces: [String] = ["\"", "\\", "/", "\u{7F}", "é", "\u{800}", "📅", "\u{10FFAB}", "\u{FFFD}", " ", "~"]
        + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }

    /// RFC 8259 §7, the writer's rule, a scalar at a time.
    static func escaped(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += Array(#"\""#.utf8)
            case 0x5C: out += Array(#"\\"#.utf8)
            case 0x08: out += Array(#"\b"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0C: out += Array(#"\f"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array(#"\u00"#.utf8) + [hex[Int(scalar.value >> 4)], hex[Int(scalar.value & 0xF)]]
            default: out += Array(String(scalar).utf8)
            }
        }
        return out + [0x22]
    }

    /// `prefix` ASCII letters, the piece, `suffix` more: every place in and around two words.
    static func placed(_ piece: String, _ prefix: Int, _ suffix: Int) -> String {
        String(repeating: "a", count: prefix) + piece + String(repeating: "z", count: suffix)
    }

    @Test func stringsAreEscapedAsTheRuleSaysAtEveryPlace() {
        for piece in Self.pieces {
            for prefix in 0..<18 {
                for suffix in [0, 1, 7, 8, 9, 17] {
                    let text = Self.placed(piece, prefix, suffix)
                    var out: [UInt8] = []
                    JSONValue.write(string: text, to: &out)
                    #expect(out == Self.escaped(text), "\(prefix) \(Array(piece.utf8)) \(suffix)")
                }
            }
        }
        // Two in one word, and everything at once.
        let all = Self.pieces.joined()
        for text in ["\"\\", "a\"b\\c\nd", all, all + all, String(all.reversed())] {
            var out: [UInt8] = []
            JSONValue.write(string: text, to: &out)
            #expect(out == Self.escaped(text))
        }
    }

    @Test func integersAreWrittenAsTheirDecimalText() {
        var values = [0, 1, -1, 9, 10, 11, 99, 100, 101, 12345, -12345, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 { power *= 10; values += [power - 1, power, power + 1, -power] }
        for value in values {
            var out: [UInt8] = [0x5B]
            JSONValue.write(int: value, to: &out)
            #expect(out == [0x5B] + Array(String(value).utf8))
            #expect(out.dropFirst().elementsEqual(JSONValue(integerLiteral: value).serialized()))
        }
    }

    /// Text written piece by piece with the writers is taken as it is, and stands for its value.
    @Test func rawTextWrittenByHandIsKeptAsItIs() {
        var out: [UInt8] = []
        JSONValue.write(verbatim: #"{"a":"#, to: &out)
        JSONValue.write(int: -3, to: &out)
        JSONValue.write(verbatim: #","b":"#, to: &out)
        JSONValue.write(string: "x\n", to: &out)
        JSONValue.write(verbatim: "}", to: &out)
        let raw = JSONRaw(written: out)
        #expect(raw.bytes == out)
        #expect(JSONValue.raw(raw) == ["a": -3, "b": "x\n"])
        #expect(JSONValue.raw(raw).serialized() == (["a": -3, "b": "x\n"] as JSONValue).serialized())
    }

    /// The reader gives each piece back at every place, in any of the three ways invalid UTF-8
    /// may be read, and says exactly where a string goes wrong.
    @Test func stringsAreReadAtEveryPlace() throws {
        for piece in Self.pieces {
            for prefix in 0..<18 {
                for suffix in [0, 1, 7, 8, 9, 17] {
                    let text = Self.placed(piece, prefix, suffix)
                    #expect(try JSONValue(parsing: Self.escaped(text)) == .string(text), "\(prefix) \(Array(piece.utf8)) \(suffix)")
                    // Unescaped, a control byte is an error where it stands (the quote ends the
                    // string early, so it is left out here).
                    guard piece != "\"" && piece != "\\" else { continue }
                    let bare = [0x22] + Array(text.utf8) + [0x22]
                    if let byte = piece.utf8.first, byte < 0x20 {
                        #expect(throws: JSONReadError(.unescapedControl(byte), at: 1 + prefix)) { try JSONValue(parsing: bare) }
                    } else {
                        #expect(try JSONValue(parsing: bare) == .string(text))
                    }
                }
            }
        }
    }

    @Test func invalidBytesAreFoundAtEveryPlace() throws {
        for invalid: [UInt8] in [[0xFF], [0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            for prefix in 0..<18 {
                for suffix in [0, 1, 8, 9] {
                    let bytes = [0x22] + Array(repeating: 0x61, count: prefix) + invalid + Array(repeating: 0x7A, count: suffix) + [0x22]
                    #expect(throws: JSONReadError(.invalidUTF8, at: 1 + prefix)) { try JSONValue(parsing: bytes) }
                    let replaced = try JSONValue(parsing: bytes, invalidUTF8: .replaceEachByte).string ?? ""
                    #expect(replaced == Self.placed(String(repeating: "\u{FFFD}", count: invalid.count), prefix, suffix))
                    let escaped = try JSONValue(parsing: bytes, invalidUTF8: .escapeEachByte).string ?? ""
                    #expect(RawByteEscape.bytes(of: escaped) == Array(bytes.dropFirst().dropLast()))
                }
            }
        }
    }

    /// A long string with escapes all through it (a document's text sent in `didOpen`).
    @Test func aLongStringWithManyEscapesReadsBack() throws {
        var text = ""
        for n in 0..<2000 { text += "- [ ] goal \(n) ✅ 2026-01-0\(n % 9 + 1) \"q\" \\ 📅\t\r\n" }
        #expect(try JSONValue(parsing: Self.escaped(text)) == .string(text))
    }

    /// `RawByteEscape.bytes(of:)` finds an escape scalar at every place, beside valid 0xF4 scalars.
    @Test func rawByteEscapesAreFoundAtEveryPlace() {
        for piece in ["\u{10FF80}", "\u{10FFFF}", "\u{10FFC3}", "\u{100000}", "\u{10FEFF}", "📅"] {
            for prefix in 0..<18 {
                for suffix in [0, 1, 7, 8, 9] {
                    let text = Self.placed(piece, prefix, suffix)
                    let scalar = piece.unicodeScalars.first!.value
                    let middle: [UInt8] = scalar >= 0x10FF80 ? [UInt8(scalar - 0x10FF00)] : Array(piece.utf8)
                    #expect(RawByteEscape.bytes(of: text) == Array(repeating: 0x61, count: prefix) + middle + Array(repeating: 0x7A, count: suffix))
                }
            }
        }
    }
}
