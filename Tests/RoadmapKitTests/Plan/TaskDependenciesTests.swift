import Testing
@testable import RoadmapKit

/// What is wrong with a plan's `⛔`/`🆔` links (issue 26): an id no goal has, an id two goals
/// have, and goals that wait for each other in a circle.
struct TaskDependenciesTests {
    func problems(_ text: String) -> [TaskDependencies.Problem] {
        TaskDependencies(Plan(single: Roadmap(parsing: Array(text.utf8)), path: "r.md")).problems
    }
    func ref(_ goal: Int) -> GoalRef { GoalRef(file: 0, goal: goal) }

    @Test func danglingAndDuplicate() {
        let found = problems("- [ ] a 🆔 x\n- [ ] b 🆔 x\n- [ ] c ⛔ x, gone\n")
        #expect(found == [.duplicate(id: "x", goals: [ref(0), ref(1)]), .dangling(goal: ref(2), id: "gone")])
    }

    @Test func aCycleNamesItsGoalsOnce() {
        let found = problems("- [ ] a 🆔 a ⛔ c\n- [ ] b 🆔 b ⛔ a\n- [ ] c 🆔 c ⛔ b\n- [ ] d ⛔ a\n")
        #expect(found == [.cycle([ref(0), ref(2), ref(1)])])
    }

    @Test func aGoalWaitingForItself() {
        #expect(problems("- [ ] a 🆔 a ⛔ a\n") == [.cycle([ref(0)])])
    }

    @Test func aChainIsNoCycle() {
        #expect(problems("- [ ] a 🆔 a\n- [ ] b 🆔 b ⛔ a\n- [ ] c ⛔ a,b\n").isEmpty)
    }

    /// `status` reads every goal's fields for its "Ready now" line only when a file may hold a
    /// link: a plan whose bytes have no `🆔`, `⛔`, `🔁` or `::` has no dependencies to read.
    @Test func readOnlyWhereAFileMayLink() {
        func plan(_ text: String) -> Plan { Plan(single: Roadmap(parsing: Array(text.utf8)), path: "r.md") }
        #expect(TaskDependencies.ifAny(in: plan("- [ ] a 📅 2026-01-01\n- [x] b ✅ 2026-01-02\n")) == nil)
        #expect(TaskDependencies.ifAny(in: plan("- [ ] a 🆔 a\n- [ ] b ⛔ a\n"))?.waitsFor == [ref(1): ["a"]])
        #expect(TaskDependencies.ifAny(in: plan("- [ ] a [id:: a]\n- [ ] b [dependsOn:: a]\n"))?.waitsFor == [ref(1): ["a"]])
        // Wherever the text has one, the answer is what reading every goal gives.
        for text in ["- [ ] a 🔁 every week\n", "Note:: x\n- [ ] a\n", "- [ ] a ⛔ b\n"] {
            #expect(TaskDependencies.ifAny(in: plan(text))?.waitsFor == TaskDependencies(plan(text)).waitsFor)
        }
    }
}
