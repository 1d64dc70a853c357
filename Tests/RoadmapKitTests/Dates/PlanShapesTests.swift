import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// Plans written the way people write them (issue 14's seeds, in their shapes, not their words):
/// project headings with durations, next-step lists by timeframe, questions, timeline headings.
@Suite struct PlanShapesTests {
    let today = CivilDate(iso: "2026-11-22")!

    func schedule(_ text: String) -> Schedule { Schedule(TrackingFixtures.tracking(text), today: today) }

    @Test func projectDurationsFollowEachOther() {
        let s = schedule("""
        # Plan
        **Start Date:** 2026-01-05
        ## Projects
        ### Project 1: Search Service (4 weeks)
        - [ ] Index the documents
        ### Project 2: Stream Scoring (4 weeks)
        - [ ] Wire the queue
        ### Notes
        - [ ] Read about it
        ### Project 3: Model Gateway (6 weeks)
        - [ ] Route two models
        """)
        #expect(s.goalDue.map { $0?.description } == ["2026-02-02", "2026-03-02", nil, "2026-04-13"])
    }

    @Test func aDurationWithoutAStartMakesNothingDue() {
        #expect(Array(schedule("# P\n### Project 1: X (4 weeks)\n- [ ] a\n").goalDue) == [nil])
    }

    @Test func timeframeLabelsOfNextSteps() {
        let s = schedule("""
        # Plan
        **Start Date:** 2026-01-05
        ### Next Steps
        1. [ ] **Today**: Open an account
        2. [ ] **This Week**: Ship a first service
        3. [ ] **This Month**: Finish the first project
        4. [ ] **This Quarter**: Three projects and a certificate
        5. [ ] Later: nothing in particular
        """)
        #expect(s.goalDue.map { $0?.description } == ["2026-01-05", "2026-01-12", "2026-02-05", "2026-04-05", nil])
    }

    @Test func questionsAndNextStepsAreNotFields() {
        let tracking = TrackingFixtures.tracking("""
        # Plan
        **Name:** ____
        ## How You Know
        - **Building**: Could you ship a service in a day?
        - **Explaining**: Can you say why?
        - **Portfolio**: three projects online
        ### Next Steps
        1. **Today**: Open an account
        2. **This Week**: Ship a first service
        """)
        #expect(tracking.fields.indices.map { tracking.label(of: $0) } == ["Name", "Portfolio"])
    }

    @Test func nextStepsAndTimelineHeadingsAdopt() {
        let r = roadmap("""
        # Plan
        ## Timeline
        ### Month 5: First Lead Role
        **Focus**: credibility
        - Pass two certificates
        - Lead a small project
        ### Year 1-2: Manager
        - Lead a team of eight
        - **Team Size**: 8 engineers
        ## Tracks
        ### People Track (half the time in Year 1)
        #### Foundations (Year 1)
        - **A management book**
        ### Next Steps
        1. **Today**: Open an account
        ## Background
        - plain prose list
        """)
        let adoption = Adoption(r)
        let lines = adoption.items.map(\.line)
        // `**Team Size**: 8 engineers` describes the stage: no goal (issue 25, item 15).
        #expect(lines == [5, 6, 8, 13, 15])
        let adopted = Roadmap(parsing: adoption.edits.applied(to: r.bytes))
        let s = Schedule(Tracking(Roadmap(parsing: Array(("**Start Date:** 2026-01-05\n\n").utf8) + adopted.bytes)), today: today)
        #expect(s.goalDue.map { $0?.description } == ["2026-06-05", "2026-06-05", "2028-01-05", "2027-01-05", "2026-01-05"])
    }
}
