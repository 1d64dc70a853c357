import Testing
@testable import RoadmapKit

/// How a goal is named on the command line: by id, by words of its text, within a section.
struct GoalQueryTests {
    let r = roadmap("# T\n- [ ] **Docker** [basics](https://x.io/docker)\n- [ ] `kubectl` logs\n- [ ] Docker Certified Associate\n## Later\n- [ ] Kubernetes operators\n")

    @Test func idsAndWords() {
        #expect(GoalQuery(["2"]).resolve(in: r) == .match(1))
        #expect(GoalQuery(["#3"]).resolve(in: r) == .match(2))
        #expect(GoalQuery(["9"]).resolve(in: r) == .noSuchID(9))
        #expect(GoalQuery(["docker", "BASICS"]).resolve(in: r) == .match(0))
        #expect(GoalQuery(["kubectl", "logs"]).resolve(in: r) == .match(1))
        #expect(GoalQuery(["docker"]).resolve(in: r) == .ambiguous([0, 2]))
        #expect(GoalQuery(["https"]).resolve(in: r) == .none(suggestions: []), "link targets are not text")
    }

    @Test func sectionsNarrow() {
        #expect(GoalQuery(["kube"], section: "later").resolve(in: r) == .match(3))
        #expect(GoalQuery(["kube"]).resolve(in: r) == .ambiguous([1, 3]))
        #expect(r.goalIndices(inSectionMatching: "T > Later") == [3])
    }

    @Test func suggestionsForTypos() {
        #expect(GoalQuery(["dokcer"]).resolve(in: r) == .none(suggestions: [0, 2]))
    }
}
