import Testing
@testable import RoadmapKit

@Suite struct HorizonTests {
    @Test(arguments: [
        ("6-Month Goals (Junior Engineer Ready)", Horizon(.month, 6)),
        ("1-Year Goals", Horizon(.year, 1)),
        ("3-Month Checkpoint", Horizon(.month, 3)),
        ("Week 1", Horizon(.week, 1)),
        ("Weeks 3-4: AWS Essentials", Horizon(.week, 3, through: 4)),
        ("Week 3-4: AWS Essential Services & Security", Horizon(.week, 3, through: 4)),
        ("Month 1", Horizon(.month, 1)),
        ("Month 5: AI-Enhanced Mid-Level DevOps Engineer", Horizon(.month, 5)),
        ("Months 1-3", Horizon(.month, 1, through: 3)),
        ("Month 1-3: TAM Fundamentals", Horizon(.month, 1, through: 3)),
        ("Month 14–15", Horizon(.month, 14, through: 15)),
        ("Quarter 1", Horizon(.quarter, 1)),
        ("Q3: Executive Leadership Intensive", Horizon(.quarter, 3)),
        ("Q1 Review: External Market", Horizon(.quarter, 1)),
        ("Year 2", Horizon(.year, 2)),
        ("Year 1-2: AI Platform Engineering Manager", Horizon(.year, 1, through: 2)),
        ("Years 2-3", Horizon(.year, 2, through: 3)),
        ("Year 5+: VP Engineering/CTO Track", Horizon(.year, 5, through: nil)),
        ("Sprint 1: Foundation (Days 1-3) ✅ COMPLETED", Horizon(.day, 1, through: 3)),
        ("Pass AWS Solutions Architect Associate (Week 10)", Horizon(.week, 10)),
        ("AWS Solutions Architect Associate (Month 3)", Horizon(.month, 3)),
        ("Platform Engineering Project (Months 6-8)", Horizon(.month, 6, through: 8)),
        ("18-month emergency fund by Year 3", Horizon(.year, 3)),
        ("Current State (Month 0)", Horizon(.month, 0)),
    ])
    func reads(_ text: String, _ horizon: Horizon) {
        #expect(HorizonScanner.best(in: text) == horizon)
    }

    @Test(arguments: [
        "Salary Ranges (US Market 2025)", "Weekly Commitments (4-5 hours)", "Year 2025 plan", "Q1 2026 budget",
        "Month-by-month", "FAQ1", "Accelerated Timeline (2-3 Years Faster)", "Monthly review", "Top 5 companies",
    ])
    func none(_ text: String) {
        #expect(HorizonScanner.best(in: text) == nil)
    }

    @Test func spacedDurationsOnlyWhenAllowed() {
        #expect(HorizonScanner.best(in: "First 6 Months") == nil)
        #expect(HorizonScanner.best(in: "6 Months", allowsSpacedDurations: true) == Horizon(.month, 6))
    }

    /// The worked examples: start 2026-01-15.
    @Test(arguments: [
        ("(Month 3)", "2026-04-15"), ("(Months 6-8)", "2026-09-15"), ("Week 1", "2026-01-22"),
        ("Quarter 1", "2026-04-15"), ("Year 2", "2028-01-15"), ("Q4", "2027-01-15"), ("Days 1-3", "2026-01-18"),
        ("6-Month", "2026-07-15"),
    ])
    func dueFromStart(_ text: String, _ due: String) throws {
        let start = try #require(CivilDate(iso: "2026-01-15"))
        let horizon = try #require(HorizonScanner.best(in: text))
        #expect(horizon.due(from: start)?.description == due)
    }

    @Test func openEndedHasNoDue() throws {
        let start = try #require(CivilDate(iso: "2026-01-15"))
        #expect(Horizon(.year, 5, through: nil).due(from: start) == nil)
        #expect(Horizon(.year, 5, through: nil).description == "Year 5+")
        #expect(Horizon(.month, 6, through: 8).description == "Months 6-8")
    }

    @Test func aiEngineerSeedSections() throws {
        guard let tracking = TrackingFixtures.seedTracking("001") else { return }
        func horizon(_ title: String) -> Horizon? {
            let index = tracking.roadmap.sections.indices.first { tracking.sectionTitle($0) == title }
            return index.flatMap { tracking.sectionHorizons[$0] }
        }
        #expect(horizon("Week 1") == Horizon(.week, 1))
        #expect(horizon("Month 1") == Horizon(.month, 1))
        #expect(horizon("Quarter 1") == Horizon(.quarter, 1))
        #expect(horizon("Month 2: Scale ($300)") == Horizon(.month, 2))
        #expect(horizon("Reserve: Experimentation ($200)") == nil)
    }

    @Test func directorSeedSections() throws {
        guard let tracking = TrackingFixtures.seedTracking("004") else { return }
        var found: [String: Horizon] = [:]
        for index in tracking.roadmap.sections.indices.dropFirst() {
            if let horizon = tracking.sectionHorizons[index] { found[tracking.sectionTitle(index)] = horizon }
        }
        #expect(found["Month 5: AI-Enhanced Mid-Level DevOps Engineer"] == Horizon(.month, 5))
        #expect(found["Year 1-2: AI Platform Engineering Manager"] == Horizon(.year, 1, through: 2))
        #expect(found["Year 3: Senior AI Platform Manager"] == Horizon(.year, 3))
        #expect(found["Year 5+: VP Engineering/CTO Track"] == Horizon(.year, 5, through: nil))
        #expect(found["Foundation Phase (Months 1-12)"] == Horizon(.month, 1, through: 12))
        #expect(found["Advanced Phase (Years 2-3)"] == Horizon(.year, 2, through: 3))
        #expect(found["Year 5-6 Targets"] == Horizon(.year, 5, through: 6))
        #expect(found["6-Month Review"] == Horizon(.month, 6))
        #expect(found["Mid-Point Evaluation (Year 3)"] == Horizon(.year, 3))
        #expect(found["Strategic Advantages"] == nil)
        #expect(found["1. Accelerated Timeline (2-3 Years Faster)"] == nil)
    }
}
