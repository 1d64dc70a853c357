import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

@Suite struct DueDateTests {
    static let today = CivilDate(iso: "2026-11-22")!

    func schedule(_ text: String, today: CivilDate = DueDateTests.today) -> Schedule {
        Schedule(TrackingFixtures.tracking(text), today: today)
    }

    @Test func goalsTakeTheirOwnMarkerThenTheirHeading() {
        let schedule = schedule("""
        # Plan
        **Start Date:** 2026-01-15

        ## Foundation (Months 1-12)
        - [ ] AWS Solutions Architect Associate (Month 3)
        - [ ] Platform Engineering Project (Months 6-8)
        - [ ] Whatever the phase says
          - [ ] A nested goal takes its parent's date
        ### Week 1
        - [ ] Deploy a model
        ### Quarter 1
        - [ ] Build 3 projects 📅 2026-05-01
        - [ ] Apply to companies
        ## Year 2
        - [x] Promoted
        ## Year 5+
        - [ ] Someday
        """)
        #expect(schedule.start?.description == "2026-01-15")
        #expect(schedule.goalDue.map { $0?.description } == [
            "2026-04-15", "2026-09-15", "2027-01-15", "2027-01-15", "2026-01-22", "2026-05-01", "2026-04-15",
            "2028-01-15", nil,
        ])
        #expect(schedule.overdueGoals == [0, 1, 4, 5, 6])
        #expect(!schedule.isOverdue(goal: 7))
    }

    @Test func withoutAStartOnlyDatesCount() {
        let schedule = schedule("""
        ## Month 1
        - [ ] Plain
        - [ ] Dated 📅 2026-02-01
        """)
        #expect(schedule.start == nil)
        #expect(schedule.goalDue.map { $0?.description } == [nil, "2026-02-01"])
    }

    @Test func careerTemplateWorkedExample() throws {
        guard var bytes = Corpus.seed("000") else { return }
        let tracking0 = Tracking(Roadmap(parsing: bytes))
        let created = try #require(tracking0.startField)
        bytes = tracking0.edits(settingField: created, to: "2026-01-15").applied(to: bytes)
        let tracking = Tracking(Roadmap(parsing: bytes))
        #expect(tracking.start?.description == "2026-01-15")
        let schedule = Schedule(tracking, today: DueDateTests.today)
        let roadmap = tracking.roadmap
        func due(_ words: String) -> String? {
            let index = roadmap.goals.indices.first { roadmap.text(of: $0).contains(words) }
            return index.flatMap { schedule.goalDue[$0]?.description }
        }
        #expect(due("Python (intermediate level)") == "2026-07-15")
        #expect(due("Advanced Python") == "2027-01-15")
        #expect(due("Regular technical blog") == "2029-01-15")
        #expect(due("Foundations modules 1-4 done") == "2026-04-15")
        #expect(due("Promoted or job leveled") == "2028-01-15")
    }
}

/// The due date is one of the Tasks fields, read where the plugin reads it (issue 26): at the end
/// of the line, in any of its spellings; a `📅` with text after it is text.
@Suite struct DueDateAsTasksFieldTests {
    @Test(arguments: [
        ("run a 10k 📅 2026-05-01", "2026-05-01"),
        ("run a 10k 📆 2026-05-01", "2026-05-01"),
        ("run a 10k 🗓\u{FE0F} 2026-05-01", "2026-05-01"),
        ("run a 10k [due:: 2026-05-01]", "2026-05-01"),
        ("run a 10k 📅 2026-05-01 ⏫ #sport", "2026-05-01"),
        ("moved 📅 2026-05-01 to June", nil),
    ] as [(String, String?)])
    func dueDateOnTheLine(_ text: String, _ expected: String?) {
        let bytes = Array(text.utf8)
        #expect(DueDate.signified(in: bytes, 0..<bytes.count) == expected.flatMap { CivilDate(iso: $0) }, "\(text)")
    }
}
