import Foundation
@testable import roadmap

/// Repositories with a history, built step by step as a person would: boxes ticked by hand in an
/// editor, ticked with `roadmap check`, goals added and reworded, the file renamed, a work tree
/// ahead of the last commit.
enum HistoryScenarios {
    static let start = """
    # Plan

    **Start Date:** 2026-01-05

    ## 3-Month Goals

    - [ ] Learn **Docker** basics
    - [ ] Write a CLI in Python
    - [ ] Read the Kubernetes docs

    ## 6-Month Goals

    - [ ] Deploy an app to a cluster
    - [ ] Pass the CKAD exam

    ## Skills

    | Skill | Current | Target (6 months) |
    |---|---|---|
    | Python | 40% | 80% |

    ## Metrics

    | Metric | 6 Months |
    |---|---|
    | GitHub contributions | 200 |

    """

    static let reviewLog = """

    ## Review Log

    ### 2026-05 review (2026-05-20)

    - Progress: 3/6 (50%)
    - Metrics:
      - GitHub contributions: 120

    """

    /// One file, five commits from 2026-01-10 to 2026-05-20, then one box ticked in the work tree:
    /// - 2026-01-10 the roadmap, nothing done;
    /// - 2026-02-03 Docker ticked by hand, the CLI with `roadmap check` (✅ 2026-02-01), Python 40 → 50;
    /// - 2026-03-14 (23:30 in UTC-5) the Kubernetes docs ticked by hand, a Helm goal added;
    /// - 2026-04-02 career-roadmap.md renamed to roadmap.md;
    /// - 2026-05-20 Docker reworded ("… basics well"), a review entry with GitHub contributions 120;
    /// - work tree: the Helm goal ticked by hand.
    static func single(for test: String) throws -> GitRepository? {
        guard let repository = try GitRepository.make(for: test) else { return nil }
        var text = start
        try repository.write("career-roadmap.md", text)
        try repository.commit("Start", on: "2026-01-10T09:00:00+01:00")

        let checked = repository.run(["check", "cli", "python"], today: "2026-02-01")
        guard checked.status == .success else { throw GitRepository.GitFailure(message: "check failed: \(checked.stderr)") }
        text = try repository.read("career-roadmap.md")
        text = text.replacingOccurrences(of: "- [ ] Learn **Docker**", with: "- [x] Learn **Docker**")
            .replacingOccurrences(of: "| Python | 40% |", with: "| Python | 50% |")
        try repository.write("career-roadmap.md", text)
        try repository.commit("Docker done, CLI checked", on: "2026-02-03T10:00:00+01:00")

        text = text.replacingOccurrences(of: "- [ ] Read the Kubernetes docs", with: "- [x] Read the Kubernetes docs")
            .replacingOccurrences(of: "- [ ] Pass the CKAD exam\n", with: "- [ ] Pass the CKAD exam\n- [ ] Build a Helm chart\n")
        try repository.write("career-roadmap.md", text)
        try repository.commit("Kubernetes docs read", on: "2026-03-14T23:30:00-05:00")

        try repository.git("mv", "career-roadmap.md", "roadmap.md")
        try repository.commit("Rename", on: "2026-04-02")

        text = text.replacingOccurrences(of: "Learn **Docker** basics", with: "Learn **Docker** basics well") + reviewLog
        try repository.write("roadmap.md", text)
        try repository.commit("Review", on: "2026-05-20")

        try repository.write("roadmap.md", text.replacingOccurrences(of: "- [ ] Build a Helm chart", with: "- [x] Build a Helm chart"))
        return repository
    }

    /// An index linking a phase file, both in git:
    /// - 2026-01-10 both files, nothing done;
    /// - 2026-01-20 "Set up a laptop" ticked by hand in phase-1.md;
    /// - 2026-02-02 "Learn git" (phase-1.md) and "Celebrate" (roadmap.md) ticked by hand.
    static func plan(for test: String) throws -> GitRepository? {
        guard let repository = try GitRepository.make(for: test) else { return nil }
        let index = "# Guide\n\n**Start Date:** 2026-01-05\n\n## Phases\n\n- [ ] [Phase 1](phase-1.md)\n- [ ] Celebrate\n"
        let phase = "# Phase 1\n\n## Month 1\n\n- [ ] Set up a laptop\n- [ ] Learn git\n"
        try repository.write("roadmap.md", index)
        try repository.write("phase-1.md", phase)
        try repository.commit("Start", on: "2026-01-10")
        try repository.write("phase-1.md", phase.replacingOccurrences(of: "[ ] Set up", with: "[x] Set up"))
        try repository.commit("Laptop", on: "2026-01-20")
        try repository.write("phase-1.md", phase.replacingOccurrences(of: "[ ]", with: "[x]"))
        try repository.write("roadmap.md", index.replacingOccurrences(of: "[ ] Celebrate", with: "[x] Celebrate"))
        try repository.commit("Month 1 done", on: "2026-02-02")
        return repository
    }
}
