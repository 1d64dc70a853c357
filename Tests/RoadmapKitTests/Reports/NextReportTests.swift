import Testing
@testable import RoadmapKit

/// What `next` lists and counts.
@Suite struct NextReportTests {
    @Test func countsGoalsInProgressListedAsDue() {
        let text = "# Plan\n\n**Start Date:** 2026-01-01\n\n## Month 1\n\n- [/] Late one\n- [ ] Late two\n\n## Later\n\n- [/] Undated\n"
        let roadmap = Roadmap(parsing: Array(text.utf8))
        let schedule = PlanSchedule(Plan(single: roadmap, path: "roadmap.md", tracking: Tracking(roadmap)), today: CivilDate(iso: "2026-03-01")!)
        let report = NextReport(schedule)
        #expect(report.entries(.overdue).count == 2)
        #expect(report.entries(.inProgress).count == 1)
        #expect(report.inProgressListedAbove == 1)
    }
}
