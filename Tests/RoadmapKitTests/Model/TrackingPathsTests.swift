import Testing
@testable import RoadmapCore

/// The tracking model is built three ways: from a rescan against a finished roadmap's sections,
/// from the line facts lint keeps, and in the one scan `status` and the language server use. A
/// setext heading's text is read as a paragraph before its underline comes; every line of it is
/// heading text, not a table row or a bold title (found by the language server's speed work: the
/// first two paths took the second and third lines of such a heading for a table and a title).
@Suite struct TrackingPathsTests {
    static let setext = "# T\n\n| a | b |\n| c | d |\n**Bold:**\n---\n- [ ] g\n\nText\nmore **Name:** ____\n===\n\n**Real:** ____\n"

    @Test func aSetextHeadingOfSeveralLinesIsHeadingTextInEveryPath() {
        let bytes = Array(Self.setext.utf8)
        let rescan = Tracking(Roadmap(parsing: bytes))
        let kept = Tracking(Roadmap(parsing: bytes, keepingLineFacts: true))
        let once = Tracking.parsing(bytes)
        for (name, tracking) in [("rescan", rescan), ("kept facts", kept)] {
            #expect(tracking.titles == once.titles, "\(name): titles")
            #expect(tracking.fields == once.fields, "\(name): fields")
            #expect(tracking.tables == once.tables, "\(name): tables")
        }
        #expect(once.titles.map(\.line) == [13])
        #expect(once.tables.isEmpty)
        #expect(once.fields.map(\.line) == [13])
    }
}
