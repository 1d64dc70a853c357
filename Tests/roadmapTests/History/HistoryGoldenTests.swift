import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// `roadmap history`'s text, compared with reviewed copies in Golden/ (regenerate with
/// `UPDATE_GOLDEN=1` and review the diff).
struct HistoryGoldenTests {
    static let golden = PackagePaths.cliTests.appendingPathComponent("Golden")

    func compare(_ output: String, _ name: String) throws {
        let file = Self.golden.appendingPathComponent(name)
        try Golden.update(file, with: output)
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(output == expected, "history output differs from Golden/\(name)")
    }

    @Test func historyText() throws {
        guard let repository = try HistoryScenarios.single(for: "historyText") else { return }
        let result = repository.run(["history"], today: "2026-06-01")
        #expect(result.status == .success)
        try compare(result.stdout, "history-single.txt")
        let sections = repository.run(["history", "--by-section"], today: "2026-06-01")
        try compare(sections.stdout, "history-by-section.txt")
        let dates = repository.run(["history"], today: "2026-06-01", path: "/nonexistent")
        try compare(dates.stdout, "history-dates-only.txt")
    }

    @Test func historyOfAPlan() throws {
        guard let repository = try HistoryScenarios.plan(for: "historyOfAPlan") else { return }
        let result = repository.run(["history", "--by-section"], today: "2026-02-10")
        #expect(result.status == .success)
        try compare(result.stdout, "history-plan.txt")
    }
}
