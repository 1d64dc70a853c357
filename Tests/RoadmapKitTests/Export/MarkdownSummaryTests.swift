import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// `status --format markdown`: a GFM table for $GITHUB_STEP_SUMMARY or a pull-request comment.
struct MarkdownSummaryTests {
    static let golden = PackagePaths.kitTests.appendingPathComponent("Golden")

    static let text = """
    # Plan | <script>alert(1)</script>

    **Start Date:** 2026-01-15

    ## 6-Month Goals

    ### Core *Skills*

    - [x] Learn Docker ✅ 2026-02-01
    - [x] Learn Linux ✅ 2026-02-10
    - [/] Learn Kubernetes (Month 3)
    - [ ] Learn Terraform

    ### Pipes | and `ticks`

    - [ ] Build CI (Month 9)

    ### 6-Month Checkpoint

    **Date:** ____

    - [ ] Four goals done

    ## 1-Year Goals

    - [ ] Get the job
    """

    static func summary(_ text: String = text, today: String = "2026-05-01") -> String {
        let plan = Plan(single: Roadmap(parsing: Array(text.utf8)), path: "career-roadmap.md")
        return MarkdownSummary.render(PlanSchedule(plan, today: CivilDate(iso: today)!))
    }

    @Test func matchesGolden() throws {
        let markdown = Self.summary()
        let file = Self.golden.appendingPathComponent("status-summary.md")
        try Golden.update(file, with: markdown)
        #expect(markdown == (try String(contentsOf: file, encoding: .utf8)))
    }

    @Test func saysTheNextCheckpointAndWhatIsOverdue() {
        let markdown = Self.summary()
        #expect(markdown.contains("**2 of 7 goals done (28%)**"))
        #expect(markdown.contains("**Overdue:** 1 goal"))
        #expect(markdown.contains("**Next checkpoint:** 6-Month Checkpoint, due 2026-07-15 (in 75 days)"))
        #expect(markdown.contains("| 6-Month Goals | 2/6 | 33% | `███░░░░░░░` |"))
    }

    @Test func cellsAreEscaped() {
        let markdown = Self.summary()
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("Pipes \\| and ticks"))  // plain text: the code span's ticks are gone
    }

    @Test func anEmptyRoadmapStillGivesATable() {
        let markdown = Self.summary("# Empty\n")
        #expect(markdown.contains("| **Overall** | 0/0 | 0% |"))
        #expect(markdown.contains("No goals yet"))
    }
}
