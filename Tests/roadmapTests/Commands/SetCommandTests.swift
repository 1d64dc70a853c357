import Testing
@testable import roadmap
import RoadmapTestSupport

@Suite struct SetCommandTests {
    @Test func fillsABlankField() throws {
        let run = try CLIHarness.run(["set", "Name", "Ada"], on: "# Plan\n\n**Name:** ____\n")
        #expect(run.status == .success)
        #expect(String(decoding: run.bytes, as: UTF8.self) == "# Plan\n\n**Name:** Ada\n")
        #expect(run.output == "Set Plan › Name (line 3): (blank) → Ada\n")
    }

    @Test func anAmbiguousLabelListsWhereAndWritesNothing() throws {
        let run = try CLIHarness.run(["set", "GitHub", "x"], on: TrackingSample.text)
        #expect(run.status == .failure)
        #expect(run.bytes == Array(TrackingSample.text.utf8))
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("error: career-roadmap.md: 'GitHub' names 2 fields; say which with --in SECTION or a path like 'Project 1: Classifier › GitHub':\n"))
        #expect(run.errors.contains("field GitHub  (6-Month Goals › Project 1: Classifier, line 20)"))
        #expect(run.errors.contains("field GitHub  (6-Month Goals › Project 2: Kubernetes, line 24)"))
    }

    @Test(arguments: [["set", "GitHub", "github.com/ada/k8s", "--in", "Project 2"], ["set", "Project 2 > GitHub", "github.com/ada/k8s"]])
    func aPathOrInPicksOne(_ arguments: [String]) throws {
        let run = try CLIHarness.run(arguments, on: TrackingSample.text)
        #expect(run.status == .success)
        let expected = TrackingSample.text.replacingOccurrences(of: "**Project 2: Kubernetes**\n- GitHub: ____", with: "**Project 2: Kubernetes**\n- GitHub: github.com/ada/k8s")
        #expect(String(decoding: run.bytes, as: UTF8.self) == expected)
    }

    @Test func writesAMetricsCurrentCellOrANamedColumn() throws {
        var run = try CLIHarness.run(["set", "Programming", "65"], on: TrackingSample.text)
        #expect(run.status == .success)
        #expect(String(decoding: run.bytes, as: UTF8.self).contains("| Programming | 65% | 80% |"))
        run = try CLIHarness.run(["set", "Cloud", "75%", "--column", "target"], on: TrackingSample.text)
        #expect(String(decoding: run.bytes, as: UTF8.self).contains("| Cloud | 40% | 75% |"))
        run = try CLIHarness.run(["set", "Blog Posts", "3"], on: TrackingSample.text)
        #expect(run.status == .failure)
        #expect(run.errors.contains("'Blog Posts' has no current column (its columns are 6 Months, 1 Year)"))
        #expect(run.bytes == Array(TrackingSample.text.utf8))
    }

    @Test func dryRunPrintsADiffAndWritesNothing() throws {
        let run = try CLIHarness.run(["set", "Date", "2026-04-20", "--in", "3-Month", "--dry-run"], on: TrackingSample.text)
        #expect(run.status == .success)
        #expect(run.bytes == Array(TrackingSample.text.utf8))
        #expect(run.output.contains("-**Date:** ____\n+**Date:** 2026-04-20\n"))
    }

    @Test func crlfLinesKeepCRLF() throws {
        let text = "# Plan\r\n\r\n**Name:** ____\r\n**Role:** ____\r\n"
        let run = try CLIHarness.run(["set", "Name", "Ada"], on: text)
        #expect(String(decoding: run.bytes, as: UTF8.self) == "# Plan\r\n\r\n**Name:** Ada\r\n**Role:** ____\r\n")
    }

    @Test func unknownLabelSuggestsAndWritesNothing() throws {
        let run = try CLIHarness.run(["set", "Nmae", "Ada"], on: TrackingSample.text)
        #expect(run.status == .failure)
        #expect(run.errors.hasPrefix("error: career-roadmap.md: no field or metric named 'Nmae'\nClosest:\n  field Name"))
    }

    @Test func startDateIsAddedWhenTheRoadmapHasNoField() throws {
        let run = try CLIHarness.run(["set", "Start Date", "2026-01-15"], on: "# Plan\n\n## Goals\n- [ ] One (Month 1)\n")
        #expect(run.status == .success)
        #expect(String(decoding: run.bytes, as: UTF8.self) == "# Plan\n\n**Start Date:** 2026-01-15\n\n## Goals\n- [ ] One (Month 1)\n")
        let next = try CLIHarness.run(["list", "--json"], on: run.bytes)
        #expect(next.output.contains("\"due\":\"2026-02-15\",\"overdue\":true"))
    }

    @Test func aValueMustBeOneLine() throws {
        let run = try CLIHarness.run(["set", "Name", "a\nb"], on: TrackingSample.text)
        #expect(run.status == .usage)
    }

    @Test func careerTemplateDateNeedsACheckpoint() throws {
        guard let seed = Corpus.seed("000") else { return }
        let run = try CLIHarness.run(["set", "Date", "2026-04-20"], on: seed)
        #expect(run.status == .failure)
        #expect(run.bytes == seed)
        #expect(run.errors.components(separatedBy: "\n").filter { $0.hasPrefix("  field Date") }.count == 6)
        let fixed = try CLIHarness.run(["set", "3-Month Checkpoint > Date", "2026-04-20"], on: seed)
        #expect(fixed.status == .success)
    }
}
