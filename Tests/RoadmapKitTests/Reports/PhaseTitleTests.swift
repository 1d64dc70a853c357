import Testing
@testable import RoadmapKit

/// Issue 25, item 12: a phase file opened alone names its forecast; JSON section paths of a
/// linked file do not repeat its title after the goal that links it.
@Suite struct PhaseTitleTests {
    static let phase = "# Phase 2: Specialization (Months 7-12)\n\n## Training\n- [ ] Fine-tune a model\n"

    @Test func aFileOpenedAloneNamesItsForecastByItsTitle() {
        let roadmap = Roadmap(parsing: Array(Self.phase.utf8))
        let schedule = Schedule(Tracking(roadmap), today: CivilDate(iso: "2026-03-01")!, fallbackStart: CivilDate(iso: "2026-01-15"))
        let items = Forecasting(schedule: schedule).items
        #expect(items.map(\.name) == ["Phase 2: Specialization (Months 7-12)"])
    }

    @Test func jsonPathsSayALinkedTitleOnce() {
        let index = "# Guide\n\n## Phases\n- [ ] [Phase 2: Specialization](p2.md) (Months 7-12)\n"
        let plan = Plan(root: Roadmap(parsing: Array(index.utf8)), path: "roadmap.md") { path in
            path == "p2.md" ? .success(Array(Self.phase.utf8)) : .failure(StorageError(path: path, message: "missing"))
        }
        var paths = PlanSectionPaths(plan)
        let goal = plan.files[1].roadmap.goals[0]
        #expect(String(decoding: paths[1, goal.sectionIndex], as: UTF8.self) == "\"Guide > Phases > Phase 2: Specialization (Months 7-12) > Training\"")
        #expect(String(decoding: paths[0, 1], as: UTF8.self) == "\"Guide\"", "the root keeps its title")
    }
}
