import Testing
@testable import RoadmapKit

/// The one reading of `--in SECTION`: which headings it names (add) and which goals lie under
/// them (list, check, set), from the same pieces.
struct SectionNeedleTests {
    @Test func piecesAreTheTextBetweenArrowsAsPlainLowercaseWords() {
        #expect(SectionNeedle("  *Phase 1*  > Track A ")?.pieces == ["phase 1", "track a"])
        #expect(SectionNeedle("Later")?.pieces == ["later"])
        #expect(SectionNeedle(" > ") == nil, "no piece names no heading")
        #expect(SectionNeedle("") == nil)
    }

    @Test func aHeadingIsNamedByItsOwnTitleAndThePiecesAboveInOrder() throws {
        let needle = try #require(SectionNeedle("phases > work"))
        #expect(needle.names(["Guide", "Phases", "Phase 2", "Work"]))
        #expect(!needle.names(["Guide", "Phases", "Work", "Notes"]), "the last piece is the heading's own title")
        #expect(!needle.names(["Work", "Phases"]), "pieces in order, root first")
        #expect(try #require(SectionNeedle("**Track A**")).names(["Track A"]), "markdown in a title is ignored")
    }

    @Test func aGoalIsWithinANamedHeadingAnywhereOnItsPath() throws {
        let needle = try #require(SectionNeedle("phases > work"))
        #expect(needle.isWithin(["Guide", "Phases", "Phase 2", "Work", "Notes"]))
        #expect(!needle.isWithin(["Guide", "Work", "Phases"]))
        #expect(try #require(SectionNeedle("phase")).isWithin(["Guide", "Phases", "Track A"]))
    }

    @Test func anExactTitleIsTold() throws {
        let needle = try #require(SectionNeedle("Track A"))
        #expect(needle.isExact(["Phases", "track a "]))
        #expect(!needle.isExact(["Phases", "Track A and B"]))
    }
}
