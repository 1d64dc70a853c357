import Testing
@testable import RoadmapKit

/// What check, uncheck, start, cancel and reopen would write, computed without writing (the
/// language server sends it to the editor; the command line commits it).
struct GoalStateChangeTests {
    let plan = PlanTests.plan()
    let date = CivilDate(iso: "2026-03-01")!

    @Test func editsForOneGoalNameItsFile() {
        let edits = plan.edits(setting: GoalRef(file: 1, goal: 1), to: .done, doneDate: date)
        #expect(edits.indices == plan.files.indices)
        #expect(edits[0].isEmpty && edits[2].isEmpty)
        #expect(edits[1] == plan.files[1].roadmap.edits(setting: 1, to: .done, doneDate: date))
        #expect(!edits[1].isEmpty)
    }

    @Test func goalsAlreadyInTheStateAreLeftAndTheTallyMoves() {
        let change = plan.changing([GoalRef(file: 1, goal: 0), GoalRef(file: 1, goal: 1), GoalRef(file: 0, goal: 3)], to: .done, doneDate: date)
        #expect(change.already == [GoalRef(file: 1, goal: 0)])
        #expect(change.changed == [GoalRef(file: 1, goal: 1), GoalRef(file: 0, goal: 3)])
        #expect(change.refused == nil)
        #expect(change.edits[0] == plan.files[0].roadmap.edits(setting: 3, to: .done, doneDate: date))
        #expect(change.tally.done == plan.tally.done + 2)
    }

    @Test func aCustomStateStopsTheChangeUnlessAnyStateIsAllowed() {
        let custom = Plan(single: roadmap("# P\n- [ ] one\n- [>] two\n- [x] three\n- [ ] four\n"), path: "roadmap.md")
        let refs = [2, 1, 3].map { GoalRef(file: 0, goal: $0) }
        let stopped = custom.changing(refs, to: .done, doneDate: nil)
        #expect(stopped.refused == GoalRef(file: 0, goal: 1))
        #expect(stopped.already == [GoalRef(file: 0, goal: 2)], "only what came before the refusal")
        let forced = custom.changing(refs, to: .done, doneDate: nil, fromAnyState: true)
        #expect(forced.refused == nil)
        #expect(forced.changed == [GoalRef(file: 0, goal: 1), GoalRef(file: 0, goal: 3)])
    }
}
