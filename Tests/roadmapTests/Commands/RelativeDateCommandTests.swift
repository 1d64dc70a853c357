import Testing
@testable import roadmap
import RoadmapKit

/// Relative dates wherever a date is taken (issue 25), each echoed as the absolute date used.
/// Today is Sunday 2026-11-22 (the harness's ROADMAP_TODAY).
struct RelativeDateCommandTests {
    static let roadmap = """
    # Plan

    **Start Date:** ____

    ## Goals
    - [ ] Docker basics 📅 2026-11-20
    - [ ] Linux 📅 2026-11-25
    - [ ] Helm 📅 2026-12-31

    ### 3-Month Checkpoint

    **Date:** ____

    """

    @Test func checkDateYesterday() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.roadmap])
        let run = h.run(["check", "1", "--date", "yesterday"])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(try h.read("roadmap.md").contains("- [x] Docker basics 📅 2026-11-20 ✅ 2026-11-21\n"))
        #expect(run.stderr.contains("--date yesterday: 2026-11-21"))
    }

    @Test func addDueInThreeDays() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.roadmap])
        let run = h.run(["add", "Terraform", "--due", "+3d", "--in", "Goals"])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(try h.read("roadmap.md").contains("- [ ] Terraform 📅 2026-11-25\n"))
        #expect(run.stderr.contains("--due +3d: 2026-11-25"))
    }

    @Test func todayCanBeRelativeToo() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.roadmap])
        let run = h.run(["check", "2", "--today", "tomorrow"])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(try h.read("roadmap.md").contains("- [x] Linux 📅 2026-11-25 ✅ 2026-11-23\n"))
        #expect(run.stderr.contains("--today tomorrow: 2026-11-23"))
    }

    @Test func filtersTakeThem() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.roadmap])
        let run = h.run(["list", "--due-after", "today", "--due-before", "eom"])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(run.stdout == "Goals\n  #2 [ ] Linux\n")
        #expect(run.stderr.contains("--due-after today: 2026-11-22"))
        #expect(run.stderr.contains("--due-before eom: 2026-11-30"))
        #expect(h.run(["list", "--due-before", "2026-11-21"]).stderr.isEmpty, "an absolute date needs no echo")
    }

    @Test func setOnADateFieldWritesTheDate() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.roadmap])
        let run = h.run(["set", "Start Date", "-2w"])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(try h.read("roadmap.md").contains("**Start Date:** 2026-11-08\n"))
        #expect(run.stdout.contains("2026-11-08"))
        #expect(h.run(["set", "Date", "next friday", "--in", "3-Month"]).status == .success)
        #expect(try h.read("roadmap.md").contains("**Date:** 2026-11-27\n"))
    }

    @Test func notADateSaysWhatIs() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.roadmap])
        let run = h.run(["check", "1", "--date", "someday"])
        #expect(run.status == .usage)
        #expect(run.stderr.contains("relative date"))
        #expect(try h.read("roadmap.md") == Self.roadmap)
    }
}
