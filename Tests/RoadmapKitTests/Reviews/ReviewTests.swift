import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// What a review computes: since when, what was completed, what moved or stalled, which
/// checkpoints are due, each metric's last value; and that an entry reads back as written.
@Suite struct ReviewTests {
    static let plan = """
    # Plan

    **Start Date:** 2026-08-15

    ## Skills

    | Skill | Current Score | Target (6 months) |
    |---|---|---|
    | Python | 30% | 70% |

    ## Core

    - [x] Linux ✅ 2026-09-02
    - [x] Docker ✅ 2026-10-25
    - [x] Undated
    - [ ] Kubernetes

    ## Stretch

    - [x] Bash ✅ 2026-08-20
    - [/] Terraform

    ## Later (Year 3)

    - [ ] Talks

    ### 3-Month Checkpoint

    **Date:** ____

    - [ ] Reviewed

    ## Metrics

    | Metric | 6 Months |
    |---|---|
    | Posts | 5 |

    ## Review Log

    ### 2026-09 review (2026-09-20)

    - Progress: 2/8 (25%)
    - Metrics:
      - Posts: 1

    ### 2026-10 review (2026-10-20)

    - Progress: 3/8 (37%)
    """

    func review(_ text: String = Self.plan, today: String) -> Review {
        RoadmapKitTests.review(Tracking(Roadmap(parsing: Array(text.utf8))), today: today)
    }

    func names(_ review: Review, _ goals: [GoalRef]) -> [String] {
        goals.map { review.plan.files[$0.file].roadmap.text(of: $0.goal, withoutDoneDate: true) }
    }

    func titles(_ review: Review, _ sections: [PlanSchedule.Ref]) -> [String] {
        sections.map { review.schedule.tracking($0.file).sectionTitle($0.index) }
    }

    @Test func countsFromTheLastReviewOfAnEarlierMonth() {
        let november = review(today: "2026-11-22")
        #expect(november.baseline.date == CivilDate(iso: "2026-10-20"))
        #expect(names(november, november.completed) == ["Docker"])
        #expect(november.then == Review.Progress(done: 3, total: 8))
        #expect(november.now == Review.Progress(done: 4, total: 8))
        #expect(november.thisMonth == nil)
        // Later the same month: still from September's review, and October's entry is the one to update.
        let october = review(today: "2026-10-28")
        #expect(october.baseline.date == CivilDate(iso: "2026-09-20"))
        #expect(october.thisMonth?.day == CivilDate(iso: "2026-10-20"))
        #expect(names(october, october.completed) == ["Docker"])
    }

    @Test func withoutAReviewCountsFromTheStart() {
        let text = Self.plan.components(before: "## Review Log")
        let first = review(text, today: "2026-09-10")
        #expect(first.baseline == .start(CivilDate(iso: "2026-08-15")!))
        // Dated goals from the start to today; a date after today is not done yet as far as this review knows.
        #expect(names(first, first.completed) == ["Bash", "Linux"])
        #expect(first.then == Review.Progress(done: 2, total: 8))
        let unstarted = review(text.replacingOccurrences(of: "**Start Date:** 2026-08-15", with: "**Start Date:** ____"), today: "2026-11-22")
        #expect(unstarted.baseline == .none)
        #expect(names(unstarted, unstarted.completed) == ["Bash", "Linux", "Docker"])
    }

    @Test func sectionsThatMovedAndThoseThatStalled() {
        let november = review(today: "2026-11-22")
        #expect(november.moved.map { titles(november, [$0.section])[0] } == ["Core"])
        // Stretch has progress and nothing new; Later is years away; the checkpoint has its own part.
        #expect(titles(november, november.stalled) == ["Stretch"])
    }

    @Test func checkpointsDueWithinAMonth() {
        #expect(review(today: "2026-10-15").checkpoints.isEmpty)
        #expect(review(today: "2026-10-20").checkpoints == [PlanSchedule.Ref(file: 0, index: 0)])
        #expect(review(today: "2026-12-20").checkpoints == [PlanSchedule.Ref(file: 0, index: 0)])
        let held = Self.plan.replacingOccurrences(of: "**Date:** ____", with: "**Date:** 2026-11-20")
        #expect(review(held, today: "2026-12-20").checkpoints.isEmpty)
    }

    @Test func metricsLastValuesAndTargets() {
        let november = review(today: "2026-11-22")
        let lines = november.metrics.map { ($0.name, $0.last, $0.lastReviewed, $0.target, $0.hasCurrentColumn) }
        #expect(lines.count == 2)
        #expect(lines[0] == ("Python", "30%", nil, "70%", true))
        #expect(lines[1] == ("Posts", "1", CivilDate(iso: "2026-09-20"), "5", false))
        #expect(Review.value("45", like: "30%") == "45%")
        #expect(Review.value("45", like: "30") == "45")
        #expect(Review.value("4.5", like: "30%") == "4.5%")
        #expect(Review.value("about 4", like: "30%") == "about 4")
    }

    @Test func anEntryReadsBackAsWritten() throws {
        var draft = ReviewDraft(date: CivilDate(iso: "2026-11-22")!, done: 4, total: 8, since: CivilDate(iso: "2026-10-20"),
                                sinceStart: false, completed: ["Docker **images**", "A: b"],
                                metrics: [.init(name: "Ratio: x", value: "1: 2"), .init(name: "Posts", value: "~3")],
                                note: "**Bold** start: fine")
        draft.kept = [[Array("- Mood: ok".utf8)], [Array("Paragraph.".utf8)]]
        let text = Self.plan + "\n" + String(decoding: Array(draft.lines(level: 3).joined(separator: [0x0A])), as: UTF8.self) + "\n"
        let entry = try #require(ReviewLog(Roadmap(parsing: Array(text.utf8)), metricNames: ["Ratio: x"]).entry(year: 2026, month: 11))
        #expect((entry.done, entry.total, entry.percent, entry.since) == (4, 8, 50, CivilDate(iso: "2026-10-20")))
        #expect(entry.completed == draft.completed)
        #expect(entry.metrics == draft.metrics)
        #expect(entry.note == draft.note)
        #expect(entry.otherLines.map { $0.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } } == [["- Mood: ok"], ["Paragraph."]])
    }

    @Test func historyJSONNumbersAndText() {
        #expect(RoadmapJSON.plainNumber("260") == 260)
        #expect(RoadmapJSON.plainNumber("1,000") == 1000)
        #expect(RoadmapJSON.plainNumber("55%") == 55)
        #expect(RoadmapJSON.plainNumber("0.5") == 0.5)
        #expect(RoadmapJSON.plainNumber("500+") == nil)
        #expect(RoadmapJSON.plainNumber("2-3") == nil)
        #expect(RoadmapJSON.plainNumber("~100") == nil)
        #expect(RoadmapJSON.plainNumber("3 posts") == nil)
    }
}

extension String {
    func components(before marker: String) -> String {
        guard let range = firstRange(of: marker) else { return self }
        return String(self[..<range.lowerBound])
    }
}
