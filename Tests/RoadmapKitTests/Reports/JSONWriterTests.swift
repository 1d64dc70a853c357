import Testing
@testable import RoadmapKit

/// Dates, diffs, JSON, queries and plain text: the small types the commands are built from.
struct CivilDateTests {
    @Test(arguments: [("2026-01-15", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
                      ("2026-1-15", false), ("20260115", false), ("2026-01-15 ", false), ("0000-01-01", false)])
    func parsing(text: String, valid: Bool) {
        #expect((CivilDate(iso: text) != nil) == valid)
        if valid { #expect(CivilDate(iso: text)!.description == text) }
    }

    @Test func arithmetic() {
        let start = CivilDate(iso: "2026-01-15")!
        #expect(start.adding(months: 3).description == "2026-04-15")
        #expect(start.adding(days: 7).description == "2026-01-22")
        #expect(start.adding(months: 24).description == "2028-01-15")
        #expect(CivilDate(iso: "2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(CivilDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate(daysSinceEpoch: CivilDate(iso: "2099-12-31")!.daysSinceEpoch).description == "2099-12-31")
        #expect(start.days(until: CivilDate(iso: "2026-02-15")!) == 31)
    }
}

struct UnifiedDiffTests {
    @Test func hunksMergeAndCountLines() {
        let bytes = Array((1...10).map { "line \($0)\n" }.joined().utf8)
        let first = bytes.firstIndex(of: 0x0A)! + 1
        let edits = [TextEdit(range: 0..<4, replacement: "LINE"), TextEdit(range: first..<(first + 4), replacement: "LINE")]
        let diff = UnifiedDiff.render(bytes, edits, path: "f.md", context: 1)
        #expect(diff == "--- a/f.md\n+++ b/f.md\n@@ -1,3 +1,3 @@\n-line 1\n-line 2\n+LINE 1\n+LINE 2\n line 3\n")
    }

    @Test func insertedLinesShiftLaterHunks() {
        let bytes = Array("a\nb\nc\nd\ne\nf\ng\nh\n".utf8)
        let edits = [TextEdit(range: 2..<2, replacement: "new\n"), TextEdit(range: 14..<15, replacement: "H")]
        let diff = UnifiedDiff.render(bytes, edits, path: "f.md", context: 0)
        #expect(diff == "--- a/f.md\n+++ b/f.md\n@@ -1,0 +2,1 @@\n+new\n@@ -8,1 +9,1 @@\n-h\n+H\n")
    }

    @Test func missingFinalNewlineIsMarked() {
        let diff = UnifiedDiff.render(Array("- [ ] a".utf8), [TextEdit(range: 3..<4, replacement: "x")], path: "f.md")
        #expect(diff.hasSuffix("-- [ ] a\n\\ No newline at end of file\n+- [x] a\n\\ No newline at end of file\n"))
    }
}

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

struct TextEditTests {
    @Test func changeNothingWithoutBuildingTheResult() {
        let bytes = Array("- [ ] a\n- [x] b\n".utf8)
        #expect([TextEdit]().changeNothing(in: bytes))
        #expect([TextEdit(range: 3..<4, replacement: [0x20])].changeNothing(in: bytes))
        #expect(![TextEdit(range: 3..<4, replacement: [0x78])].changeNothing(in: bytes))
        #expect(![TextEdit(range: 7..<7, replacement: [0x78])].changeNothing(in: bytes))
        #expect(![TextEdit(range: 15..<17, replacement: [])].changeNothing(in: bytes))
    }
}

struct GoalQueryTests {
    let r = roadmap("# T\n- [ ] **Docker** [basics](https://x.io/docker)\n- [ ] `kubectl` logs\n- [ ] Docker Certified Associate\n## Later\n- [ ] Kubernetes operators\n")

    @Test func idsAndWords() {
        #expect(GoalQuery(["2"]).resolve(in: r) == .match(1))
        #expect(GoalQuery(["#3"]).resolve(in: r) == .match(2))
        #expect(GoalQuery(["9"]).resolve(in: r) == .noSuchID(9))
        #expect(GoalQuery(["docker", "BASICS"]).resolve(in: r) == .match(0))
        #expect(GoalQuery(["kubectl", "logs"]).resolve(in: r) == .match(1))
        #expect(GoalQuery(["docker"]).resolve(in: r) == .ambiguous([0, 2]))
        #expect(GoalQuery(["https"]).resolve(in: r) == .none(suggestions: []), "link targets are not text")
    }

    @Test func sectionsNarrow() {
        #expect(GoalQuery(["kube"], section: "later").resolve(in: r) == .match(3))
        #expect(GoalQuery(["kube"]).resolve(in: r) == .ambiguous([1, 3]))
        #expect(r.goalIndices(inSectionMatching: "T > Later") == [3])
    }

    @Test func suggestionsForTypos() {
        #expect(GoalQuery(["dokcer"]).resolve(in: r) == .none(suggestions: [0, 2]))
    }
}

struct PlainTextTests {
    @Test(arguments: [("**bold** and _em_", "bold and em"), ("[link](http://a.b/c(d)) end", "link end"), ("`code` ~~gone~~", "code gone"),
                      ("snake_case_name", "snake_case_name"), ("[ ] box", "  box")])
    func stripsMarkdown(input: String, expected: String) {
        #expect(PlainText.of(input) == expected)
    }

    /// Underscores between letters stay, whatever the script; the byte version agrees with the
    /// string version, invalid UTF-8 included.
    @Test func bytesAgreeWithStrings() {
        #expect(PlainText.of("é_ü and _x_ and 日_本 and 1_2 and a_✅") == "é_ü and x and 日_本 and 1_2 and a✅")
        let bytes: [UInt8] = Array("a_".utf8) + [0xE2, 0x82] + Array("_b **c** [d](e)".utf8) + [0xF0, 0x9F]
        #expect(PlainText.of(bytes, 0..<bytes.count) == PlainText.of(String(decoding: bytes, as: UTF8.self)))
        #expect(PlainText.of(bytes, 2..<6) == "\u{FFFD}b")
    }
}
