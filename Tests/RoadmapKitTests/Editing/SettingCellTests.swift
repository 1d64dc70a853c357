import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

@Suite struct SettingCellTests {
    func set(_ table: String, row: Int, column: Int, _ value: String) throws -> String {
        let tracking = TrackingFixtures.tracking(table)
        let edits = try #require(tracking.edits(settingMetric: Metric(table: 0, row: row), column: column, to: value))
        return TrackingFixtures.text(edits.applied(to: tracking.roadmap.bytes))
    }

    static let minimal = "| Skill | Current | Target |\n|---|---|---|\n| Python | ___% | 80% |\n"
    static let aligned = "| Skill  | Current | Target |\n|--------|---------|--------|\n| Python | ___%    | 80%    |\n"

    @Test func minimalCellsStayMinimal() throws {
        #expect(try set(Self.minimal, row: 0, column: 1, "60") == "| Skill | Current | Target |\n|---|---|---|\n| Python | 60% | 80% |\n")
        #expect(try set(Self.minimal, row: 0, column: 2, "85%") == "| Skill | Current | Target |\n|---|---|---|\n| Python | ___% | 85% |\n")
    }

    @Test func alignedCellsKeepTheirWidthWhenTheValueFits() throws {
        #expect(try set(Self.aligned, row: 0, column: 1, "60") == "| Skill  | Current | Target |\n|--------|---------|--------|\n| Python | 60%     | 80%    |\n")
        #expect(try set(Self.aligned, row: 0, column: 1, "100%") == "| Skill  | Current | Target |\n|--------|---------|--------|\n| Python | 100%    | 80%    |\n")
        // Too wide to fit: written minimally, the rest of the row untouched.
        #expect(try set(Self.aligned, row: 0, column: 1, "well above 90%") == "| Skill  | Current | Target |\n|--------|---------|--------|\n| Python | well above 90% | 80%    |\n")
    }

    /// A unit goes with numbers only: a percent cell keeps its `%` for a bare number, and a
    /// word replaces the blank whole.
    @Test func aPercentCellKeepsItsUnitForNumbersOnly() throws {
        let filled = "| Skill | Current | Target |\n|---|---|---|\n| Python | 30% | 80% |\n"
        #expect(try set(filled, row: 0, column: 1, "40") == "| Skill | Current | Target |\n|---|---|---|\n| Python | 40% | 80% |\n")
        #expect(try set(filled, row: 0, column: 1, "42.5") == "| Skill | Current | Target |\n|---|---|---|\n| Python | 42.5% | 80% |\n")
        #expect(try set(filled, row: 0, column: 1, "n/a") == "| Skill | Current | Target |\n|---|---|---|\n| Python | n/a | 80% |\n")
        #expect(try set(Self.minimal, row: 0, column: 1, "n/a") == "| Skill | Current | Target |\n|---|---|---|\n| Python | n/a | 80% |\n")
        #expect(try set(Self.minimal, row: 0, column: 1, "abc") == "| Skill | Current | Target |\n|---|---|---|\n| Python | abc | 80% |\n")
        let counts = "| Metric | Now |\n|---|---|\n| Posts | 3 |\n"
        #expect(try set(counts, row: 0, column: 1, "4") == "| Metric | Now |\n|---|---|\n| Posts | 4 |\n")
        #expect(TrackingFixtures.tracking(filled).cellText(writing: "40", metric: Metric(table: 0, row: 0), column: 1) == "40%")
    }

    @Test func pipesAreEscapedAndEmptyCellsFilled() throws {
        let table = "| Skill | Now |\n|---|---|\n| Python ||\n"
        #expect(TrackingFixtures.tracking(table).tables.count == 1)
        #expect(try set(table, row: 0, column: 1, "a|b") == "| Skill | Now |\n|---|---|\n| Python | a\\|b |\n")
    }

    @Test func crlfRowsKeepCRLF() throws {
        let table = "| Skill | Now |\r\n|---|---|\r\n| Python | ___% |\r\n"
        #expect(try set(table, row: 0, column: 1, "60") == "| Skill | Now |\r\n|---|---|\r\n| Python | 60% |\r\n")
    }

    @Test func aShortRowHasNoCell() {
        let tracking = TrackingFixtures.tracking("| Skill | Now | Target |\n|---|---|---|\n| Python |\n| Go | 1 | 2 |\n")
        #expect(tracking.edits(settingMetric: Metric(table: 0, row: 0), column: 2, to: "1") == nil)
    }

    @Test func careerTemplateCellsChangeOnlyTheirBytes() throws {
        guard let bytes = Corpus.seed("000") else { return }
        let tracking = Tracking(Roadmap(parsing: bytes))
        for metric in tracking.metrics {
            let table = tracking.tables[metric.table]
            for column in table.columns.indices where column != table.nameColumn {
                let cell = try #require(table.cell(metric.row, column))
                let edits = try #require(tracking.edits(settingMetric: metric, column: column, to: "42"))
                let after = edits.applied(to: bytes)
                let (range, _) = changedRegion(bytes, after)
                #expect(range.lowerBound >= cell.interior.lowerBound && range.upperBound <= cell.interior.upperBound)
            }
        }
    }
}
