import Foundation
import Testing
@testable import roadmap

/// Counts and hours over time (issue 27): `history` reads each goal's `(N/M)` and `⏱` through the
/// git history, as it reads metric cells, and attributes time to the day of the commit that added it.
struct ProgressHistoryTests {
    func json(_ result: CLIHarness.Result) throws -> [String: Any] {
        try #require(result.status == .success, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Five commits: the count raised by hand and in place, a goal added whole with time on it, a
    /// section added (a reparse), and the work tree ahead of the last commit.
    func repository(for test: String) throws -> GitRepository? {
        guard let repository = try GitRepository.make(for: test) else { return nil }
        func commit(_ count: String, _ hours: String, extra: String = "", on date: String) throws {
            try repository.write("roadmap.md", """
            # Plan

            ## Skills

            - [ ] Solve 300 problems (\(count))
            - [ ] Kubernetes ⏱ \(hours) [estimate:: 40h]
            \(extra)
            """)
            try repository.commit("progress", on: date)
        }
        try commit("0/300", "1h", on: "2026-11-02")
        try commit("10/300", "2h30m", on: "2026-11-04")
        try commit("10/300", "4h", extra: "- [ ] Terraform [spent:: 2h]\n", on: "2026-11-12")
        try commit("25/300", "4h", extra: "- [ ] Terraform [spent:: 2h]\n\n## More\n\n- [ ] Read\n", on: "2026-11-20")
        try repository.write("roadmap.md", """
        # Plan

        ## Skills

        - [ ] Solve 300 problems (40/300)
        - [ ] Kubernetes ⏱ 5h [estimate:: 40h]
        - [ ] Terraform [spent:: 2h]

        ## More

        - [ ] Read

        """)
        return repository
    }

    @Test func countsAreDrawnFromGitAsMetricsAre() throws {
        guard let repository = try repository(for: "countsAreDrawnFromGitAsMetricsAre") else { return }
        let history = try json(repository.run(["history", "--json"], today: "2026-12-01"))
        let counts = try #require(history["counts"] as? [[String: Any]])
        #expect(counts.map { $0["name"] as? String } == ["Solve 300 problems"])
        #expect(counts.first?["target"] as? Int == 300)
        let values = try #require(counts.first?["values"] as? [[String: Any]])
        #expect(values.map { $0["date"] as? String } == ["2026-11-02", "2026-11-04", "2026-11-20", "2026-12-01"])
        #expect(values.map { $0["value"] as? Int } == [0, 10, 25, 40])
    }

    @Test func timeSpentIsPlacedOnTheDayOfItsCommit() throws {
        guard let repository = try repository(for: "timeSpentIsPlacedOnTheDayOfItsCommit") else { return }
        let history = try json(repository.run(["history", "--json"], today: "2026-12-01"))
        let spent = try #require(history["spent"] as? [[String: Any]])
        // 1h on the first day; 1h30m; 1h30m more and Terraform's 2h; 1h since the last commit.
        #expect(spent.map { $0["date"] as? String } == ["2026-11-02", "2026-11-04", "2026-11-12", "2026-12-01"])
        #expect(spent.map { $0["minutes"] as? Int } == [60, 90, 210, 60])
        let weeks = try #require(history["spentPerWeek"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2026-11-02", "2026-11-09", "2026-11-30"])
        #expect(weeks.map { $0["minutes"] as? Int } == [150, 210, 60])
        let months = try #require(history["spentPerMonth"] as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2026-11", "2026-12"])
        #expect(months.map { $0["minutes"] as? Int } == [360, 60])
    }

    @Test func historyPrintsCountsAndHoursPerWeek() throws {
        guard let repository = try repository(for: "historyPrintsCountsAndHoursPerWeek") else { return }
        let result = repository.run(["history"], today: "2026-12-01")
        #expect(result.status == .success, "\(result.stderr)")
        let counts = try #require(result.stdout.split(separator: "\n").first { $0.contains("Solve 300 problems") })
        #expect(counts.contains("0 → 40") && counts.contains("of 300"))
        let hours = result.stdout.split(separator: "\n").filter { $0.contains("week of") }.map(String.init)
        #expect(hours.count == 3)
        #expect(hours.first?.contains("week of 2026-11-02") == true && hours.first?.contains("2.5h") == true)
        #expect(hours.last?.contains("week of 2026-11-30") == true && hours.last?.contains("1h") == true)
    }

    @Test func reviewSaysWhatMovedThisMonthFromGit() throws {
        guard let repository = try repository(for: "reviewSaysWhatMovedThisMonthFromGit") else { return }
        let review = repository.run(["review", "--yes"], today: "2026-11-30")
        #expect(review.status == .success, "\(review.stderr)")
        let lines = review.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Counts") && $0.contains("Solve 300 problems – → 40/300") }, "\(review.stdout)")
        #expect(lines.contains { $0.hasPrefix("Hours") && $0.contains("7h spent since 2026-11-01") }, "\(review.stdout)")
    }

    /// Without git every count has only today's value: the review claims no movement.
    @Test func reviewWithoutGitSaysNothingOfCounts() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Plan\n\n## Skills\n\n- [ ] Solve 300 problems (40/300)\n- [ ] Learn Go\n"])
        let review = h.run(["review", "--yes"], variables: ["XDG_STATE_HOME": h.directory.path + "/state", "ROADMAP_TODAY": "2026-11-30",
                                                          "PATH": "/nonexistent"])
        #expect(review.status == .success, "\(review.stderr)")
        #expect(!review.stdout.contains("Counts"), "\(review.stdout)")
        #expect(!review.stdout.contains("Solve 300 problems"), "\(review.stdout)")
    }
}
