import Testing
@testable import RoadmapKit

/// What a tick means for the goals around it, as values a front end words: a parent ticked
/// while sub-goals are open, a parent whose last open sub-goal was just ticked.
struct SubGoalNoteTests {
    let plan = Plan(single: roadmap("# P\n- [ ] Docker\n- [ ] Kubernetes\n  - [ ] pods\n  - [x] services\n  - [ ] ingress\n    - [ ] nginx\n"), path: "roadmap.md")
    func ref(_ goal: Int) -> GoalRef { GoalRef(file: 0, goal: goal) }

    @Test func childrenAreTheGoalsDirectlyBelow() {
        #expect(plan.children(of: ref(1)) == [ref(2), ref(3), ref(4)])
        #expect(plan.children(of: ref(4)) == [ref(5)])
        #expect(plan.children(of: ref(0)).isEmpty)
    }

    @Test func aParentTickedWithOpenSubGoalsIsNoted() {
        #expect(plan.subGoalNotes(after: [ref(1)], to: .done) == [.openSubGoals(ref(1), open: [ref(2), ref(4)])])
        #expect(plan.subGoalNotes(after: [ref(1)], to: .inProgress).isEmpty, "only a tick")
    }

    @Test func theLastOpenSubGoalTickedOffersTheParentOnce() {
        // nginx ticked: ingress can be; with ingress ticked too, Kubernetes can be, said once.
        #expect(plan.subGoalNotes(after: [ref(2), ref(5)], to: .done) == [.parentCanBeTicked(ref(4))])
        #expect(plan.subGoalNotes(after: [ref(2), ref(5), ref(4)], to: .done) == [.parentCanBeTicked(ref(1))])
        #expect(plan.subGoalNotes(after: [ref(2), ref(4), ref(5)], to: .done) == [.parentCanBeTicked(ref(1))])
        #expect(plan.subGoalNotes(after: [ref(2)], to: .done).isEmpty, "ingress is still open")
    }

    @Test func stampTargetsAreTheUndatedDoneGoalsOrThoseNamedThatAre() {
        let dated = Plan(single: roadmap("# P\n- [x] a\n- [x] b ✅ 2026-01-02\n- [ ] c\n- [x] d\n"), path: "roadmap.md")
        #expect(dated.stampTargets(named: nil) == StampTargets(goals: [ref(0), ref(3)], skipped: []))
        let named = dated.stampTargets(named: [ref(2), ref(1), ref(3)])
        #expect(named.goals == [ref(3)])
        #expect(named.skipped == [.notDone(ref(2)), .alreadyDated(ref(1), CivilDate(iso: "2026-01-02")!)])
        let date = CivilDate(iso: "2026-03-01")!
        let edits = dated.stampEdits([(ref(3), date)])
        #expect(edits[0] == dated.files[0].roadmap.stampEdits([(3, date)]))
    }

    @Test func stampDatesComeFromTheDayGitGivesEachGoalOrOneDateGiven() {
        let a = ref(0), d = ref(3)
        let targets = StampTargets(goals: [a, d], skipped: [])
        let day = CivilDate(iso: "2026-02-03")!
        #expect(targets.dated(on: day).map(\.ref) == [a, d])
        // Goal d was done before git's history begins: no day, so not dated. A day list
        // shorter than the plan (a file git does not have) dates nothing in it, and does not trap.
        let dated = targets.dated(by: [[day, nil, nil, nil]])
        #expect(dated.map(\.ref) == [a] && dated.map(\.date) == [day])
        #expect(targets.dated(by: []).isEmpty)
    }
}
