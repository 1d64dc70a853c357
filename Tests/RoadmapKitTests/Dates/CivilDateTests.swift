import Testing
@testable import RoadmapKit

/// `CivilDate`: ISO dates read strictly, and the calendar arithmetic due dates are built on.
struct CivilDateTests {
    @Test(arguments: [("2026-01-15", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
                      ("2026-1-15", false), ("20260115", false), ("2026-01-15 ", false), ("0000-01-01", false)])
    func parsing(text: String, valid: Bool) {
        #expect((CivilDate(iso: text) != nil) == valid)
        if valid { #expect(CivilDate(iso: text)!.description == text) }
    }

    @Test func arithmetic() {
        let start = CivilDate(iso: "2026-01-15")!
        #expect(start.adding(months: 3).description == "2026-04-15")
        #expect(start.adding(days: 7).description == "2026-01-22")
        #expect(start.adding(months: 24).description == "2028-01-15")
        #expect(CivilDate(iso: "2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(CivilDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate(daysSinceEpoch: CivilDate(iso: "2099-12-31")!.daysSinceEpoch).description == "2099-12-31")
        #expect(start.days(until: CivilDate(iso: "2026-02-15")!) == 31)
    }

    /// Whole months: what `status` counts as the plan's month.
    @Test func monthsOfThePlan() {
        let start = CivilDate(iso: "2026-08-15")!
        #expect(start.wholeMonths(until: CivilDate(iso: "2026-11-14")!) == 2)
        #expect(start.wholeMonths(until: CivilDate(iso: "2026-11-15")!) == 3)
        #expect(start.wholeMonths(until: CivilDate(iso: "2026-08-01")!) == -1)
    }
}
