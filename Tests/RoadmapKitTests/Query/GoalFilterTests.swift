import Testing
@testable import RoadmapKit

/// `list --open` and `list --done`: which goals each keeps.
@Suite struct GoalFilterTests {
    @Test func openAndDoneGoals() {
        let plan = Plan(single: Roadmap(parsing: Array("- [ ] a\n- [/] b\n- [x] c\n- [-] d\n".utf8)), path: "roadmap.md")
        let all = plan.goals(inSectionMatching: nil)
        #expect(plan.goals(all, .open).map(\.goal) == [0, 1])
        #expect(plan.goals(all, .done).map(\.goal) == [2])
    }
}
