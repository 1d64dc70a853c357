import Foundation
import Testing
@testable import roadmap

/// `status`'s two lines about progress over time, from the file alone.
struct StatusHistoryLinesTests {
    static let roadmap = """
    # Plan

    **Start Date:** 2026-01-15

    ## 6-Month Goals

    - [x] Learn Docker ✅ 2026-11-10
    - [x] Learn Kubernetes
    - [x] Learn Helm
    - [ ] Learn Terraform

    ## 1-Year Goals

    - [x] Ship a service ✅ 2026-11-20
    - [ ] Join on-call
    - [ ] Write a controller
    - [ ] Cut the bill

    """

    func lines(_ text: String, today: String = "2026-11-22") throws -> [Substring] {
        let run = try CLIHarness.run(["status"], on: text, today: today)
        #expect(run.status == .success)
        return run.output.split(separator: "\n")
    }

    @Test func undatedDoneGoalsAreCountedWithTheCommandThatDatesThem() throws {
        #expect(try lines(Self.roadmap).contains("Undated     2 done goals have no ✅ date  (roadmap stamp)"))
        let dated = Self.roadmap.replacingOccurrences(of: "Kubernetes\n", with: "Kubernetes ✅ 2026-11-01\n")
        #expect(try lines(dated).contains("Undated     1 done goal has no ✅ date  (roadmap stamp)"))
        let none = dated.replacingOccurrences(of: "Helm\n", with: "Helm ✅ 2026-11-02\n")
        #expect(try !lines(none).contains { $0.hasPrefix("Undated") })
    }

    @Test func theNextHorizonDueIsForecastFromTheDatesAlone() throws {
        // Two dated completions are too few to forecast from (issue 25: three over two weeks).
        #expect(try lines(Self.roadmap).contains("Forecast    1-Year Goals · 3 left · due 2027-01-15 · not enough done yet to forecast (3 goals over 2 weeks)"))
        // Three, from 2026-11-01: 0.75 a week over 4 weeks, 0.25 over 12. The 1-year goals wait
        // for the 6-month one still open: 4 goals, 38 days at the one pace, 112 at the other.
        let three = Self.roadmap.replacingOccurrences(of: "Learn Helm\n", with: "Learn Helm ✅ 2026-11-01\n")
        #expect(try lines(three).contains("Forecast    1-Year Goals · 3 left · due 2027-01-15 · expected 2026-12-30 – 2027-03-14 · on track"))
        let early = try lines(three.replacingOccurrences(of: "2026-11-01", with: "2026-05-12").replacingOccurrences(of: "2026-11-10", with: "2026-05-20")
            .replacingOccurrences(of: "2026-11-20", with: "2026-05-30"), today: "2026-06-01")
        // 1 goal at 0.75 a week (10 days) and at 0.25 (28 days).
        #expect(early.contains("Forecast    6-Month Goals · 1 left · due 2026-07-15 · expected 2026-06-11 – 2026-06-29 · on track"))
        let stale = try lines(Self.roadmap, today: "2027-06-01")
        #expect(stale.contains("Forecast    1-Year Goals · 3 left · due 2027-01-15 · no pace yet (nothing dated done in 12 weeks)"))
    }

    @Test func statusNeverRunsGit() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.roadmap])
        let bin = harness.directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let marker = harness.directory.appendingPathComponent("git-ran").path
        let fake = bin.appendingPathComponent("git").path
        try "#!/bin/sh\n: > '\(marker)'\nexit 1\n".write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        #expect(harness.run(["status"], variables: ["PATH": bin.path]).status == .success)
        #expect(!FileManager.default.fileExists(atPath: marker))
        // The same fake is found and run by a command that does read git's history (with PATH as
        // given, so the script uses no program: `touch` is not in `bin`).
        #expect(harness.run(["history"], variables: ["PATH": bin.path]).status == .success)
        #expect(FileManager.default.fileExists(atPath: marker))
    }
}
