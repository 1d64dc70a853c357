import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// templates and init: the names, the files written, the fields filled, and never an overwrite.
struct InitCommandTests {
    @Test func templatesListsOneLinePerTemplateNameFirst() throws {
        let result = try CLIHarness().run(["templates"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.map { String($0.prefix { $0 != " " }) } == BundledTemplate.all.map(\.name))
        #expect(zip(lines, BundledTemplate.all).allSatisfy { $0.hasSuffix($1.summary) })
    }

    @Test func initWritesTheCareerRoadmapThatStatusFinds() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "--name", "Ada Lovelace"])
        #expect(result.status == .success)
        #expect(result.stdout == """
        Created career-roadmap.md from career-roadmap (74 goals, 1 habit)
        Name: Ada Lovelace · Start Date: 2026-11-22 · Target Role: Junior AI Infrastructure Engineer
        Next: roadmap status

        """)
        let text = try h.read("career-roadmap.md")
        #expect(text.contains("**Name:** Ada Lovelace\n**Start Date:** 2026-11-22\n"))
        let status = h.run(["status"])
        #expect(status.stdout.hasPrefix("Career Roadmap: Junior AI Infrastructure Engineer\ncareer-roadmap.md\n"))
        #expect(status.stdout.contains("0/74"))
    }

    @Test(arguments: ["ai-engineer-roadmap", "director-roadmap"])
    func otherTemplatesAreWrittenAsRoadmapMd(name: String) throws {
        let h = try CLIHarness()
        #expect(h.run(["init", name, "--start", "2026-01-05"]).status == .success)
        #expect(try h.read("roadmap.md").contains("**Start Date:** 2026-01-05\n"))
        #expect(h.run(["status"]).stdout.contains("\nroadmap.md\n"))
    }

    @Test func theGuideIsWrittenWholeAndStatusRollsItUp() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "devops-to-ai-architect", "--dir", "guide", "--name", "Ada"])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("Created guide/roadmap.md, guide/phase-1-foundation.md, guide/phase-2-specialization.md, guide/phase-3-mastery.md from devops-to-ai-architect (87 goals)\n"))
        #expect(result.stdout.hasSuffix("Next: roadmap status guide\n"))
        let status = h.run(["status"], in: "guide")
        #expect(status.stderr.isEmpty)
        #expect(status.stdout.contains("roadmap.md and 3 linked files"))
        #expect(status.stdout.contains("0/87"))
    }

    @Test func nothingIsOverwrittenAndEveryTargetIsCheckedFirst() throws {
        let h = try CLIHarness(files: ["guide/phase-2-specialization.md": "mine\n"])
        let result = h.run(["init", "devops-to-ai-architect", "--dir", "guide"])
        #expect(result.status == .failure)
        #expect(result.stderr == "error: guide/phase-2-specialization.md: already exists; init never overwrites, nothing written (choose another --dir)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.directory.appendingPathComponent("guide").path) == ["phase-2-specialization.md"])
        #expect(try h.read("guide/phase-2-specialization.md") == "mine\n")

        #expect(h.run(["init"]).status == .success)
        let again = h.run(["init", "--name", "Bob"])
        #expect(again.status == .failure)
        #expect(!(try h.read("career-roadmap.md")).contains("Bob"))
        let shadowed = h.run(["init", "ai-engineer-roadmap"])
        #expect(shadowed.status == .failure)
        #expect(shadowed.stderr.contains("'roadmap status' would find it before roadmap.md"))
        #expect(!FileManager.default.fileExists(atPath: h.directory.appendingPathComponent("roadmap.md").path))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let h = try CLIHarness()
        let unknown = h.run(["init", "carer-roadmap"])
        #expect(unknown.status == .usage)
        #expect(unknown.stderr.hasPrefix("error: no template 'carer-roadmap' (did you mean 'career-roadmap'?)"))
        #expect(h.run(["init", "--start", "2026-02-30"]).status == .usage)
        #expect(h.run(["init", "--name", "two\nlines"]).status == .usage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.directory.path).isEmpty)
    }

    @Test func dryRunWritesNothing() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "director-roadmap", "--dir", "plans", "--dry-run"])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("--- /dev/null\n+++ b/plans/roadmap.md\n@@ -0,0 +1,"))
        #expect(result.stderr.hasPrefix("Would create plans/roadmap.md ("))
        #expect(!FileManager.default.fileExists(atPath: h.directory.appendingPathComponent("plans").path))
    }

    @Test func onATerminalItAsksAndEnterKeepsTheDefaults() throws {
        let h = try CLIHarness()
        let result = h.run(["init"], input: ["  Ada Lovelace ", "Platform engineer", "", "2027-03-01"])
        #expect(result.status == .success)
        #expect(result.stderr.hasSuffix("""
        A few blanks to fill (Enter keeps the value in brackets):
        Name: Current role: Target role [Junior AI Infrastructure Engineer]: Start date [2026-11-22]: 
        """))
        #expect(result.stdout.hasPrefix("Created career-roadmap.md"))
        let text = try h.read("career-roadmap.md")
        #expect(text.contains("**Name:** Ada Lovelace\n**Start Date:** 2027-03-01\n**Current Role:** Platform engineer\n**Target Role:** Junior AI Infrastructure Engineer\n"))
    }

    @Test func aBadDateIsAskedAgain() throws {
        let h = try CLIHarness()
        let result = h.run(["init"], input: ["", "", "", "next monday", ""])
        #expect(result.status == .success)
        #expect(result.stderr.contains("'next monday' is not a date: write it as YYYY-MM-DD."))
        #expect(try h.read("career-roadmap.md").contains("**Name:** ____\n**Start Date:** 2026-11-22\n"))
    }

    @Test func endOfInputAbortsWithNothingWritten() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "devops-to-ai-architect"], input: ["Ada"])
        #expect(result.status == .failure)
        #expect(result.stderr.hasSuffix("Current role: \nerror: init: stopped at 'Current role' (end of input); nothing written\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.directory.path).isEmpty)
    }

    @Test func flagsOrNoTerminalMeanNoQuestions() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "--name", "Ada"], input: [])
        #expect(result.status == .success)
        #expect(!result.stdout.contains("Name:  "))
        #expect(!result.stdout.contains("A few blanks") && !result.stderr.contains("A few blanks"))
        let quiet = try CLIHarness().run(["init"])
        #expect(!quiet.stdout.contains("A few blanks") && !quiet.stderr.contains("A few blanks"))
    }
}
