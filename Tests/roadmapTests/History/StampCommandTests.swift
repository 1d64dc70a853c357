import Foundation
import Testing
@testable import roadmap

/// `roadmap stamp`: the day git says each box was ticked, written as a tick writes it.
struct StampCommandTests {
    @Test func dryRunDatesEachHandTickWithItsCommitsDay() throws {
        guard let repository = try HistoryScenarios.single(for: "dryRunDatesEachHandTickWithItsCommitsDay") else { return }
        let result = repository.run(["stamp", "--dry-run"], today: "2026-06-01")
        #expect(result.status == .success, "\(result.stderr)")
        let added = result.stdout.split(separator: "\n").filter { $0.hasPrefix("+- ") }
        #expect(added == [
            "+- [x] Learn **Docker** basics well ✅ 2026-02-03",
            "+- [x] Read the Kubernetes docs ✅ 2026-03-14",
            "+- [x] Build a Helm chart ✅ 2026-06-01",
        ])
        #expect(!result.stdout.contains("CLI in Python ✅ 2026-02-01 ✅"))
        #expect(try repository.read("roadmap.md").contains("- [x] Build a Helm chart\n"))
    }

    @Test func stampWritesOneChangeThatUndoReverts() throws {
        guard let repository = try HistoryScenarios.single(for: "stampWritesOneChangeThatUndoReverts") else { return }
        let before = try repository.read("roadmap.md")
        let result = repository.run(["stamp", "kubernetes", "docs"], today: "2026-06-01")
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Stamped #3 Read the Kubernetes docs ✅ 2026-03-14\n"))
        let after = try repository.read("roadmap.md")
        #expect(after == before.replacingOccurrences(of: "Read the Kubernetes docs\n", with: "Read the Kubernetes docs ✅ 2026-03-14\n"))
        #expect(repository.run(["undo"], today: "2026-06-01").status == .success)
        #expect(try repository.read("roadmap.md") == before)
    }

    @Test func namedGoalsThatAreNotUndatedDoneGoalsAreSaidSo() throws {
        guard let repository = try HistoryScenarios.single(for: "namedGoalsThatAreNotUndatedDoneGoalsAreSaidSo") else { return }
        let result = repository.run(["stamp", "2", "4"], today: "2026-06-01")
        #expect(result.status == .success)
        #expect(result.stdout == "#2 already has its done date, 2026-02-01: Write a CLI in Python\n#4 is not done, so it has no done date: Deploy an app to a cluster\n")
    }

    @Test func aPlanIsStampedFileByFile() throws {
        guard let repository = try HistoryScenarios.plan(for: "aPlanIsStampedFileByFile") else { return }
        let result = repository.run(["stamp", "--dry-run"], today: "2026-02-10")
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("+- ") || $0.hasPrefix("+++") } == [
            "+++ b/roadmap.md",
            "+- [x] Celebrate ✅ 2026-02-02",
            "+++ b/phase-1.md",
            "+- [x] Set up a laptop ✅ 2026-01-20",
            "+- [x] Learn git ✅ 2026-02-02",
        ])
        let written = repository.run(["stamp"], today: "2026-02-10")
        #expect(written.stdout.contains("Stamped phase-1:1 Set up a laptop ✅ 2026-01-20\n"))
        #expect(try repository.read("phase-1.md") == "# Phase 1\n\n## Month 1\n\n- [x] Set up a laptop ✅ 2026-01-20\n- [x] Learn git ✅ 2026-02-02\n")
    }

    @Test func withoutGitTheDateIsGivenOrTheCommandSaysWhy() throws {
        guard let repository = try HistoryScenarios.single(for: "withoutGitTheDateIsGivenOrTheCommandSaysWhy") else { return }
        let before = try repository.read("roadmap.md")
        let refused = repository.run(["stamp"], today: "2026-06-01", path: "/nonexistent")
        #expect(refused.status == .failure)
        #expect(refused.stderr == "error: git is not installed (not found on PATH), so the days the boxes were ticked are unknown; give one with --date YYYY-MM-DD\n")
        #expect(try repository.read("roadmap.md") == before)
        let given = repository.run(["stamp", "--date", "2026-05-31", "--dry-run"], today: "2026-06-01", path: "/nonexistent")
        #expect(given.stdout.split(separator: "\n").filter { $0.hasPrefix("+- ") }.allSatisfy { $0.hasSuffix(" ✅ 2026-05-31") })
        #expect(given.stdout.split(separator: "\n").filter { $0.hasPrefix("+- ") }.count == 3)
        #expect(repository.run(["stamp", "--date", "31.5.2026"], today: "2026-06-01").status == .usage)
    }

    @Test func crlfLinesKeepTheirEndings() throws {
        guard let repository = try GitRepository.make(for: "crlfLinesKeepTheirEndings") else { return }
        try repository.git("config", "core.autocrlf", "false")
        let text = "# Plan\r\n\r\n- [ ] one\r\n- [ ] two\r\n"
        try repository.write("roadmap.md", text)
        try repository.commit("Start", on: "2026-01-10")
        try repository.write("roadmap.md", text.replacingOccurrences(of: "[ ] one", with: "[x] one"))
        try repository.commit("One", on: "2026-01-20")
        #expect(repository.run(["stamp"], today: "2026-02-01").status == .success)
        #expect(try repository.harness.bytes("roadmap.md") == Array("# Plan\r\n\r\n- [x] one ✅ 2026-01-20\r\n- [ ] two\r\n".utf8))
    }

    @Test func nothingToStampIsSaid() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": "- [x] a ✅ 2026-01-01\n- [ ] b\n"])
        let result = harness.run(["stamp"])
        #expect(result.status == .success)
        #expect(result.stdout == "Every done goal has its ✅ date; nothing to stamp.\n")
    }
}
