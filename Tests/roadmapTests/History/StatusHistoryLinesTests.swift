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
        // Two dated completions in the last 4 weeks: 0.5 a week. The 1-year goals wait for the
        // 6-month one still open: 4 goals, 8 weeks, 2027-01-17, two days after the due date.
        #expect(try lines(Self.roadmap).contains("Forecast    1-Year Goals · 3 left · due 2027-01-15 · expected 2027-01-17 · 1 week late"))
        #expect(try lines(Self.roadmap, today: "2026-06-01").contains("Forecast    6-Month Goals · 1 left · due 2026-07-15 · expected 2026-06-15 · on track")
                == false)
        let early = try lines(Self.roadmap.replacingOccurrences(of: "2026-11-10", with: "2026-05-20").replacingOccurrences(of: "2026-11-20", with: "2026-05-30"), today: "2026-06-01")
        #expect(early.contains("Forecast    6-Month Goals · 1 left · due 2026-07-15 · expected 2026-06-15 · on track"))
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
