import Testing
@testable import RoadmapKit

/// How a goal is named on the command line: by id, by words of its text, within a section.
struct GoalQueryTests {
    let r = roadmap("# T\n- [ ] **Docker** [basics](https://x.io/docker)\n- [ ] `kubectl` logs\n- [ ] Docker Certified Associate\n## Later\n- [ ] Kubernetes operators\n")
    /// The path every command takes: the file as a plan of one.
    var plan: Plan { Plan(single: r, path: "roadmap.md") }

    func goal(_ index: Int) -> GoalRef { GoalRef(file: 0, goal: index) }

    @Test func idsAndWords() {
        #expect(plan.resolve(GoalQuery(["2"])) == .match(goal(1)))
        #expect(plan.resolve(GoalQuery(["#3"])) == .match(goal(2)))
        #expect(plan.resolve(GoalQuery(["9"])) == .noSuchGoal(file: 0, number: 9))
        #expect(plan.resolve(GoalQuery(["docker", "BASICS"])) == .match(goal(0)))
        #expect(plan.resolve(GoalQuery(["kubectl", "logs"])) == .match(goal(1)))
        #expect(plan.resolve(GoalQuery(["docker"])) == .ambiguous([goal(0), goal(2)]))
        #expect(plan.resolve(GoalQuery(["https"])) == .none(suggestions: []), "link targets are not text")
    }

    @Test func sectionsNarrow() {
        #expect(plan.resolve(GoalQuery(["kube"], section: "later")) == .match(goal(3)))
        #expect(plan.resolve(GoalQuery(["kube"])) == .ambiguous([goal(1), goal(3)]))
        #expect(plan.goals(inSectionMatching: "T > Later") == [goal(3)])
    }

    @Test func suggestionsForTypos() {
        #expect(plan.resolve(GoalQuery(["dokcer"])) == .none(suggestions: [goal(0), goal(2)]))
    }
}
