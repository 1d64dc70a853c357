import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// The `roadmap-lint` hook with the real pre-commit (PyPI) on a temporary git repository: a
/// broken roadmap fails the hook, a sound one passes. The repository's .pre-commit-hooks.yaml
/// builds the package (language: swift); here the hook is declared `repo: local` with the same
/// entry and the built binary on PATH, so the test does not build the package again.
struct PreCommitTests {
    static let manifest = PackagePaths.root.appendingPathComponent(".pre-commit-hooks.yaml")

    static let config = """
    repos:
      - repo: local
        hooks:
          - id: roadmap-lint
            name: roadmap lint
            entry: roadmap lint
            language: system
            types: [markdown]

    """

    static let sound = "# Plan\n\n**Start Date:** 2026-01-15\n\n## Now\n- [ ] Write the README (Month 1)\n- [x] Ship it ✅ 2026-02-01\n"
    /// What lint should object to: a link to a file that is not there, two ticks in one choice, an
    /// impossible completion date.
    static let broken = "# Plan\n\n## Now\n- [ ] [Phase 1](phase-1-missing.md)\n- [x] Ship it ✅ 2026-02-31\n\n**Status:** [x] Not Started [x] Complete\n"

    @Test func lintHookFailsABrokenRoadmapAndPassesASoundOne() throws {
        if try CLIHarness().run(["help", "lint"]).status != .success {
            print("SKIP: PreCommitTests.lintHookFailsABrokenRoadmapAndPassesASoundOne: roadmap has no lint command yet"); return
        }
        guard let preCommit = Tools.find("pre-commit"), let git = Tools.find("git") else {
            print("SKIP: PreCommitTests.lintHookFailsABrokenRoadmapAndPassesASoundOne: pre-commit (pip install pre-commit) or git is not installed"); return
        }
        let manifest = try String(contentsOf: Self.manifest, encoding: .utf8)
        #expect(manifest.contains("- id: roadmap-lint") && manifest.contains("entry: roadmap lint"))

        let box = try Sandbox()
        // The caller's PATH and HOME too: pre-commit may live in a Python version manager's folder.
        let caller = ProcessInfo.processInfo.environment
        let variables = ["PATH": EndToEndTests.binary.deletingLastPathComponent().path + ":" + (caller["PATH"] ?? "/usr/bin:/bin"),
                         "HOME": caller["HOME"] ?? box.path, "PRE_COMMIT_HOME": box.file("cache")]
        #expect(try box.run(["init", "-q", box.path], executable: git, variables: variables).status == 0)
        try box.write(".pre-commit-config.yaml", Array(Self.config.utf8))
        try box.write("career-roadmap.md", Array(Self.sound.utf8))
        try box.write("broken.md", Array(Self.broken.utf8))
        _ = try box.run(["-C", box.path, "add", "."], executable: git, variables: variables)

        let passing = try box.run(["run", "--files", "career-roadmap.md"], executable: preCommit, variables: variables)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("roadmap lint") && passing.stdout.contains("Passed"))
        let failing = try box.run(["run", "--files", "broken.md"], executable: preCommit, variables: variables)
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        #expect(failing.stdout.contains("Failed") && failing.stdout.contains("broken.md"))
    }

    @Test func manifestIsValid() throws {
        guard let preCommit = Tools.find("pre-commit") else {
            print("SKIP: PreCommitTests.manifestIsValid: pre-commit (pip install pre-commit) is not installed"); return
        }
        let caller = ProcessInfo.processInfo.environment
        let run = try Sandbox().run(["validate-manifest", Self.manifest.path], executable: preCommit,
                                    variables: ["PATH": caller["PATH"] ?? "/usr/bin:/bin", "HOME": caller["HOME"] ?? "/"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }
}
