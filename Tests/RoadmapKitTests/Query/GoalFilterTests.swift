import Testing
@testable import RoadmapKit

/// `list` and `next` filters (issue 25): words, states, a section, overdue, due before and after,
/// one type every front end reads.
@Suite struct GoalFilterTests {
    @Test func openAndDoneGoals() {
        let plan = Plan(single: Roadmap(parsing: Array("- [ ] a\n- [/] b\n- [x] c\n- [-] d\n".utf8)), path: "roadmap.md")
        let all = plan.goals(inSectionMatching: nil)
        #expect(plan.goals(all, .open).map(\.goal) == [0, 1])
        #expect(plan.goals(all, .done).map(\.goal) == [2])
    }

    static let text = """
    # R

    ## Tools
    - [ ] Docker basics 📅 2026-01-10
    - [/] Docker **compose** 📅 2026-03-01
    - [x] Docker swarm 📅 2026-01-05

    ## Cloud
    - [ ] AWS and docker 📅 2026-02-01
    - [-] GCP 📅 2026-01-01
    - [ ] Azure

    """

    func kept(_ filter: GoalFilter) -> [Int] {
        let plan = Plan(single: Roadmap(parsing: Array(Self.text.utf8)), path: "roadmap.md")
        let schedule = PlanSchedule(plan, today: CivilDate(iso: "2026-02-15")!)
        return plan.goals(matching: filter, schedule: schedule).map(\.goal)
    }

    @Test func everyConditionAndTheirCombinations() {
        #expect(kept(GoalFilter()) == [0, 1, 2, 3, 4, 5])
        #expect(kept(GoalFilter(words: ["docker"])) == [0, 1, 2, 3])
        #expect(kept(GoalFilter(words: ["DOCKER", "compose"])) == [1], "case and markdown do not matter; every word must appear")
        #expect(kept(GoalFilter(words: ["docker"], section: "tools")) == [0, 1, 2])
        #expect(kept(GoalFilter(words: ["docker"], states: [.inProgress], section: "tools")) == [1])
        #expect(kept(GoalFilter(overdue: true)) == [0, 3], "done and cancelled goals are never overdue")
        #expect(kept(GoalFilter(dueBefore: CivilDate(iso: "2026-02-01"))) == [0, 2, 4], "before is strict")
        #expect(kept(GoalFilter(dueAfter: CivilDate(iso: "2026-01-10"))) == [1, 3], "after is strict; no due date is neither")
        #expect(kept(GoalFilter(states: [.open], dueAfter: CivilDate(iso: "2026-01-01"), dueBefore: CivilDate(iso: "2026-03-01"))) == [0, 3])
    }

    @Test func statesByNameAsTheJSONAndTaskwarriorSpellThem() {
        #expect(GoalFilter.states(named: "open") == [.open])
        #expect(GoalFilter.states(named: "open,started") == [.open, .inProgress])
        #expect(GoalFilter.states(named: "in-progress") == [.inProgress])
        #expect(GoalFilter.states(named: "inProgress") == [.inProgress])
        #expect(GoalFilter.states(named: "pending") == [.open])
        #expect(GoalFilter.states(named: "completed, Done") == [.done])
        #expect(GoalFilter.states(named: "canceled") == [.cancelled])
        #expect(GoalFilter.states(named: "cancelled") == [.cancelled])
        #expect(GoalFilter.states(named: "other") == [.other])
        #expect(GoalFilter.states(named: "later") == nil)
        #expect(GoalFilter.states(named: "") == nil)
    }
}
