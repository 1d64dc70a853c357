import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// Issue 22, section 5: `lint --fix-encoding` rewrote ten lines where `lint` named four (math,
/// a Portuguese line, code, table cells). One function decides both now: each finding is a line
/// with its pieces, each a byte range and its replacement; lint prints them, the fix applies them.
@Suite struct MojibakeFindingsTests {
    static let sample = MojibakeSample.bytes

    @Test func lintNamesExactlyTheMojibake() {
        let found = Lint.findings(Self.sample, today: CivilDate(iso: "2026-11-22")!, exists: { _ in false })
        #expect(found.map { "\($0.line): \($0.message)" } == MojibakeSample.warnings.map { "\($0.line): \($0.message)" })
        #expect(found.allSatisfy { $0.kind == .mojibake })
    }

    @Test func eachPieceIsItsBytesAndWhatTheyShouldRead() {
        let findings = MojibakeLines.findings(Roadmap(parsing: Self.sample, keepingLineFacts: true))
        let pieces = findings.flatMap { finding in finding.pieces.map { (finding.line, $0) } }
        #expect(pieces.map(\.0) == MojibakeSample.pieces.map(\.line))
        #expect(pieces.map(\.1.range) == MojibakeSample.pieces.map(\.range))
        #expect(pieces.map { String(decoding: $0.1.meant, as: UTF8.self) } == MojibakeSample.pieces.map(\.meant))
    }

    /// The fix is those pieces and nothing else: one edit per piece, over exactly its bytes.
    @Test func theFixChangesOnlyWhatLintNames() {
        let fixes = MojibakeLines.fixes(Self.sample)
        #expect(fixes.map(\.range) == MojibakeSample.pieces.map(\.range))
        #expect(fixes.applied(to: Self.sample) == MojibakeSample.repaired)
        // Repaired, nothing is left to name, and a second fix changes nothing.
        #expect(MojibakeLines.fixes(MojibakeSample.repaired).isEmpty)
    }

    @Test func neverInsideCode() {
        let text = "`cafÃ©` and cafÃ©\n```\ncafÃ©\n```\n\n    cafÃ©\n\n~~~~\nðŸŽ¯\n~~~~\n<pre>\nðŸŽ¯\n</pre>\n"
        let fixes = MojibakeLines.fixes(Array(text.utf8))
        #expect(fixes.map(\.range) == [17..<21])
        #expect(String(decoding: fixes.applied(to: Array(text.utf8)), as: UTF8.self).hasPrefix("`cafÃ©` and café\n```\ncafÃ©\n"))
    }
}
