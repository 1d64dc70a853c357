import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// status, list, check and uncheck on a roadmap split across files.
struct PlanCommandTests {
    static let files = [
        "guide/README.md": "# Guide\n\n## Phases\n- [ ] [Phase 1](p1.md)\n- [ ] [Phase 2](p2.md)\n\n## Extra\n- [ ] Read [notes](notes.md)\n",
        "guide/p1.md": "# Phase 1\n\n## Basics\n- [x] Learn Docker\n- [ ] Learn Kubernetes\n\n[Back](README.md)\n",
        "guide/p2.md": "# Phase 2\n\n## Serving\n- [ ] Serve a model\n- [ ] Learn Kubernetes operators\n- [ ] [Loop](README.md)\n",
    ]

    @Test func statusOfADirectoryRollsUpEveryFile() throws {
        let h = try CLIHarness(files: Self.files)
        for arguments in [["status", "guide"], ["status", "-f", "guide"], ["-f", "guide/README.md"]] {
            let result = h.run(arguments)
            #expect(result.status == .success)
            #expect(result.stderr.isEmpty)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines[1] == "guide/README.md and 2 linked files")
            #expect(lines.contains { $0.hasPrefix("Overall") && $0.contains("1/8") && $0.contains("12%") })
            #expect(lines.contains { $0.hasPrefix("Phases") && $0.contains("1/7") })
            #expect(lines.contains { $0.hasPrefix("  Phase 1 ") && $0.contains("1/2") })
            #expect(lines.contains { $0.hasPrefix("  Phase 2 ") && $0.contains("0/3") })
            #expect(result.stdout.contains("Next  p1:2 [ ] Learn Kubernetes"))
        }
    }

