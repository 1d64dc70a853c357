import Testing
@testable import RoadmapKit

/// Goals inside block quotes: GFM renders them as task items (cmark-gfm 0.29 does not; the
/// differential test names that divergence).
struct BlockQuoteTests {
    @Test(arguments: ["> - [ ] a", ">> - [ ] a", "> > - [ ] a", ">- [ ] a", "   > - [ ] a"])
    func quotedGoals(line: String) {
        let r = roadmap(line + "\n")
        #expect(r.goals.count == 1)
        #expect(r.goals.first?.isQuoted == true)
    }

    @Test func lazyContinuationOfAQuotedGoal() {
        #expect(goals("> - [ ] first line\nsecond line\n") == [g(1, .open, "first line second line")])
    }

    @Test func quoteEndsAtANewList() {
        let r = roadmap("> - [ ] quoted\n- [ ] plain\n")
        #expect(r.goals.map(\.isQuoted) == [true, false])
    }

    @Test func fenceInQuote() {
        #expect(goals("> ```\n> - [ ] code\n> ```\n> - [ ] goal\n") == [g(4, .open, "goal")])
    }
}
