import Testing
@testable import RoadmapKit

/// Paragraph continuation and lazy continuation lines (CommonMark §5.1, §5.2).
struct ContinuationTests {
    @Test func multiLineGoal() {
        #expect(goals("- [ ] `/healthz` returns quickly;\n  `/readyz` checks dependencies.\n")
            == [g(1, .open, "`/healthz` returns quickly; `/readyz` checks dependencies.")])
    }

    @Test func lazyLineJoinsTheGoal() {
        #expect(goals("- [ ] first\nsecond\n") == [g(1, .open, "first second")])
    }

    @Test func bareBoxOnALazyLineIsText() {
        #expect(goals("- [ ] first\n[ ] not a goal\n") == [g(1, .open, "first [ ] not a goal")])
    }

    @Test func emptyItemCannotInterruptAParagraph() {
        #expect(goals("Some text\n-\n") == [])
    }

    @Test func orderedListMustStartAtOneToInterruptAParagraph() {
        #expect(goals("Some text\n2. [ ] not a list\n") == [])
        #expect(goals("Some text\n1. [ ] a list\n") == [g(2, .open, "a list")])
    }

    @Test func bulletInterruptsAParagraph() {
        #expect(goals("**Must-Have Skills:**\n- [ ] Python\n") == [g(2, .open, "Python")])
    }

    @Test func blankLineEndsTheGoalText() {
        #expect(goals("- [ ] goal\n\n  more about it\n") == [g(1, .open, "goal")])
    }
}
