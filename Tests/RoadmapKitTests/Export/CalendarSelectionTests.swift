import Testing
@testable import RoadmapKit

/// Issue 25, item 14: by default the feed holds goals dated by their own line, checkpoints and
/// horizons; goals that only take a heading's date come with `all`.
@Suite struct CalendarSelectionTests {
    static let text = """
    # Plan

    **Start Date:** 2026-01-15

    ## 6-Month Goals

    - [ ] Learn Docker (Month 3)
    - [ ] Ship it 📅 2026-05-01
    - [ ] Plain goal one
    - [ ] Plain goal two
      - [ ] Its sub-goal

    ### 3-Month Checkpoint

    **Date:** ____

    - [ ] Docker done

    """

    func summaries(all: Bool) -> [String] {
        let plan = Plan(single: Roadmap(parsing: Array(Self.text.utf8)), path: "career-roadmap.md")
        return CalendarFeed.events(PlanSchedule(plan, today: CivilDate(iso: "2026-03-01")!), all: all).map(\.summary)
    }

    @Test func byDefaultOwnDatesCheckpointsAndHorizons() {
        #expect(summaries(all: false) == ["Learn Docker (Month 3)", "3-Month Checkpoint", "Ship it", "End of 6-Month Goals"])
    }

    @Test func allAddsTheGoalsThatTakeAHeadingsDate() {
        let all = summaries(all: true)
        #expect(all.count == 8)
        #expect(all.contains("Plain goal one") && all.contains("Its sub-goal") && all.contains("Docker done"))
    }
}
