import JSONText
import Testing

@Suite struct JSONReaderTests {
    func read(_ text: String) throws(JSONReadError) -> JSONValue { try JSONValue(parsing: text) }

    func problem(_ text: String) -> JSONReadError? {
        do { _ = try read(text); return nil } catch { return error }
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try read(#" { "a" : [1, -2.5e3, true, false, null, "x"], "b": {} } "#)
        #expect(value == ["a": [1, .number(JSONNumber(text: "-2.5e3")!), true, false, nil, "x"], "b": .object(JSONObject())])
        #expect(try read("[]") == [])
        #expect(try read("\"\"") == "")
        #expect(try read("0") == 0)
    }

    @Test func numbersKeepTheirText() throws {
        #expect(try read("1.0").number?.text == "1.0")
        #expect(try read("1E2").number?.text == "1E2")
        #expect(try read("-0").number?.text == "-0")
        #expect(try read("1.0") != read("1"))
        // A number past Double's range is still exact as text, and passes through unchanged.
        let huge = try read("123456789012345678901234567890")
        #expect(huge.serializedText == "123456789012345678901234567890")
    }

    @Test func integerAndDoubleAccessors() throws {
        #expect(try read("42").int == 42)
        #expect(try read("-9223372036854775808").int == Int.min)
        #expect(try read("9223372036854775807").int == Int.max)
        #expect(try read("9223372036854775808").int == nil)
        #expect(try read("-9223372036854775809").int == nil)
        #expect(try read("1.0").int == nil)
        #expect(try read("1e2").int == nil)
        #expect(try read("1e2").double == 100)
        #expect(try read("-2.5").double == -2.5)
        #expect(try read("0.1").double == 0.1)
        #expect(try read("1e999").double == nil)
        #expect(try read("1e-999").double == 0)
        #expect(try read("\"1\"").int == nil)
    }

    @Test func numberGrammarIsExact() {
        for bad in ["-", "01", "1.", ".1", "1e", "1e+", "+1", "0x1", "1.e1", "-01", "Infinity", "NaN", "1 2"] {
            #expect(problem(bad) != nil, "\(bad)")
        }
        #expect(JSONNumber(text: "1.5e-3") != nil)
        #expect(JSONNumber(text: "1.5e-") == nil)
        #expect(JSONNumber(text: "") == nil)
    }

    @Test func escapesAndSurrogates() throws {
        #expect(try read(#""\"\\\/\b\f\n\r\t""#) == "\"\\/\u{8}\u{C}\n\r\t")
        #expect(try read(#""\u00e9\u20AC""#) == "é€")
        // A high surrogate escaped and followed by an escaped low one is one scalar.
        #expect(try read(#""\ud83d\udcc5""#) == "📅")
        // Lone surrogates of either kind read as U+FFFD, one each; what follows is read on its own.
        #expect(try read(#""\ud83d""#) == "\u{FFFD}")
        #expect(try read(#""\udcc5""#) == "\u{FFFD}")
        #expect(try read(#""\ud83dx""#) == "\u{FFFD}x")
        #expect(try read(#""\ud83d\u0041""#) == "\u{FFFD}A")
        #expect(try read(#""\ud83d\ud83d\udcc5""#) == "\u{FFFD}📅")
        #expect(try read(#""\udcc5\ud83d""#) == "\u{FFFD}\u{FFFD}")
        #expect(problem(#""\x""#)?.problem == .invalidEscape)
        #expect(problem(#""\u12""#) != nil)
        #expect(problem(#""\u12G4""#)?.problem == .invalidEscape)
    }

    @Test func stringsMustBeUTF8WithoutRawControls() throws {
        #expect(try JSONValue(parsing: [0x22, 0xF0, 0x9F, 0x93, 0x85, 0x22]) == "📅")
        #expect(throws: JSONReadError(.invalidUTF8, at: 1)) { try JSONValue(parsing: [0x22, 0xFF, 0x22]) }
        #expect(throws: JSONReadError(.invalidUTF8, at: 1)) { try JSONValue(parsing: [0x22, 0xED, 0xA0, 0x80, 0x22]) }
        #expect(throws: JSONReadError(.invalidUTF8, at: 2)) { try JSONValue(parsing: [0x22, 0x61, 0xC3, 0x22]) }
        #expect(throws: JSONReadError(.unescapedControl(0x0A), at: 2)) { try JSONValue(parsing: [0x22, 0x61, 0x0A, 0x22]) }
        #expect(throws: JSONReadError(.unexpectedEnd, at: 3)) { try JSONValue(parsing: [0x22, 0x61, 0x62]) }
    }

    @Test func duplicateKeysLastValueWinsAtFirstPlace() throws {
        let value = try read(#"{"a":1,"b":2,"a":3}"#)
        #expect(value["a"] == 3)
        #expect(value.object?.keys == ["a", "b"])
        #expect(value.serializedText == #"{"a":3,"b":2}"#)
    }

    @Test func depthIsBounded() throws {
        let limit = JSONValue.defaultDepthLimit
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(try read(deepest).array?.count == 1)
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect(problem(tooDeep) == JSONReadError(.tooDeep(limit: limit), at: limit))
        // Far deeper than any stack: an error, not a crash.
        let abyss = String(repeating: "{\"a\":[", count: 200_000)
        #expect(problem(abyss)?.problem == .tooDeep(limit: limit))
        #expect(throws: JSONReadError(.tooDeep(limit: 2), at: 2)) { try JSONValue(parsing: "[[[]]]", depthLimit: 2) }
    }

    @Test func errorsSayWhereAndWhat() {
        #expect(problem("") == JSONReadError(.unexpectedEnd, at: 0))
        #expect(problem("   ") == JSONReadError(.unexpectedEnd, at: 3))
        #expect(problem("[1,]") == JSONReadError(.unexpectedByte(0x5D), at: 3))
        #expect(problem("{1:2}") == JSONReadError(.unexpectedByte(0x31), at: 1))
        #expect(problem("tru") == JSONReadError(.unexpectedEnd, at: 3))
        #expect(problem("trux") == JSONReadError(.unexpectedByte(0x78), at: 3))
        #expect(problem("1 2") == JSONReadError(.unexpectedByte(0x32), at: 2))
        #expect(problem("[1") == JSONReadError(.unexpectedEnd, at: 2))
        #expect(problem("{\"a\"}") == JSONReadError(.unexpectedByte(0x7D), at: 4))
        #expect(JSONReadError(.unexpectedByte(0x5D), at: 3).description == "unexpected ']' at byte 3")
        #expect(JSONReadError(.unexpectedByte(0x1B), at: 0).description == "unexpected byte 0x1B at byte 0")
    }

    @Test func whitespaceIsTheFourBytesOfTheGrammar() throws {
        #expect(try read(" \t\r\n1 \t\r\n") == 1)
        #expect(problem("\u{C}1") != nil)
        #expect(problem("\u{A0}1") != nil)
        // A BOM is skipped before the text only.
        #expect(try JSONValue(parsing: [0xEF, 0xBB, 0xBF, 0x31]) == 1)
        #expect(throws: JSONReadError.self) { try JSONValue(parsing: [0x20, 0xEF, 0xBB, 0xBF, 0x31]) }
    }
}

@Suite struct LenientUTF8Tests {
    /// A client that copies its buffer's bytes into a string unchecked (lua-cjson in Neovim does)
    /// sends invalid UTF-8; read leniently, each invalid byte is one U+FFFD, the position mapper's
    /// rule, so UTF-16 positions after it stay exact. By default such text is refused (§8.1).
    @Test func eachInvalidByteBecomesOneReplacementCharacter() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0xE2, 0x82, 0x63, 0xC3, 0xA9, 0xED, 0xA0, 0x80, 0x22]
        #expect(throws: JSONReadError(.invalidUTF8, at: 2)) { try JSONValue(parsing: bytes) }
        let value = try JSONValue(parsing: bytes, invalidUTF8: .replaceEachByte)
        #expect(value == .string("a\u{FFFD}b\u{FFFD}\u{FFFD}cé\u{FFFD}\u{FFFD}\u{FFFD}"))
        // Outside strings invalid bytes are still errors: they are no JSON token.
        #expect(throws: JSONReadError(.unexpectedByte(0xFF), at: 0)) { try JSONValue(parsing: [0xFF], invalidUTF8: .replaceEachByte) }
        // Keys too.
        #expect(try JSONValue(parsing: [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D], invalidUTF8: .replaceEachByte) == ["\u{FFFD}": 1])
    }

