import Foundation
import Testing
@testable import roadmap
import RoadmapKit
import RoadmapTestSupport

/// `report`, `badge`, `calendar` and `status --format markdown` as a person runs them.
struct ExportCommandTests {
    static let small = """
    # Plan

    **Start Date:** 2026-01-15

    ## 6-Month Goals

    - [x] Learn Linux ✅ 2026-02-01
    - [ ] Learn Docker (Month 3)
    - [ ] Learn Kubernetes, with a `kind` cluster (Month 12)
    """

    @Test func reportWritesTheDefaultFileAndSaysSo() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        let result = harness.run(["report"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Wrote roadmap-report.html ("))
        let html = try harness.read("roadmap-report.html")
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<h1>Plan</h1>") && html.contains("33%"))
    }

    /// Seed 003's `**Parallel:** [ðŸ—ï¸ Infrastructure Basics](…)`: the report shows the value as
    /// status and list show text, mojibake repaired (PlainText, the one rule; issue 25).
    @Test func reportShowsAFieldValueWithItsMojibakeRepaired() throws {
        let text = "# Plan\n\n## Recommended Learning Sequence\n\n1. **Parallel:** [ðŸ—ï¸ Infrastructure Basics](04.md) - foundations\n\n## Goals\n\n- [ ] One\n"
        let harness = try CLIHarness(files: ["career-roadmap.md": text])
        let result = harness.run(["report", "-o", "-"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("🏗️ Infrastructure Basics - foundations"), "\(result.stdout)")
        #expect(!result.stdout.contains("ðŸ"))
    }

    @Test func reportToStdoutWithATitle() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        let result = harness.run(["report", "-o", "-", "--title", "Ada's <first> year"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("<h1>Ada&apos;s &lt;first&gt; year</h1>"))
        #expect(!FileManager.default.fileExists(atPath: harness.directory.appendingPathComponent("roadmap-report.html").path))
    }

    @Test func noOutputReplacesTheRoadmapItself() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        for command in ["report", "badge", "calendar"] {
            let result = harness.run([command, "-o", "career-roadmap.md"])
            #expect(result.status == .failure)
            #expect(result.stderr == "error: career-roadmap.md: is one of the roadmap's own files; refusing to write over it (name another file with -o)\n", "\(result.stderr)")
            #expect(try harness.read("career-roadmap.md") == Self.small)
        }
        let sub = harness.run(["report", "-o", "./career-roadmap.md"])
        #expect(sub.status == .failure)
        // A linked file is the roadmap's too.
        let guide = try ReportFixtures.devopsGuide()
        let linked = guide.run(["report", "guide", "-o", "guide/phase-2-specialization.md"])
        #expect(linked.status == .failure)
        #expect(try guide.read("guide/phase-2-specialization.md") == (try ReportFixtures.bundled("devops-to-ai-architect/phase-2-specialization.md")))
    }

    @Test func anUnwritableOutputIsOneLineOnStderr() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        let result = harness.run(["badge", "-o", "no/such/dir/badge.svg"])
        #expect(result.status == .failure)
        #expect(result.stderr.hasPrefix("error: no/such/dir/badge.svg: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func badgeShowsTheOverallPercent() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        #expect(harness.run(["badge"]).stdout.hasPrefix("Wrote roadmap-badge.svg"))
        let svg = try harness.read("roadmap-badge.svg")
        #expect(svg == Badge.progress(percent: 33, label: "roadmap").svg())
        let labelled = harness.run(["badge", "--label", "AI & infra", "-o", "-"])
        #expect(labelled.stdout.contains("aria-label=\"AI &amp; infra: 33%\""))
        let empty = try CLIHarness(files: ["career-roadmap.md": "# Nothing yet\n"]).run(["badge", "-o", "-"])
        #expect(empty.stdout.contains(">no goals<"))
    }

    @Test func badgeIsWellFormedSVGForXmllint() throws {
        guard let xmllint = ExternalTool.path("xmllint") else {
            print("SKIP: badgeIsWellFormedSVGForXmllint: xmllint not on PATH (apt-get install libxml2-utils; .ci/run installs it)")
            return
        }
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        for label in ["roadmap", "A & <B> \"ü\" 'x'", "x\u{1}y ]]> <!-- --"] {
            let svg = harness.run(["badge", "-o", "-", "--label", label]).stdout
            let result = try ExternalTool.run(xmllint, ["--noout", "-"], input: Array(svg.utf8))
            #expect(result.status == 0, "xmllint on label \(label): \(result.stderr)")
        }
    }

    @Test func statusFormatMarkdownIsTheSummary() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        let result = harness.run(["status", "--format", "markdown"])
        #expect(result.status == .success)
        let plan = Plan(single: Roadmap(parsing: Array(Self.small.utf8)), path: "career-roadmap.md")
        #expect(result.stdout == MarkdownSummary.render(PlanSchedule(plan, today: CivilDate(iso: "2026-11-22")!)))
        #expect(harness.run(["status", "--format", "text"]).stdout.hasPrefix("Plan\ncareer-roadmap.md\n"))
        let bad = harness.run(["status", "--format", "html"])
        #expect(bad.status == .usage)
        #expect(bad.stderr.hasPrefix("error: 'html' is not a format; --format takes text or markdown\n"))
    }

    @Test func markdownSummaryRendersAsATableInCmarkGFM() throws {
        guard let cmark = ExternalTool.path("cmark-gfm") else {
            print("SKIP: markdownSummaryRendersAsATableInCmarkGFM: cmark-gfm not on PATH (apt-get install cmark-gfm; .ci/run installs it)")
            return
        }
        let harness = try CLIHarness(files: ["career-roadmap.md": try ReportFixtures.bundled("career-roadmap.md")])
        let markdown = harness.run(["status", "--format", "markdown"]).stdout
        let html = try ExternalTool.run(cmark, ["-e", "table"], input: Array(markdown.utf8)).text
        #expect(html.contains("<table>"))
        for section in ["6-Month Goals", "Core Skills", "Checkpoints", "3-Month Checkpoint"] { #expect(html.contains(">\(section)</td>") || html.contains("\(section)</td>"), "\(section)") }
        // One <tr> per table line but the delimiter row.
        #expect(html.components(separatedBy: "<tr>").count - 1 == markdown.components(separatedBy: "\n|").count - 2)
        #expect(!html.contains("<script"))
    }

    @Test func calendarWritesTheDefaultFeed() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.small])
        #expect(harness.run(["calendar"]).stdout.hasPrefix("Wrote roadmap.ics"))
        let feed = try harness.bytes("roadmap.ics")
        #expect(String(decoding: feed, as: UTF8.self).contains("SUMMARY:Learn Kubernetes\\, with a kind cluster (Month 12)\r\n"))
    }
}
