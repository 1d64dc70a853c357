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
}
