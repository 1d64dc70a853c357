import Foundation
import Testing
@testable import roadmap
import RoadmapKit
import RoadmapTestSupport

/// The "Smaller" list of issue 25, one test each.
@Suite struct SmallerItemsTests {
    /// `--depth 0` is "the total only", as its help says: no summary lines, metrics or next goal.
    @Test func depthZeroIsTheTotalOnly() throws {
        let h = try ColourLayoutTests.installed("career-roadmap")
        let status = h.run(["status", "--depth", "0"]).stdout
        #expect(status.contains("Overall"))
        for fact in ["Started", "Overdue", "Success Metrics", "Next ", "Portfolio Projects"] {
            #expect(!status.contains(fact), "\(fact) in:\n\(status)")
        }
    }

    /// One section-path separator on the terminal, `›`, in set's hints, fields' choices and
    /// history's forecast as everywhere else; typed paths take it as they take `>`.
    @Test func oneSeparatorEverywhere() throws {
        let h = try ColourLayoutTests.installed("career-roadmap")
        let set = h.run(["set", "Repository", "x"])
        #expect(set.stderr.contains("a path like 'Project 1: Containerized Image Classifier › Repository'"), "\(set.stderr)")
        let fields = h.run(["fields"]).stdout
        #expect(!fields.contains(" > ") && fields.contains("Role › Preferred Track"), "\(fields)")
        let history = h.run(["history"]).stdout
        #expect(!history.contains(" > ") && history.contains(" › "), "\(history)")
        #expect(h.run(["set", "Project 1: Containerized Image Classifier › Repository", "github.com/ada/x"]).status == .success)
        let add = h.run(["add", "Learn Helm", "--in", "6-Month Goals › Core Skills"])
        #expect(add.status == .success, "\(add.stderr)")
    }

    /// A review of a file with no goals has nothing to record: it writes no Review Log.
    @Test func reviewOfAFileWithoutGoalsWritesNothing() throws {
        let text = "# Notes\n\nJust prose, no goals.\n"
        let h = try CLIHarness(files: ["roadmap.md": text])
        let result = h.run(["review", "--yes"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try h.read("roadmap.md") == text)
        #expect(result.stdout.contains("no goals"), "\(result.stdout)")
    }

    /// `init --dry-run` says it prints what would be written: the files' text, as a diff from nothing.
    @Test func initDryRunPrintsTheDiff() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "--dry-run", "--name", "Ada", "--start", "2026-01-15"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("--- /dev/null\n+++ b/career-roadmap.md\n"), "\(result.stdout.prefix(300))")
        #expect(result.stdout.contains("+**Name:** Ada\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.directory.path).isEmpty)
    }

    /// A ✅ date after today is a typo or a clock gone wrong: lint says so.
    @Test func aFutureDoneDateIsLinted() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# R\n\n## G\n\n- [x] Alpha ✅ 2027-11-01\n- [x] Beta ✅ 2026-11-01\n"])
        let lint = h.run(["lint"])
        #expect(lint.stdout.contains("roadmap.md:5:") && lint.stdout.contains("2027-11-01") && lint.stdout.contains("after today"), "\(lint.stdout)")
        #expect(!lint.stdout.contains("roadmap.md:6:"))
    }

    /// `history --since` counts completions from that day, and says so.
    @Test func historySinceSaysSince() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# R\n\n## G\n\n- [x] Alpha ✅ 2026-09-01\n- [x] Beta ✅ 2026-10-05\n"])
        let history = h.run(["history", "--since", "2026-10-01"]).stdout
        #expect(history.contains("1 since 2026-10-01"), "\(history)")
        #expect(!history.contains("in the last 52 weeks"))
        #expect(h.run(["history"]).stdout.contains("2 in the last 52 weeks"))
    }

    /// `make demo` runs the release binary `make test` builds, not a second (debug) build.
    @Test func makeDemoUsesTheReleaseBuild() throws {
        let makefile = try String(contentsOf: PackagePaths.root.appendingPathComponent("Makefile"), encoding: .utf8)
        let demo = try #require(makefile.components(separatedBy: "\n\n").first { $0.hasPrefix("demo:") })
        #expect(demo.hasPrefix("demo: $(RELEASE_BIN)") && demo.contains("$(RELEASE_BIN) status") && !demo.contains("swift"), "\(demo)")
    }

    /// A `--dry-run` diff on a terminal is coloured as `git diff` colours one; in a pipe it is plain.
    @Test func dryRunDiffsAreColouredOnATerminal() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# R\n\n## G\n\n- [ ] Alpha\n- [ ] Beta\n"])
        for arguments in [["check", "1", "--dry-run"], ["add", "Gamma", "--dry-run"]] {
            let terminal = h.run(arguments, terminal: true).stdout
            #expect(terminal.contains("\u{1B}[32m+"), "\(arguments): \(terminal)")
            let pipe = h.run(arguments).stdout
            #expect(!pipe.contains("\u{1B}[") && pipe.contains("\n+- ["), "\(pipe)")
        }
        #expect(h.run(["check", "1", "--dry-run"], terminal: true).stdout.contains("\u{1B}[31m-- [ ] Alpha"))
    }

    /// `&amp;` in a goal (seed 003) is shown as `&`, as a markdown viewer shows it; the file keeps it.
    @Test func entitiesAreDecodedForDisplayOnly() throws {
        let text = "# R\n\n## Q&amp;A\n\n- [ ] Prepare Q&amp;A &lt;slides&gt; &#8212; &#x2713; &#27; &bogus;\n"
        let h = try CLIHarness(files: ["roadmap.md": text])
        let list = h.run(["list"]).stdout
        #expect(list.contains("Prepare Q&A <slides> — ✓ &#27; &bogus;"), "\(list)")
        #expect(list.contains("Q&A"))
        let check = h.run(["check", "Q&A"])
        #expect(check.status == .success && check.stdout.contains("Checked #1 Prepare Q&A <slides>"), "\(check.stderr)")
        #expect(try h.read("roadmap.md").contains("- [x] Prepare Q&amp;A &lt;slides&gt; &#8212; &#x2713; &#27; &bogus; ✅ 2026-11-22\n"))
    }
}
