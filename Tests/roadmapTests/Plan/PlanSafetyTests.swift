import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Reading a plan safely: each file once, however many paths reach it; links followed only to
/// markdown files inside the index's folder tree; nothing outside read or written.
struct PlanSafetyTests {
    func link(_ h: CLIHarness, _ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: h.directory.appendingPathComponent(name).path, withDestinationPath: target)
    }

    @Test func aSymlinkLoopIsReadOnce() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Plan\n- [ ] [One](s1/roadmap.md)\n- [ ] [Two](s2/roadmap.md)\n- [ ] own goal\n"])
        try link(h, "s1", to: ".")
        try link(h, "s2", to: ".")
        let status = h.run(["status", "--json"])
        #expect(status.status == .success)
        #expect(status.stdout.contains(#""goals":{"total":3,"#), "the index alone, once: \(status.stdout.prefix(200))")
        let list = h.run(["list"])
        #expect(!list.stdout.contains("s1/roadmap:"))
    }

    @Test func aFileReachedByTwoPathsCountsOnce() throws {
        let h = try CLIHarness(files: [
            "plan/roadmap.md": "# Plan\n- [ ] [Phase](docs/phase-1.md)\n- [ ] [Again](docs/../docs/./phase-1.md)\n- [ ] [Via link](alias/phase-1.md)\n",
            "plan/docs/phase-1.md": "# Phase 1\n- [ ] learn docker\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: h.directory.appendingPathComponent("plan/alias").path, withDestinationPath: "docs")
        let status = h.run(["status", "plan", "--json"])
        #expect(status.stdout.contains(#""goals":{"total":4,"#), "3 linking goals and one goal in the file: \(status.stdout.prefix(160))")
        let check = h.run(["-f", "plan", "check", "docker"])
        #expect(check.status == .success, "one goal matches, not two: \(check.stderr)")
        #expect(try h.read("plan/docs/phase-1.md").contains("- [x] learn docker"))
    }

    @Test(arguments: [
        "../secret/notes.md", "%2e%2e/secret/notes.md", "..%2Fsecret%2Fnotes.md", "/etc/secret/notes.md",
        "../secret/todo.txt%00.md", "out/notes.md",
    ])
    func linksOutOfTheFolderAreNotFollowed(target: String) throws {
        let h = try CLIHarness(files: [
            "plan/roadmap.md": "# Plan\n- [ ] [Out](\(target))\n- [ ] mine\n",
            "secret/notes.md": "# Secret\n- [ ] never read\n",
            "secret/todo.txt": "- [ ] never written\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: h.directory.appendingPathComponent("plan/out").path,
                                                   withDestinationPath: h.directory.appendingPathComponent("secret").path)
        let status = h.run(["status", "plan"])
        #expect(!status.stdout.contains("linked file"), "\(target): \(status.stdout)")
        #expect(!status.stdout.contains("never"))
        if !target.hasPrefix("/") {
            #expect(status.stderr.contains("warning: plan/roadmap.md:2: link to"), "\(target): \(status.stderr)")
        }
        let check = h.run(["-f", "plan", "check", "never"])
        #expect(check.status == .failure)
        #expect(try h.read("secret/notes.md") == "# Secret\n- [ ] never read\n")
        #expect(try h.read("secret/todo.txt") == "- [ ] never written\n")
    }

    @Test func aLinkedFileOpenedAloneTakesTheIndexStartDate() throws {
        let h = try CLIHarness(files: [
            "roadmap.md": "# Plan\n\n**Start Date:** 2026-03-01\n\n- [ ] [Phase 1](guides/phase-1.md)\n",
            "guides/phase-1.md": "# Phase 1\n\n- [ ] learn docker (Month 2)\n",
        ])
        let status = h.run(["-f", "guides/phase-1.md", "status"])
        #expect(status.stdout.contains("Started     2026-03-01 (month 9)  from roadmap.md, which links this file"), "\(status.stdout)")
        #expect(!status.stdout.contains("no start date"))
        let next = h.run(["-f", "guides/phase-1.md", "next", "--json"])
        #expect(next.stdout.contains(#""due":"2026-05-01","overdue":true"#), "\(next.stdout)")
    }

    static let plan = [
        "roadmap.md": "# Plan\n\n**Start Date:** 2026-03-01\n\n## Phases\n- [ ] [Phase 1](phase-1.md)\n",
        "phase-1.md": """
        # Phase 1

        - [ ] learn docker ✅ 2026-11-10
        - [x] learn linux ✅ 2026-11-12

        ## 6-Month Checkpoint

        **Date:** ____
        **Status:** [ ] Not Started [ ] In Progress [ ] Complete

        | Skill | Current | Target (6 months) |
        |---|---|---|
        | Kubernetes | 30% | 80% |

        """,
    ]

    @Test func setSelectAndFieldsReachLinkedFiles() throws {
        let h = try CLIHarness(files: Self.plan)
        let set = h.run(["set", "6-Month Checkpoint > Date", "2026-09-01"])
        #expect(set.status == .success, "\(set.stderr)")
        #expect(try h.read("phase-1.md").contains("**Date:** 2026-09-01"))
        #expect(try h.read("roadmap.md") == Self.plan["roadmap.md"])
        #expect(h.run(["set", "phase-1:Kubernetes", "45%"]).status == .success)
        #expect(try h.read("phase-1.md").contains("| Kubernetes | 45% |"))
        let select = h.run(["select", "Status", "In Progress"])
        #expect(select.status == .success, "\(select.stderr)")
        #expect(select.stdout.contains("(phase-1.md line 9)"))
        #expect(try h.read("phase-1.md").contains("[x] In Progress"))
        let fields = h.run(["fields", "--json"])
        #expect(fields.stdout.contains(#""label":"Date","section":"Plan > Phases > Phase 1 > 6-Month Checkpoint","group":null,"value":"2026-09-01","line":8,"blank":false,"kind":"field","file":"phase-1.md""#), "\(fields.stdout)")
    }

    @Test func theReviewCoversEveryFile() throws {
        let h = try CLIHarness(files: Self.plan)
        let review = h.run(["review", "--yes", "--metric", "Kubernetes=50", "--today", "2026-11-22"])
        #expect(review.status == .success, "\(review.stderr)")
        let index = try h.read("roadmap.md")
        #expect(index.contains("- Progress: 1/3 (33%)"), "\(index)")
        #expect(index.contains("  - learn linux"))
        #expect(index.contains("  - Kubernetes: 50%"))
        #expect(try h.read("phase-1.md").contains("| Kubernetes | 50% |"), "the cell is written in the file that holds it")
        #expect(try h.read("phase-1.md").contains("**Date:** 2026-11-22"), "the due checkpoint of the linked file is held")
    }
}
