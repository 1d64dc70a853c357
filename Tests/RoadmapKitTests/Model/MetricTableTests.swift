import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

@Suite struct MetricTableTests {
    @Test(arguments: [
        ("Current", MetricTable.Role.current), ("Current Score", .current), ("Now", .current), ("Score", .current),
        ("Your Score", .current), ("Rating (0-5)", .current), ("Target", .target), ("Target (6 months)", .target),
        ("6 Months", .target), ("1 Year", .target), ("3 Years", .target), ("Goal", .target), ("Max Score", .target),
        ("Notes", .other), ("Status", .other), ("Category", .other), ("Expected Result", .other),
    ])
    func headerRoles(_ header: String, _ role: MetricTable.Role) {
        #expect(MetricTable.role(of: header).0 == role)
    }

    @Test func targetHorizons() {
        #expect(MetricTable.role(of: "Target (6 months)").1 == Horizon(.month, 6))
        #expect(MetricTable.role(of: "3 Years").1 == Horizon(.year, 3))
        #expect(MetricTable.role(of: "Target").1 == nil)
    }

    @Test func readsRowsAndCells() throws {
        let tracking = TrackingFixtures.tracking("""
        ## Skills

        Rated monthly.
        | Skill | Now | Target |
        |:------|----:|:------:|
        | **Python** | 60% | 80% |
        | Docker \\| Compose | ___% |
        Kubernetes | 1 | 2 | extra

        | Phase | Duration |
        |-------|----------|
        | One   | 6 months |
        """)
        try #require(tracking.tables.count == 1)
        let table = tracking.tables[0]
        #expect(table.line == 4)
        #expect(table.columns.map(\.role) == [.name, .current, .target])
        #expect(table.rows.count == 3)
        #expect(tracking.metrics.map { tracking.name(of: $0) } == ["Python", "Docker \\| Compose", "Kubernetes"])
        let python = Metric(table: 0, row: 0)
        #expect(tracking.value(of: python, column: 1).value == 60)
        #expect(tracking.value(of: Metric(table: 0, row: 1), column: 1).kind == .blank)
        #expect(tracking.value(of: Metric(table: 0, row: 1), column: 2).kind == .blank)
        #expect(tracking.fields.isEmpty)
    }

    @Test func tablesOfTextAreNotMetricTables() {
        let tracking = TrackingFixtures.tracking("""
        | Endpoint | Scenario | Expected Result | Status |
        |---|---|---|---|
        | /login | bad password | 401 Unauthorized | ✅ |

        | Package | Current Version |
        |---|---|
        | ink | v0.6 |
        """)
        #expect(tracking.tables.isEmpty)
    }

    @Test func careerTemplateTables() throws {
        guard let tracking = TrackingFixtures.seedTracking("000") else { return }
        try #require(tracking.tables.count == 2)
        let skills = tracking.tables[0], success = tracking.tables[1]
        #expect(tracking.sectionTitle(skills.sectionIndex) == "Current Skill Levels (from Skills Assessment)")
        #expect(skills.columns.indices.map { tracking.header(0, $0) } == ["Category", "Current Score", "Target (6 months)"])
        #expect(skills.columns.map(\.role) == [.name, .current, .target])
        #expect(skills.rows.count == 8)
        #expect(tracking.metrics.prefix(8).map { tracking.name(of: $0) } == [
            "Programming", "Containerization", "Cloud Platforms", "Infrastructure as Code",
            "CI/CD & Automation", "Machine Learning", "Monitoring", "Overall",
        ])
        #expect(tracking.sectionTitle(success.sectionIndex) == "Quantitative Metrics")
        #expect(success.columns.map(\.role) == [.name, .target, .target, .target])
        #expect(success.columns.map(\.horizon) == [nil, Horizon(.month, 6), Horizon(.year, 1), Horizon(.year, 3)])
        #expect(success.currentColumn == nil)
        #expect(success.rows.count == 7)
        let contributions = Metric(table: 1, row: 0)
        #expect(tracking.name(of: contributions) == "GitHub Contributions")
        #expect(tracking.value(of: contributions, column: 2) == MetricValue(kind: .number, value: 1000, high: nil, isPercent: false, isAtLeast: true))
        #expect(tracking.value(of: Metric(table: 1, row: 4), column: 2).high == 3)
    }
}
