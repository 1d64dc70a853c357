import Foundation
import Testing
@testable import roadmap

/// `roadmap history` on repositories built in the test (`HistoryScenarios`), its JSON checked
/// value by value.
struct HistoryCommandTests {
    func json(_ result: CLIHarness.Result) throws -> [String: Any] {
        try #require(result.status == .success, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func pointsCompletionsPaceForecastAndMetricsFromGit() throws {
        guard let repository = try HistoryScenarios.single(for: "pointsCompletionsPaceForecastAndMetricsFromGit") else { return }
        let history = try json(repository.run(["history", "--json"], today: "2026-06-01"))

        let points = try #require(history["points"] as? [[String: Any]])
        #expect(points.map { $0["date"] as? String } == ["2026-01-10", "2026-02-03", "2026-03-14", "2026-04-02", "2026-05-20", "2026-06-01"])
        #expect(points.map { $0["done"] as? Int } == [0, 2, 3, 3, 3, 4])
        #expect(points.map { $0["total"] as? Int } == [5, 5, 6, 6, 6, 6])

        let completions = try #require(history["completions"] as? [[String: Any]])
        #expect(completions.map { $0["date"] as? String } == ["2026-02-01", "2026-02-03", "2026-03-14", "2026-06-01"])
        #expect(completions.map { $0["count"] as? Int } == [1, 1, 1, 1])

        let pace = try #require(history["pace"] as? [String: Any])
        #expect(pace["weeks4"] as? Double == 0.25)
        #expect(pace["weeks12"] as? Double == 0.17)

        let forecast = try #require(history["forecast"] as? [[String: Any]])
        #expect(forecast.map { $0["section"] as? String } == ["3-Month Goals", "6-Month Goals"])
        #expect(forecast.map { $0["remaining"] as? Int } == [0, 2])
        #expect(forecast.map { $0["due"] as? String } == ["2026-04-05", "2026-07-05"])
        #expect(forecast[0]["expected"] is NSNull)
        // Two goals done in the last 12 weeks: too few to forecast from (issue 25, item 13).
        #expect(forecast[1]["expected"] is NSNull && forecast[1]["expectedLatest"] is NSNull)
        #expect(forecast.map { $0["status"] as? String } == ["done", "notEnoughDone"])
        #expect(forecast[1]["weeksLate"] as? Int == 0 && forecast[1]["daysLate"] as? Int == 0)

        let metrics = try #require(history["metrics"] as? [[String: Any]])
        #expect(metrics.map { $0["name"] as? String } == ["Python", "GitHub contributions"])
        #expect(metrics.map { $0["target"] as? Int } == [80, 200])
        let python = try #require(metrics[0]["values"] as? [[String: Any]])
        #expect(python.map { $0["date"] as? String } == ["2026-01-10", "2026-02-03"])
        #expect(python.map { $0["value"] as? Int } == [40, 50])
        let contributions = try #require(metrics[1]["values"] as? [[String: Any]])
        #expect(contributions.map { $0["date"] as? String } == ["2026-05-20"])
        #expect(contributions.map { $0["value"] as? Int } == [120])
        #expect(history["commits"] as? Int == 5)
    }

    /// The repository's own config cannot change what git prints: `log.showRoot = false` would
    /// leave out the first commit's patch, and the history would start from an empty file.
    @Test func theRepositorysConfigDoesNotDropTheFirstCommit() throws {
        guard let repository = try HistoryScenarios.single(for: "theRepositorysConfigDoesNotDropTheFirstCommit") else { return }
        try repository.git("config", "log.showRoot", "false")
        let history = try json(repository.run(["history", "--json"], today: "2026-06-01"))
        let points = try #require(history["points"] as? [[String: Any]])
        #expect(points.map { $0["done"] as? Int } == [0, 2, 3, 3, 3, 4])
        #expect(points.map { $0["total"] as? Int } == [5, 5, 6, 6, 6, 6])
    }

    @Test func sinceLeavesOutWhatCameBefore() throws {
        guard let repository = try HistoryScenarios.single(for: "sinceLeavesOutWhatCameBefore") else { return }
        let history = try json(repository.run(["history", "--json", "--since", "2026-03-01", "--by-section"], today: "2026-06-01"))
        let points = try #require(history["points"] as? [[String: Any]])
        #expect(points.map { $0["date"] as? String } == ["2026-03-14", "2026-04-02", "2026-05-20", "2026-06-01"])
        let completions = try #require(history["completions"] as? [[String: Any]])
        #expect(completions.map { $0["date"] as? String } == ["2026-03-14", "2026-06-01"])
        let sections = try #require(history["sections"] as? [[String: Any]])
        #expect(sections.map { $0["name"] as? String } == ["3-Month Goals", "6-Month Goals"])
        let later = try #require(sections[1]["points"] as? [[String: Any]])
        #expect(later.map { $0["done"] as? Int } == [0, 0, 0, 1])
        #expect(later.map { $0["total"] as? Int } == [3, 3, 3, 3])
    }