    /// `.escapeEachByte` keeps each invalid byte in the string as a scalar that stands for it, and
    /// `RawByteEscape.bytes(of:)` gives the original bytes back, for every byte that can be invalid.
    @Test func eachInvalidByteEscapedComesBackAsItself() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0xE2, 0x82, 0x63, 0xC3, 0xA9, 0xED, 0xA0, 0x80, 0x22]
        let value = try JSONValue(parsing: bytes, invalidUTF8: .escapeEachByte)
        #expect(value == .string("a\u{10FFFF}b\u{10FFE2}\u{10FF82}cé\u{10FFED}\u{10FFA0}\u{10FF80}"))
        #expect(RawByteEscape.bytes(of: value.string ?? "") == Array(bytes.dropFirst().dropLast()))
        for byte in UInt8(0x80)...0xFF {
            let text = try JSONValue(parsing: [0x22, 0x78, byte, 0x22], invalidUTF8: .escapeEachByte).string ?? ""
            // Alone before the quote, every byte from 0x80 is invalid: a continuation without
            // a lead, or a lead byte cut off.
            #expect(RawByteEscape.bytes(of: text) == [0x78, byte])
        }
        // Valid text, 0xF4 included (U+100000 is F4 80 80 80), is left as it is.
        #expect(RawByteEscape.bytes(of: "a\u{100000}📅é") == Array("a\u{100000}📅é".utf8))
    }
}
