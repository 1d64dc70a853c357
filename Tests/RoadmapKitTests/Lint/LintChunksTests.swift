import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore

/// `LintChunks`: after an edit only the chunk it touched is linted again, and the findings are
/// still exactly `Lint.findings` of the whole text (the language server's random-edit test,
/// IncrementalAnalysisTests, covers many more edits).
@Suite struct LintChunksTests {
    static let today = CivilDate(iso: "2026-11-22")!
    static let text = """
    # Plan

    - [ ] Same
    - [ ] Same

    ## Two

    - [] almost
    - [x] Done

    ```
    # not a cut: inside a fence
    ```

    ## Three

    - [ ] Same
    - [ ] Same

    [gone](gone.md)

    """

    func lintAll(_ bytes: [UInt8]) -> [LintFinding] {
        Lint.findings(bytes, today: Self.today, path: "plan.md", exists: { _ in false })
    }

    func lint(_ chunks: inout LintChunks, _ bytes: [UInt8]) -> [LintFinding] {
        let tracking = Tracking.parsing(bytes)
        return chunks.findings(tracking, schedule: Schedule(tracking, today: Self.today), path: "plan.md", exists: { _ in false })
    }

    @Test func cutsAtTopLevelATXHeadingsOnly() {
        let cuts = LintChunks.cuts(Roadmap(parsing: Array(Self.text.utf8)))
        #expect(cuts.map(\.firstLine) == [1, 6, 15])
        #expect(cuts.last?.end == Self.text.utf8.count)
    }

    @Test func aKeystrokeLintsOneChunk() {
        var bytes = Array(Self.text.utf8)
        var chunks = LintChunks()
        #expect(lint(&chunks, bytes) == lintAll(bytes))
        #expect(chunks.linted == 3 && chunks.reused == 0)

        // Type a character in the middle chunk's almost-task: only that chunk is linted again.
        let at = Self.text.utf8.count - Self.text[Self.text.range(of: "- [] almost")!.lowerBound...].utf8.count + 3
        bytes.insert(ASCII.space, at: at)
        chunks.edited(at..<at, insertedCount: 1)
        #expect(lint(&chunks, bytes) == lintAll(bytes))
        #expect(chunks.linted == 1 && chunks.reused == 2)

        // A line end typed at the top moves every chunk: none is linted again (only the new
        // blank line before the first heading, now a chunk of its own), and the duplicate in the
        // last one names the line it moved to.
        bytes.insert(ASCII.lf, at: 0)
        chunks.edited(0..<0, insertedCount: 1)
        let moved = lint(&chunks, bytes)
        #expect(moved == lintAll(bytes))
        #expect(chunks.linted == 1 && chunks.reused == 3)
        #expect(moved.contains { $0.kind == .duplicateGoal && $0.message.hasSuffix("on line 18") })
    }

    @Test func aFenceOpenedSwallowsTheCutsAfterIt() {
        var bytes = Array(Self.text.utf8)
        var chunks = LintChunks()
        _ = lint(&chunks, bytes)
        let fence = Array("```\n".utf8)
        bytes.insert(contentsOf: fence, at: 0)
        chunks.edited(0..<0, insertedCount: fence.count)
        #expect(lint(&chunks, bytes) == lintAll(bytes))
    }
}
