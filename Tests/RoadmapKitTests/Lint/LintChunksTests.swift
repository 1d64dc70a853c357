import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

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

    /// Linted from the language server's own parse (`TrackingChunks`' stretches): what the chunks
    /// hold, and so what every later keystroke reuses and moves, is what their own parses gave.
    func lintFromParse(_ chunks: inout LintChunks, _ parse: inout TrackingChunks, _ bytes: [UInt8],
                       exists: (String) -> Bool = { _ in false }) -> [LintFinding] {
        var parsed: [ParsedStretch] = []
        let tracking = parse.tracking(bytes, parsed: &parsed)
        return chunks.findings(tracking, schedule: Schedule(tracking, today: Self.today), path: "plan.md", parsed: parsed, exists: exists)
    }

    @Test func openingLintsFromTheParseNotAgain() {
        let bytes = Array(Self.text.utf8)
        var chunks = LintChunks()
        var parse = TrackingChunks()
        #expect(lintFromParse(&chunks, &parse, bytes) == lintAll(bytes))
        #expect(chunks.linted == 3 && chunks.fromParse == 3)

        // A keystroke: the chunk parsed again is linted from that parse.
        var edited = bytes
        let at = Self.text.utf8.count - Self.text[Self.text.range(of: "- [] almost")!.lowerBound...].utf8.count + 3
        edited.insert(ASCII.space, at: at)
        chunks.edited(at..<at, insertedCount: 1)
        parse.edited(at..<at, insertedCount: 1)
        #expect(lintFromParse(&chunks, &parse, edited) == lintAll(edited))
        #expect(chunks.linted == 1 && chunks.fromParse == 1 && chunks.reused == 2)
    }

    /// Every bundled roadmap and corpus file: linted from the parse, each chunk holds exactly what
    /// linting it alone held, and the findings are `Lint.findings` of the whole file.
    func sameAsAlone(_ bytes: [UInt8], _ name: String) {
        let exists: (String) -> Bool = { $0.utf8.count % 2 == 0 }  // some links found, some not
        var alone = LintChunks()
        let tracking = Tracking.parsing(bytes)
        let old = alone.findings(tracking, schedule: Schedule(tracking, today: Self.today), path: "plan.md", exists: exists)
        var chunks = LintChunks()
        var parse = TrackingChunks()
        let new = lintFromParse(&chunks, &parse, bytes, exists: exists)
        #expect(new == old, "\(name)")
        #expect(chunks.chunks.map(\.findings) == alone.chunks.map(\.findings), "\(name)")
        #expect(chunks.chunks.map(\.start) == alone.chunks.map(\.start), "\(name)")
        #expect(chunks.fromParse == chunks.linted, "\(name)")
        #expect(new == Lint.findings(bytes, today: Self.today, path: "plan.md", exists: exists), "\(name)")
    }

    @Test func bundledRoadmapsLintFromTheParseAsAlone() throws {
        let walker = try #require(FileManager.default.enumerator(at: PackagePaths.roadmaps, includingPropertiesForKeys: nil))
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
        #expect(files.count > 3)
        for url in files { sameAsAlone(Corpus.bytes(url), url.lastPathComponent) }
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpusLintsFromTheParseAsAlone() {
        for url in Corpus.files { sameAsAlone(Corpus.bytes(url), Corpus.name(url)) }
    }
}
