import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// The AI-engineer and director seeds (../shared/seeds) track better: project durations, next
/// steps by timeframe, questions that are not fields, timeline headings. Skipped by name when absent.
@Suite struct SeedTrackingTests {
    func seed(_ prefix: String) throws -> CLIHarness? {
        guard let bytes = Corpus.seed(prefix) else { return nil }
        let h = try CLIHarness()
        try h.writeBytes("career-roadmap.md", bytes)
        return h
    }

    /// `id due text` per goal, from `list --json`.
    func dues(_ h: CLIHarness) throws -> [(String, String?, String)] {
        let data = Data(h.run(["list", "--json"]).stdout.utf8)
        let goals = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return goals.map { ($0["id"] as! String, $0["due"] as? String, $0["text"] as! String) }
    }

    @Test func aiEngineerSeed() throws {
        guard let h = try seed("001") else { print("SKIP: aiEngineerSeed: the AI-engineer seed 001 is not in ../shared/seeds"); return }
        // Its five "Can you …?" lines are questions and its next steps are steps, not fields.
        #expect(h.run(["fields"]).stdout.hasSuffix("0 of 15 fields blank, 0 of 0 choices not made. Fill in with: roadmap set LABEL VALUE; choose with: roadmap select GROUP OPTION\n"))
        #expect(h.run(["set", "Start Date", "2026-01-05"]).status == .success)
        let adopt = h.run(["adopt"])
        #expect(adopt.stdout.contains("4  📝 Action Plan Using Your Resources › Immediate Next Steps:"), "\(adopt.stdout)")
        #expect(h.run(["adopt", "--in", "Portfolio"]).status == .success)
        // What a project demonstrates describes it; it is nothing to do (issue 25, item 15).
        #expect(try h.read("career-roadmap.md").contains("**What This Demonstrates**:\n- LLM integration\n"))
        let goals = try dues(h)
        func due(_ words: String) -> String? { goals.first { $0.2.contains(words) }?.1 }
        #expect(due("**Today**:") == "2026-01-05")
        #expect(due("**This Week**:") == "2026-01-12")
        #expect(due("**This Month**:") == "2026-02-05")
        #expect(due("**This Quarter**:") == "2026-04-05")
        // Project 1 (4 weeks), then Project 2 (4 weeks) after it, then Project 3 (6 weeks).
        #expect(due("Multi-tenant RAG") == "2026-02-02")
        #expect(due("Stock price prediction") == "2026-03-02")
        #expect(due("serves multiple AI models") == "2026-04-13")
    }

    /// Choose one of three paths: a choice, not twelve goals of which a third can ever be done.
    @Test func careerSeedsAlternativePathsAreAChoice() throws {
        guard let h = try seed("000") else { print("SKIP: careerSeedsAlternativePathsAreAChoice: the seed 000 is not in ../shared/seeds"); return }
        #expect(h.run(["adopt"]).status == .success)
        let text = try h.read("career-roadmap.md")
        #expect(text.contains("**Choice:** [ ] Path 1: Technical Depth (IC Track) [ ] Path 2: Management Track [ ] Path 3: Specialized Track\n"))
        #expect(text.contains("- Senior Engineer → Staff Engineer → Principal\n"))
        #expect(h.run(["select", "Choice", "Path 2"]).status == .success)
    }

    @Test func directorSeed() throws {
        guard let h = try seed("004") else { print("SKIP: directorSeed: the director seed 004 is not in ../shared/seeds"); return }
        #expect(h.run(["set", "Start Date", "2026-01-15"]).status == .success)
        let adopt = h.run(["adopt"])
        // 82 before issue 25: the timeline's 20 `**Team Size**: …` descriptions are no goals.
        #expect(adopt.stdout.hasPrefix("Adopted 62 goals in career-roadmap.md:\n"))
        #expect(adopt.stdout.contains("Management Track (40% Time in Year 1, Increasing to 70% by Year 5) › Leadership Foundation (Year 1)"))
        let goals = try dues(h)
        // `**Team Size**: 20-30 engineers` describes the role; it is no goal (issue 25, item 15).
        #expect(try h.read("career-roadmap.md").contains("- **Team Size**: 20-30 engineers"))
        #expect(!goals.contains { $0.2.contains("Team Size") })
        #expect(goals.first { $0.2.contains("The Manager's Path") }?.1 == "2027-01-15")
    }
}