    @Test func aPlanAcrossFilesIsReadInOneHistory() throws {
        guard let repository = try HistoryScenarios.plan(for: "aPlanAcrossFilesIsReadInOneHistory") else { return }
        let history = try json(repository.run(["history", "--json"], today: "2026-02-10"))
        let points = try #require(history["points"] as? [[String: Any]])
        #expect(points.map { $0["date"] as? String } == ["2026-01-10", "2026-01-20", "2026-02-02", "2026-02-10"])
        #expect(points.map { $0["done"] as? Int } == [0, 1, 3, 3])
        #expect(points.map { $0["total"] as? Int } == [4, 4, 4, 4])
        let forecast = try #require(history["forecast"] as? [[String: Any]])
        #expect(forecast.map { $0["section"] as? String } == ["Phases > Phase 1 > Month 1"])  // where it sits in the plan
        #expect(forecast.map { $0["status"] as? String } == ["done"])
        let completions = try #require(history["completions"] as? [[String: Any]])
        #expect(completions.map { $0["date"] as? String } == ["2026-01-20", "2026-02-02"])
        #expect(completions.map { $0["count"] as? Int } == [1, 2])
    }

    @Test func aCommitDatedBeforeTheOneBeforeItCountsOnThatOnesDay() throws {
        guard let repository = try GitRepository.make(for: "aCommitDatedBeforeTheOneBeforeItCountsOnThatOnesDay") else { return }
        try repository.write("roadmap.md", "- [ ] a\n- [ ] b\n")
        try repository.commit("Start", on: "2026-01-10")
        try repository.write("roadmap.md", "- [x] a\n- [ ] b\n")
        try repository.commit("A", on: "2026-01-20")
        try repository.write("roadmap.md", "- [x] a\n- [x] b\n")
        try repository.commit("B, rebased: authored earlier", on: "2026-01-15")
        let history = try json(repository.run(["history", "--json"], today: "2026-02-01"))
        let points = try #require(history["points"] as? [[String: Any]])
        #expect(points.map { $0["date"] as? String } == ["2026-01-10", "2026-01-20", "2026-02-01"])
        #expect(points.map { $0["done"] as? Int } == [0, 2, 2])
        let stamp = repository.run(["stamp", "--dry-run"], today: "2026-02-01")
        #expect(stamp.stdout.contains("+- [x] b ✅ 2026-01-15\n"))
    }

    @Test func withoutGitOneLineSaysSoAndTheDatesStillCount() throws {
        guard let repository = try HistoryScenarios.single(for: "withoutGitOneLineSaysSoAndTheDatesStillCount") else { return }
        let result = repository.run(["history"], today: "2026-06-01", path: "/nonexistent")
        #expect(result.status == .success)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "roadmap.md  No git history: git is not installed (not found on PATH); showing what the ✅ dates and the review log give.")
        #expect(result.stdout.components(separatedBy: "git is not installed").count == 2)
        let history = try json(repository.run(["history", "--json"], today: "2026-06-01", path: "/nonexistent"))
        let points = try #require(history["points"] as? [[String: Any]])
        #expect(points.map { $0["date"] as? String } == ["2026-02-01", "2026-06-01"])
        #expect(points.map { $0["done"] as? Int } == [1, 4])
        #expect(history["commits"] is NSNull)
        let completions = try #require(history["completions"] as? [[String: Any]])
        #expect(completions.map { $0["date"] as? String } == ["2026-02-01"])
    }

    @Test func outsideAWorkTreeOneLineSaysSo() throws {
        guard GitRepository.git != nil else { print("SKIP: outsideAWorkTreeOneLineSaysSo: git is not installed"); return }
        let harness = try CLIHarness(files: ["career-roadmap.md": HistoryScenarios.start])
        let result = harness.run(["history"], variables: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "GIT_CEILING_DIRECTORIES": harness.directory.deletingLastPathComponent().path])
        #expect(result.status == .success)
        #expect(result.stdout.contains("No git history: career-roadmap.md is not in a git work tree; showing what the ✅ dates and the review log give."))
    }
}
