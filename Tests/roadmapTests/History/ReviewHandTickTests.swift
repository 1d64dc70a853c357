import Foundation
import Testing
@testable import roadmap

/// `review` places boxes ticked by hand in the period git gives them, lists them, and stamps them.
struct ReviewHandTickTests {
    static let roadmap = """
    # Plan

    **Start Date:** 2026-01-05

    ## 6-Month Goals

    - [ ] Learn Docker
    - [ ] Learn Kubernetes
    - [ ] Learn Terraform
    - [ ] Learn Helm

    """

    static let log = "\n## Review Log\n\n### 2026-04 review (2026-04-20)\n\n- Progress: 1/4 (25%)\n"

    /// Docker ticked by hand on 2026-03-14 (before the April review), Kubernetes by hand on
    /// 2026-05-02 (after it), Terraform with `roadmap check` on 2026-05-10.
    static func repository(for test: String) throws -> GitRepository? {
        guard let repository = try GitRepository.make(for: test) else { return nil }
        var text = roadmap
        try repository.write("roadmap.md", text)
        try repository.commit("Start", on: "2026-01-10")
        text = text.replacingOccurrences(of: "[ ] Learn Docker", with: "[x] Learn Docker")
        try repository.write("roadmap.md", text)
        try repository.commit("Docker", on: "2026-03-14")
        text += log
        try repository.write("roadmap.md", text)
        try repository.commit("April review", on: "2026-04-20")
        text = text.replacingOccurrences(of: "[ ] Learn Kubernetes", with: "[x] Learn Kubernetes")
        try repository.write("roadmap.md", text)
        try repository.commit("Kubernetes", on: "2026-05-02")
        _ = repository.run(["check", "terraform"], today: "2026-05-10")
        try repository.commit("Terraform", on: "2026-05-10")
        return repository
    }

    @Test func yesStampsTheHandTicksOfThePeriodAndCountsThem() throws {
        guard let repository = try Self.repository(for: "yesStampsTheHandTicksOfThePeriodAndCountsThem") else { return }
        let result = repository.run(["review", "--yes", "--dry-run"], today: "2026-05-25")
        #expect(result.status == .success, "\(result.stderr)")
        let added = result.stdout.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
        #expect(added.contains("+- [x] Learn Kubernetes ✅ 2026-05-02"))
        #expect(!added.contains { $0.contains("Docker") })
        #expect(added.contains("+- Completed since 2026-04-20: 2 goals"))
        #expect(added.contains("+  - Learn Kubernetes"))
        #expect(added.contains("+  - Learn Terraform"))
    }

    @Test func withoutYesTheyAreListedButNotStamped() throws {
        guard let repository = try Self.repository(for: "withoutYesTheyAreListedButNotStamped") else { return }
        let result = repository.run(["review"], today: "2026-05-25")
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("""
        Ticked by hand  1 goal since 2026-04-20, on the days git gives
          ✓ Learn Kubernetes  (2026-05-02)
          Not stamped, so not counted below: 'roadmap stamp' or 'roadmap review --yes' writes their dates.

        """))
        let text = try repository.read("roadmap.md")
        #expect(text.contains("- [x] Learn Kubernetes\n"))
        #expect(text.contains("- Completed since 2026-04-20: 1 goal\n  - Learn Terraform"))
    }

    @Test func onATerminalTheQuestionDefaultsToStampingAndOneUndoRevertsAll() throws {
        guard let repository = try Self.repository(for: "onATerminalTheQuestionDefaultsToStampingAndOneUndoRevertsAll") else { return }
        let before = try repository.read("roadmap.md")
        let result = repository.run(["review"], today: "2026-05-25", input: ["", ""])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stderr.contains("Stamp them with these days? [Y/n]: "))
        let text = try repository.read("roadmap.md")
        #expect(text.contains("- [x] Learn Kubernetes ✅ 2026-05-02\n"))
        #expect(text.contains("- Completed since 2026-04-20: 2 goals\n"))
        #expect(repository.run(["undo"], today: "2026-05-25").status == .success)
        #expect(try repository.read("roadmap.md") == before)
    }

    @Test func nothingIsAskedWhenEveryDoneGoalHasADate() throws {
        let harness = try CLIHarness(files: ["roadmap.md": Self.roadmap.replacingOccurrences(of: "[ ] Learn Helm", with: "[x] Learn Helm ✅ 2026-11-01")])
        let result = harness.run(["review", "--dry-run"])
        #expect(!result.stdout.contains("Ticked by hand"))
        #expect(result.status == .success)
    }
}
