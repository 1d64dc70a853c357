import JSONText
import LanguageServerTestSupport
import Testing

@Suite struct JSONWritingTests {
    @Test func writesCompactly() {
        let value: JSONValue = ["b": [1, 2.5, true, nil], "a": ["x": "y"], "e": []]
        #expect(value.serializedText == #"{"b":[1,2.5,true,null],"a":{"x":"y"},"e":[]}"#)
    }

    @Test func escapesWhatTheGrammarRequiresAndNoMore() {
        let text = "q\" b\\ s/ \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F} é 📅 \u{7F}"
        #expect(JSONValue.string(text).serializedText == #""q\" b\\ s/ \u0000\u0001\b\t\n\f\r\u001f é 📅 "# + "\u{7F}\"")
    }

    @Test func doublesHaveJSONForms() {
        #expect(JSONValue(floatLiteral: 3).serializedText == "3")
        #expect(JSONValue(floatLiteral: -0.5).serializedText == "-0.5")
        #expect(JSONValue(floatLiteral: 1e300).serializedText == "1e+300")
        #expect(Double.infinity.json == .null)
        #expect(Double.nan.json == .null)
    }

    /// Random values, written and read again, are the values they were.
    @Test func randomValuesRoundTrip() throws {
        var random = SeededGenerator(seed: 24)
        for _ in 0..<300 {
            let value = Self.randomValue(&random, depth: 0)
            let bytes = value.serialized()
            #expect(try JSONValue(parsing: bytes) == value)
        }
    }

    /// A value kept written (`.raw`) is written as the bytes it was written to, inside any
    /// value, and stands for the value it was made of: equal, hashed alike, read through the
    /// accessors.
    @Test func rawValuesAreWrittenVerbatimAndEqualTheirValue() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let value = Self.randomValue(&random, depth: 0)
            let raw = JSONValue.raw(JSONRaw(value))
            #expect(raw.serialized() == value.serialized())
            let wrapped: JSONValue = ["a": [raw, 1], "b": raw]
            let plain: JSONValue = ["a": [value, 1], "b": value]
            #expect(wrapped.serialized() == plain.serialized())
            #expect(raw == value && value == raw && wrapped == plain)
            #expect(raw.hashValue == value.hashValue && wrapped.hashValue == plain.hashValue)
            #expect(raw.array == value.array && raw.object == value.object && raw.string == value.string
                && raw.number == value.number && raw.bool == value.bool && raw.isNull == value.isNull)
            #expect(raw.kindName == value.kindName)
        }
        #expect(JSONValue.raw(JSONRaw(["x": 1])) != ["x": 2])
        #expect(JSONValue.raw(JSONRaw(["x": 1])) != .raw(JSONRaw(["x": 2])))
    }

    static func randomValue(_ random: inout SeededGenerator, depth: Int) -> JSONValue {
        switch random.next(depth > 3 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(random.next(2) == 0)
        case 2: return .number(JSONNumber(Int(bitPattern: UInt(random.next())) >> random.next(64)))
        case 3: return .string(randomString(&random))
        case 4: return .array((0..<random.next(5)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            var object = JSONObject()
            for _ in 0..<random.next(5) { object[randomString(&random)] = randomValue(&random, depth: depth + 1) }
            return .object(object)
        }
    }

    static func randomString(_ random: inout SeededGenerator) -> String {
        let pieces: [String] = ["a", "\"", "\\", "\u{0}", "\u{1F}", "\n", "é", "📅", "\u{FFFD}", "\u{2028}", "/", " "]
        return (0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined()
    }
}
