import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// The review log: reading entries (ours and hand-edited ones), and the edit that writes one.
@Suite struct ReviewLogTests {
    static let plan = """
    # Plan

    **Start Date:** 2026-08-15

    ## Skills

    - [x] Docker ✅ 2026-10-02
    - [x] Linux ✅ 2026-11-05
    - [ ] Kubernetes

    """

    static let logged = plan + """
    ## Review Log

    ### 2026-10 review (2026-10-20)

    - Progress: 1/3 (33%)
    - Completed since the start, 2026-08-15: 1 goal
      - Docker
    - Metrics:
      - GitHub contributions: 120
      - Ratio: a: b
    - Note: Slow month.

    """

    func log(_ text: String, names: [String] = []) -> ReviewLog {
        ReviewLog(Roadmap(parsing: Array(text.utf8)), metricNames: names)
    }

    func draft(_ date: String, note: String? = nil) -> ReviewDraft {
        ReviewDraft(date: CivilDate(iso: date)!, done: 2, total: 3, since: CivilDate(iso: "2026-10-20"), sinceStart: false,
                    completed: ["Linux"], metrics: [ReviewEntry.Reading(name: "GitHub contributions", value: "260")], note: note)
    }

    func written(_ text: String, _ draft: ReviewDraft) -> String {
        let bytes = Array(text.utf8)
        let edits = ReviewLog(Roadmap(parsing: bytes)).edits(writing: draft, in: bytes)
        return String(decoding: edits.applied(to: bytes), as: UTF8.self)
    }

    @Test func readsAnEntryItWrote() throws {
        let log = log(Self.logged, names: ["Ratio"])
        let entry = try #require(log.entries.first)
        #expect(log.entries.count == 1)
        #expect((entry.year, entry.month, entry.day) == (2026, 10, CivilDate(iso: "2026-10-20")))
        #expect((entry.done, entry.total, entry.percent) == (1, 3, 33))
        #expect(entry.since == CivilDate(iso: "2026-08-15"))
        #expect(entry.completed == ["Docker"])
        #expect(entry.metrics == [.init(name: "GitHub contributions", value: "120"), .init(name: "Ratio", value: "a: b")])
        #expect(entry.note == "Slow month.")
        #expect(entry.otherLines.isEmpty)
        #expect(entry.line == 12)
        let text = Array(Self.logged.utf8)
        #expect(String(decoding: text[entry.range], as: UTF8.self).hasSuffix("- Note: Slow month.\n"))
    }

