import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// The unified diff `--dry-run` prints.
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
