import Testing
@testable import RoadmapKit

/// What `status` decides from the tracking model, as values an editor can show too: the blank
/// fields and unmade choices, choice groups summed up per heading, each metric against its next
/// target, and the plan's month.
@Suite struct StatusValuesTests {
    static let plan = """
    # Plan

    **Start Date:** 2026-08-15
    **Name:** ____
    **City:** Leeds

    ## Projects

    - Web: [x] In Progress [ ] Complete
    - CLI: [ ] In Progress [x] Complete
    - Bot: [ ] In Progress [ ] Complete

    ## Mixed

    **Location:** [ ] Remote [ ] Hybrid
    **Mode:** [ ] remote [ ] hybrid

    ## Skills

    | Skill | Current Score | Target (6 months) | Target (12 months) |
    |---|---|---|---|
    | Python | 30% | 60% | 80% |
    | Go | 90% | 60% | 80% |
    | Rust | | | |

    ## Metrics

    | Metric | 6 Months |
    |---|---|
    | Posts | 5 |
    | Talks | 3 |

    ## Review Log

    ### 2026-09 review (2026-09-20)

    - Progress: 0/0 (0%)
    - Metrics:
      - Posts: 2
    """

    func schedule(_ text: String = Self.plan, today: String = "2026-11-22") -> PlanSchedule {
        let roadmap = Roadmap(parsing: Array(text.utf8))
        return PlanSchedule(Plan(single: roadmap, path: "roadmap.md", tracking: Tracking(roadmap)), today: CivilDate(iso: today)!)
    }

    @Test func countsBlankFieldsAndChoicesNotMade() {
        let counts = FieldCounts(schedule().files.map(\.tracking))
        #expect(counts == FieldCounts(fields: 3, blank: 1, choices: 5, unmade: 3))
    }

    @Test func sumsUpChoiceGroupsWithTheSameOptionsUnderOneHeading() {
        let summaries = ChoiceSummary.of(schedule().tracking(0))
        // Projects: three groups alike; Mixed: options alike but for case, labels differ.
        #expect(summaries.map(\.title) == ["Projects", "Mixed"])
        #expect(summaries[0].groups == 3)
        #expect(summaries[0].counts.map { "\($0.count) \($0.option)" } == ["1 In Progress", "1 Complete"])
        #expect(summaries[0].unset == 1)
        #expect(summaries[0].label == "Web" && !summaries[0].sameLabel)
        #expect(summaries[1].groups == 2 && summaries[1].unset == 2 && summaries[1].counts.isEmpty)
        #expect(summaries[1].label == "Location" && !summaries[1].sameLabel)
        // A lone group is not summed up.
        #expect(ChoiceSummary.of(schedule(Self.plan.replacingOccurrences(of: "- CLI: [ ] In Progress [x] Complete", with: "")
            .replacingOccurrences(of: "- Bot: [ ] In Progress [ ] Complete", with: "")
            .replacingOccurrences(of: "**Mode:** [ ] remote [ ] hybrid", with: "")).tracking(0)).isEmpty)
    }

    /// `status` reads only the tables it shows (issue 28): each limit gives the first tables of
    /// the full reading, the same in every field shown, and counts them all.
    @Test func aLimitReadsTheFirstTablesAndCountsAll() {
        let full = StatusMetrics(schedule())
        #expect(full.tableCount == full.tables.count && full.tables.count == 2)
        for limit in 0...3 {
            let some = StatusMetrics(schedule(), limit: limit)
            #expect(some.tableCount == full.tableCount)
            #expect(some.tables.map(\.title) == full.tables.prefix(limit).map(\.title))
            #expect(some.tables.map { $0.rows.map(\.name) } == full.tables.prefix(limit).map { $0.rows.map(\.name) })
            #expect(some.tables.map { $0.rows.map(\.latest) } == full.tables.prefix(limit).map { $0.rows.map(\.latest) })
            #expect(some.tables.map(\.unfilled) == full.tables.prefix(limit).map(\.unfilled))
        }
    }

    @Test func eachMetricAgainstItsNextTarget() throws {
        let metrics = StatusMetrics(schedule())
        #expect(metrics.tables.map(\.title) == ["Skills", "Metrics"])
        let skills = metrics.tables[0]
        #expect(skills.currentHeader == "Current Score" && !skills.fromReviews)
        #expect(skills.rows.map(\.name) == ["Python", "Go"])
        #expect(skills.unfilled == ["Rust"])
        let python = skills.rows[0]
        #expect(python.latest == "30%")
        #expect(python.fraction == 0.5)
        #expect(python.target?.text == "60%" && python.target?.header == "Target (6 months)")
        #expect(python.target?.due == CivilDate(iso: "2027-02-15"))
        // Past the target: the bar is full, not more than full.
        #expect(skills.rows[1].fraction == 1)
        // No current column: the latest value is the review log's.
        let other = metrics.tables[1]
        #expect(other.currentHeader == nil && other.fromReviews)
        #expect(other.rows.map(\.latest) == ["2", nil])
        #expect(other.rows[0].fraction == 0.4)
        #expect(other.rows[1].target?.text == "3" && other.rows[1].fraction == nil)
    }
}