    @Test func aHandEditedEntryStillReads() throws {
        let text = Self.plan + """
        ## Review log

        Written by `roadmap review`; edit freely.

        ### October 2026-10

        * **Progress:** 12 / 40 done
        * Felt tired.
          Mostly work.
        + Metrics:
            + **Posts**: 2
            + nonsense line
        * Notes: first line
          second line

        A paragraph of my own.

        #### Details
        More.

        ### 2026-09-30 catch-up
        - Progress: 23%
        ### Not a month
        """
        let log = log(text)
        #expect(log.entries.count == 2)
        let october = log.entries[0]
        #expect((october.year, october.month, october.day, october.dateText) == (2026, 10, nil, "2026-10"))
        #expect((october.done, october.total, october.percent) == (12, 40, 30))
        #expect(october.metrics == [.init(name: "Posts", value: "2")])
        #expect(october.note == "first line second line")
        let other = october.otherLines.map { $0.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } }
        #expect(other == [["* Felt tired.", "  Mostly work."], ["A paragraph of my own."], ["#### Details", "More."]])
        let september = log.entries[1]
        #expect((september.day, september.done, september.percent) == (CivilDate(iso: "2026-09-30"), nil, 23))
        #expect(log.chronological.map(\.month) == [9, 10])
        #expect(log.previous(before: CivilDate(iso: "2026-11-02")!)?.month == 10)
        #expect(log.previous(before: CivilDate(iso: "2026-10-31")!)?.month == 9)
    }

    @Test func aLogAddsNothingTheRestOfTheModelCounts() {
        let before = Tracking(Roadmap(parsing: Array(Self.plan.utf8)))
        let after = Tracking(Roadmap(parsing: Array(written(Self.logged, draft("2026-11-22", note: "x")).utf8)))
        #expect(after.roadmap.goals.count == before.roadmap.goals.count)
        #expect(after.fields.count == before.fields.count)
        #expect(after.tables.isEmpty && after.checkpoints.isEmpty && after.groups.isEmpty)
    }

    @Test func createsTheLogAtTheEnd() {
        #expect(written(Self.plan, draft("2026-11-22")) == Self.plan + """

        ## Review Log

        ### 2026-11 review (2026-11-22)

        - Progress: 2/3 (66%)
        - Completed since 2026-10-20: 1 goal
          - Linux
        - Metrics:
          - GitHub contributions: 260

        """)
    }

    @Test func keepsCRLFAndAMissingFinalNewline() {
        let crlf = Self.plan.replacingOccurrences(of: "\n", with: "\r\n")
        let result = written(crlf, draft("2026-11-22"))
        #expect(result.hasPrefix(crlf + "\r\n## Review Log\r\n\r\n### 2026-11 review"))
        #expect(!result.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(result.hasSuffix("260\r\n"))

        let bare = "# Plan\n\n- [ ] One"
        #expect(written(bare, draft("2026-11-22", note: "N")) == bare + """


        ## Review Log

        ### 2026-11 review (2026-11-22)

        - Progress: 2/3 (66%)
        - Completed since 2026-10-20: 1 goal
          - Linux
        - Metrics:
          - GitHub contributions: 260
        - Note: N
        """)
    }

    @Test func aSecondReviewInTheMonthReplacesItsEntryInPlace() {
        let once = written(Self.logged, draft("2026-11-05", note: "early"))
        var again = draft("2026-11-22")
        again.metrics = [.init(name: "Posts", value: "1")]
        let entry = log(once).entry(year: 2026, month: 11)!
        again.merge(entry, in: Array(once.utf8))
        let twice = written(once, again)
        let november = log(twice).entries.filter { $0.month == 11 }
        #expect(november.count == 1)
        #expect(november[0].day == CivilDate(iso: "2026-11-22"))
        #expect(november[0].metrics.map(\.name) == ["Posts", "GitHub contributions"])
        #expect(november[0].note == "early")
        #expect(twice.hasPrefix(Self.logged))
    }

    @Test func anEntryWithoutFinalNewlineIsReplacedWithoutOne() {
        let text = String(Self.logged.dropLast())
        var october = draft("2026-10-21")
        october.merge(log(text).entries[0], in: Array(text.utf8))
        let result = written(text, october)
        #expect(result.hasSuffix("  - GitHub contributions: 260\n  - Ratio: a: b\n- Note: Slow month."))
        #expect(log(result).entries.count == 1)
    }

    @Test func newEntriesGoInDateOrder() {
        let text = Self.plan + "## Review Log\n\n### 2026-09 review (2026-09-20)\n\n- Progress: 0/3 (0%)\n\n### 2026-11 review (2026-11-20)\n\n- Progress: 2/3 (66%)\n\n## After\n\nText.\n"
        let result = written(text, draft("2026-10-20"))
        #expect(log(result).entries.map(\.month) == [9, 10, 11])
        #expect(result.contains("- Progress: 0/3 (0%)\n\n### 2026-10 review (2026-10-20)\n"))
        #expect(result.contains("- GitHub contributions: 260\n\n### 2026-11 review"))

        let newestFirst = Self.plan + "## Review Log\n### 2026-11 review (2026-11-20)\n- Progress: 2/3 (66%)\n### 2026-09 review (2026-09-20)\n- Progress: 0/3 (0%)\n## After\n"
        let added = written(newestFirst, draft("2026-12-20"))
        #expect(log(added).entries.map(\.month) == [12, 11, 9])
        let appended = written(Self.plan + "## Review Log\n### 2026-09 review\n- Progress: 0/3\n## After\n", draft("2026-12-20"))
        #expect(appended.hasSuffix("- Progress: 0/3\n\n### 2026-12 review (2026-12-20)\n\n- Progress: 2/3 (66%)\n- Completed since 2026-10-20: 1 goal\n  - Linux\n- Metrics:\n  - GitHub contributions: 260\n\n## After\n"))
    }

    @Test func readingChangesNoByte() {
        let bytes = Array(Self.logged.utf8)
        let log = ReviewLog(Roadmap(parsing: bytes))
        #expect(log.entries.count == 1)
        #expect([TextEdit]().applied(to: bytes) == bytes)
    }
}

/// The series `review --history` charts: progress first, then each metric the log records, the
/// roadmap's own in table order, then those only the log has, in the order it first does.
@Suite struct ReviewTrendTests {
    @Test func progressThenTheRoadmapsMetricsThenTheLogs() {
        let text = """
        # Plan

        ## Review Log

        ### 2026-09 review (2026-09-20)

        - Progress: 2/8 (25%)
        - Metrics:
          - Readers: 40
          - posts: 1
          - talks: 0

        ### 2026-10 review (2026-10-20)

        - Progress: 3/8 (37%)
        - Metrics:
          - Posts: 2
          - Talks: 1
        """
        let log = ReviewLog(Roadmap(parsing: Array(text.utf8)), metricNames: ["Python", "Posts"])
        let trends = log.trends(metricOrder: ["Python", "Posts"])
        // Python is the roadmap's but never recorded: no series. Names match without regard to case.
        #expect(trends.map(\.name) == ["Progress", "Posts", "Readers", "talks"])
        #expect(trends[0].texts == ["25%", "37%"])
        #expect(trends[1].texts == ["1", "2"])
        #expect(trends[2].texts == ["40", nil])
        #expect(trends[3].values == [0, 1])
    }
}