    @Test func statusJSONAddsTheFilesUnderTheirSection() throws {
        let result = try CLIHarness(files: Self.files).run(["status", "guide", "--json", "--depth", "1"])
        #expect(result.stdout == """
        {"file":"guide/README.md","title":"Guide","goals":{"total":8,"done":1,"open":7,"inProgress":0,"cancelled":0,"other":0},"percent":12,"sections":[{"title":"Guide","level":1,"line":1,"goals":{"total":8,"done":1,"open":7,"inProgress":0,"cancelled":0,"other":0},"percent":12,"sections":[]}],"start":null,"fields":[],"choices":[],"metrics":[],"checkpoints":[],"readyNow":null}

        """)
        let deeper = try CLIHarness(files: Self.files).run(["status", "guide", "--json", "--depth", "3"])
        #expect(deeper.stdout.contains(#""files":[{"file":"guide/p1.md","id":"1","title":"Phase 1","goals":{"total":2,"done":1"#))
    }

    @Test func listShowsIdsThatNameTheirFile() throws {
        let result = try CLIHarness(files: Self.files).run(["list", "-f", "guide"])
        #expect(result.stdout == """
        Phases
          #1 [ ] Phase 1  (1/2)

        Phases › Phase 1 › Basics
          p1:1 [x] Learn Docker
          p1:2 [ ] Learn Kubernetes

        Phases
          #2 [ ] Phase 2  (0/3)

        Phases › Phase 2 › Serving
          p2:1 [ ] Serve a model
          p2:2 [ ] Learn Kubernetes operators
          p2:3 [ ] Loop

        Extra
          #3 [ ] Read notes

        """)
        let json = try CLIHarness(files: Self.files).run(["list", "-f", "guide", "--json", "--done"])
        #expect(json.stdout == """
        [{"id":"p1:1","text":"Learn Docker","state":"done","line":4,"section":"Guide > Phases > Phase 1 > Basics","marker":"x","depth":1,"parent":"1","doneDate":null,"created":null,"scheduled":null,"start":null,"cancelledDate":null,"priority":null,"recurrence":null,"onCompletion":null,"taskId":null,"dependsOn":[],"count":null,"target":null,"spentMinutes":null,"estimateMinutes":null,"due":null,"overdue":false,"file":"guide/p1.md"}]

        """)
    }

    /// Goals right below a linked file's title are listed under the goal that links it, once:
    /// the title is not said a second time (it was `Phases › Phase 2 (Months 7-12) › Phase 2
    /// (Months 7-12)`).
    @Test func aLinkedFilesTitleIsNotSaidTwice() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Guide\n\n## Phases\n\n- [ ] [Phase 2](p2.md) (Months 7-12)\n",
                                       "p2.md": "# Phase 2 (Months 7-12)\n\n- [ ] Read\n\n## Checkpoint: Depth\n\n- [ ] Show it\n"])
        let lines = h.run(["list"]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Phases › Phase 2 (Months 7-12)"), "\(lines)")
        #expect(lines.contains("Phases › Phase 2 (Months 7-12) › Checkpoint: Depth"), "\(lines)")
        #expect(!lines.contains { $0.contains("(Months 7-12) › Phase 2") }, "\(lines)")
    }

    @Test func checkWritesOnlyTheFileThatHoldsTheGoal() throws {
        let h = try CLIHarness(files: Self.files)
        let before = try Self.files.keys.map { ($0, try h.bytes($0)) }
        let result = h.run(["check", "-f", "guide", "p2:1"])
        #expect(result.status == .success)
        #expect(result.stdout == "Checked p2:1 Serve a model\n2/8 done (25%)\n")
        #expect(try h.read("guide/p2.md").contains("- [x] Serve a model ✅ 2026-11-22\n"))
        for (name, bytes) in before where name != "guide/p2.md" { #expect(try h.bytes(name) == bytes) }
        #expect(h.run(["uncheck", "-f", "guide", "serve"]).status == .success)
        for (name, bytes) in before { #expect(try h.bytes(name) == bytes) }
    }

    @Test func queriesAcrossFilesListCandidatesWithTheirFile() throws {
        let h = try CLIHarness(files: Self.files)
        let ambiguous = h.run(["check", "-f", "guide", "kubernetes"])
        #expect(ambiguous.status == .failure)
        #expect(ambiguous.stderr == """
        error: guide/README.md: 2 goals match 'kubernetes'; name one by id:
          p1:2 [ ] Learn Kubernetes  (Phases › Phase 1 › Basics, guide/p1.md line 5)
          p2:2 [ ] Learn Kubernetes operators  (Phases › Phase 2 › Serving, guide/p2.md line 5)

        """)
        #expect(h.run(["check", "-f", "guide", "kubernetes", "--in", "phase 2"]).stdout.hasPrefix("Checked p2:2"))
        #expect(h.run(["check", "-f", "guide", "p9:1"]).stderr == "error: guide/README.md: no file 'p9' in this roadmap; ids outside guide/README.md start with one of: p1, p2\n")
        #expect(h.run(["check", "-f", "guide", "p1:7"]).stderr == "error: guide/p1.md: no goal p1:7; the file has 2 goals (see 'roadmap -f guide list')\n")
        let diff = h.run(["check", "-f", "guide", "p1:2", "#2", "--dry-run", "--no-date"])
        #expect(diff.stdout.hasPrefix("--- a/guide/README.md\n"))
        #expect(diff.stdout.contains("--- a/guide/p1.md\n"))
    }

    @Test func linksThatPointNowhereAreWarnedOnceEach() throws {
        var files = Self.files
        files["guide/README.md"]! += "- [ ] [Phase 3](p3.md)\n"
        let result = try CLIHarness(files: files).run(["status", "guide"])
        #expect(result.status == .success)
        #expect(result.stderr == "warning: guide/README.md:9: link to 'p3.md' points nowhere (No such file or directory)\n")
    }

    @Test func aSingleFileIsUnchangedByLinksThatAreNotFiles() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": "# P\n- [ ] [Docs](https://x.org/a.md)\n- [ ] plain\n"])
        let result = h.run(["status"])
        #expect(result.stdout.contains("\ncareer-roadmap.md\n"))
        #expect(!result.stdout.contains("linked file"))
        #expect(h.run(["list", "--json"]).stdout.contains(#""id":"1""#))
    }
}
