import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Skill scores keep their `%`, and a unit goes with numbers only (issue 14's rough edges).
@Suite struct MetricUnitTests {
    @Test func setTwiceKeepsThePercent() throws {
        let h = try CLIHarness.careerRoadmap()
        #expect(h.run(["set", "Kubernetes", "30"]).status == .success)
        #expect(try h.read("career-roadmap.md").contains("| Kubernetes | 30% | ___% |"))
        let second = h.run(["set", "Kubernetes", "40"])
        #expect(second.stdout == "Set Kubernetes › Current Score (line 24): 30% → 40%\n")
        #expect(try h.read("career-roadmap.md").contains("| Kubernetes | 40% | ___% |"))
        #expect(h.run(["review", "--metric", "Kubernetes=50"]).status == .success)
        let after = try h.read("career-roadmap.md")
        #expect(after.contains("| Kubernetes | 50% | ___% |"))
        #expect(after.contains("  - Kubernetes: 50%"))
    }

    @Test func aWordGetsNoUnit() throws {
        let h = try CLIHarness.careerRoadmap()
        #expect(h.run(["review", "--metric", "Docker and images=n/a"]).status == .success)
        let after = try h.read("career-roadmap.md")
        #expect(after.contains("| Docker and images | n/a | ___% |"))
        #expect(after.contains("  - Docker and images: n/a\n") || after.contains("  - Docker and images: n/a"))
        #expect(!after.contains("n/a%"))
    }

    @Test func aWordTypedAtThePromptGetsNoUnit() throws {
        let h = try CLIHarness.careerRoadmap()
        // The review asks for each metric in the table's order; the first is Python and scripting.
        let result = h.run(["review", "--today", "2026-11-22"], input: ["abc"] + Array(repeating: "", count: 40))
        #expect(result.status == .success, "\(result.stderr)")
        let after = try h.read("career-roadmap.md")
        #expect(after.contains("| Python and scripting | abc | ___% |"), "\(result.stdout)")
        #expect(!after.contains("abc%"))
    }
}
