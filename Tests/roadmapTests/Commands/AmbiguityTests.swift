import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Which goals a query names when its words fit several (issue 25, item 8): a goal whose whole
/// text is the words wins over goals that only contain them, and only goals the command can change
/// are counted (`check kubernetes` does not mean the one already done).
@Suite struct AmbiguityTests {
    static let text = "# R\n\n## G\n\n- [x] Learn Kubernetes basics ✅ 2026-11-01\n- [ ] Kubernetes operators\n- [ ] Kubernetes networking\n- [ ] Alpha\n- [ ] Alpha one\n"

    @Test func anExactTextWins() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let result = h.run(["add", "Sub", "--under", "alpha"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try h.read("roadmap.md").contains("- [ ] Alpha\n  - [ ] Sub\n- [ ] Alpha one\n"))
        #expect(h.run(["start", "alpha"]).stdout.contains("Started #4 Alpha\n"))
    }

    @Test func onlyGoalsTheCommandCanChangeAreListed() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let result = h.run(["check", "kubernetes"])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("Kubernetes operators") && result.stderr.contains("Kubernetes networking"))
        #expect(!result.stderr.contains("Learn Kubernetes basics"), "\(result.stderr)")
        // One left that can change: it is the one meant.
        #expect(h.run(["check", "kubernetes", "operators"]).status == .success)
        let one = h.run(["check", "kubernetes"])
        #expect(one.status == .success && one.stdout.contains("Checked #3 Kubernetes networking"), "\(one.stdout)\(one.stderr)")
        // Uncheck counts the done ones.
        let uncheck = h.run(["uncheck", "kubernetes"])
        #expect(uncheck.status == .failure && uncheck.stderr.contains("Learn Kubernetes basics"))
    }
}
