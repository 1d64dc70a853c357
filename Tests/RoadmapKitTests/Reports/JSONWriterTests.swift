import Testing
@testable import RoadmapKit

/// The writer every `--json` output goes through: escaping, nesting, streaming.
struct JSONWriterTests {
    /// Issue 13: DEL and the C1 controls are escaped like C0, from strings and from file bytes.
    @Test func deleteAndC1ControlsAreEscaped() {
        var json = JSONWriter()
        json.beginArray()
        json.string("\u{7F}\u{80}\u{9B}\u{9F}\u{A0}")
        json.string(plain: Array("a\u{1B}\u{9B}b".utf8) + [0x9B], 0..<6)
        json.endArray()
        #expect(json.text == #"["\u007f\u0080\u009b\u009f\#u{A0}","a\u001b\u009bb�"]"#)
    }

    @Test func escapingAndNesting() {
        var json = JSONWriter()
        json.beginObject()
        json.string("a\"b\\c\nd\t\u{01}é✅", key: "text")
        json.beginArray(key: "list")
        json.number(1)
        json.null()
        json.bool(true)
        json.endArray()
        json.string(nil, key: "none")
        json.endObject()
        #expect(json.text == #"{"text":"a\"b\\c\nd\t\u0001é✅","list":[1,null,true],"none":null}"#)
    }

    /// Strings from file bytes read exactly as strings from `Roadmap.text` would, invalid UTF-8
    /// included (one U+FFFD per maximal ill-formed subpart, as `String(decoding:)` has it).
    @Test func bytesWriteLikeDecodedStrings() {
        let source: [UInt8] = Array("**Start** \"x\" ".utf8) + [0xE2, 0x82, 0x41, 0xFF, 0xC3] + Array(" [a](b) é_ü".utf8)
        var fromBytes = JSONWriter()
        var fromStrings = JSONWriter()
        fromBytes.beginArray()
        fromStrings.beginArray()
        for range in [0..<source.count, 3..<14, 10..<16] {
            fromBytes.string(source, range)
            fromBytes.string(plain: source, range)
            let text = String(decoding: source[range], as: UTF8.self)
            fromStrings.string(text)
            fromStrings.string(PlainText.of(text))
        }
        fromBytes.endArray()
        fromStrings.endArray()
        #expect(fromBytes.text == fromStrings.text)
        #expect(fromBytes.text.contains("\u{FFFD}A\u{FFFD}\u{FFFD}"))
    }

    @Test func streamingGivesTheSameBytesInPieces() {
        func fill(_ json: inout JSONWriter) {
            json.beginArray()
            for n in 0..<20_000 {
                json.beginObject()
                json.number(n, key: "n")
                json.key("dynamic \(n % 3)")
                json.string("value \"\(n)\"")
                json.endObject()
            }
            json.endArray()
            json.flush()
        }
        var pieces: [[UInt8]] = []
        var streamed = JSONWriter(streamingTo: { pieces.append(Array($0)) })
        var whole = JSONWriter()
        fill(&streamed)
        fill(&whole)
        #expect(pieces.count > 5)
        #expect(pieces.allSatisfy { $0.count < (1 << 16) + 4096 })
        #expect(Array(pieces.joined()) == whole.bytes)
        #expect(streamed.bytes.isEmpty)
    }
}

extension JSONWriterTests {
    /// U+EF80–U+EFFF (how a path's raw bytes are carried, `PathBytes`) is written `\uefNN`: the
    /// console shows those scalars as `\xNN`, which inside a JSON string would not be JSON.
    @Test func rawPathBytesAreEscapedScalars() {
        var json = JSONWriter()
        json.string("a\u{EFFF}\u{EF80}b\u{EF7F}")
        #expect(json.text == #""a\uefff\uef80b\#u{EF7F}""#)
    }
}
