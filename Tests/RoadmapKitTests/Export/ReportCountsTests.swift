import Testing
@testable import RoadmapKit

/// The report counts a goal's count as its part of one goal, and says so (issue 27).
struct ReportCountsTests {
    @Test func aCountMovesTheBarAndIsExplained() {
        let page = HTMLReportTests.page("# Plan\n## DSA\n- [ ] Solve 300 problems (150/300)\n- [ ] Graphs\n")
        #expect(page.contains("<span class=\"pct\">25%</span>"), "0.5 of one goal out of 2")
        #expect(page.contains("<span class=\"d\" style=\"width:25%\"></span>"), "the bar fills the part too")
        #expect(page.contains("1 goal with a count counts as its part of one goal"))
    }
}
