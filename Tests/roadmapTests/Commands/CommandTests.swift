import Testing
@testable import roadmap

/// status, list, check and uncheck as a person uses them: output, exit status, bytes on disk.
struct CommandTests {
    static let text = """
    # Plan

    ## Skills
    - [ ] Learn Docker basics
    - [x] Learn Git ✅ 2026-10-01
    - [/] Learn Kubernetes
      - [x] Pods
      - [ ] Services
    - [-] Learn Mesos

    ## Projects
    - [ ] Docker image for the classifier
    - [>] Forwarded task

    """

    func harness() throws -> CLIHarness { try CLIHarness(files: ["career-roadmap.md": Self.text]) }

    @Test func statusShowsTotalsSectionsAndHowStatesCount() throws {
        let result = try harness().run(["status"])
        #expect(result.status == .success)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Plan")
        #expect(lines[1] == "career-roadmap.md")
        #expect(lines.contains { $0.hasPrefix("Overall") && $0.contains("2/7") && $0.contains("28%") && $0.contains("1 in progress, 1 cancelled, 1 other") })
        #expect(lines.contains { $0.hasPrefix("Skills") && $0.contains("2/5") })
        #expect(lines.contains { $0.hasPrefix("Projects") && $0.contains("0/2") })
        #expect(result.stdout.contains("Next  #1 [ ] Learn Docker basics"))
        #expect(result.stdout.contains("#3 [/] Learn Kubernetes  (1/2)"))
        #expect(result.stdout.contains("Counted: 2 done of 7 (1 cancelled left out); in-progress and other states count as not done."))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let h = try harness()
        #expect(h.run(["status"], terminal: true).stdout.contains("\u{1B}["))
        #expect(!h.run(["status"], variables: ["NO_COLOR": "1"], terminal: true).stdout.contains("\u{1B}["))
        #expect(!h.run(["status", "--no-color"], terminal: true).stdout.contains("\u{1B}["))
        #expect(!h.run(["status"], variables: ["TERM": "dumb"], terminal: true).stdout.contains("\u{1B}["))
    }

    @Test func statusJSON() throws {
        let result = try harness().run(["status", "--json"])
        #expect(result.stdout == """
        {"file":"career-roadmap.md","title":"Plan","goals":{"total":8,"done":2,"open":3,"inProgress":1,"cancelled":1,"other":1},"percent":28,"sections":[{"title":"Plan","level":1,"line":1,"goals":{"total":8,"done":2,"open":3,"inProgress":1,"cancelled":1,"other":1},"percent":28,"sections":[{"title":"Skills","level":2,"line":3,"goals":{"total":6,"done":2,"open":2,"inProgress":1,"cancelled":1,"other":0},"percent":40,"sections":[]},{"title":"Projects","level":2,"line":11,"goals":{"total":2,"done":0,"open":1,"inProgress":0,"cancelled":0,"other":1},"percent":0,"sections":[]}]}],"start":null,"fields":[],"choices":[],"metrics":[],"checkpoints":[],"readyNow":null}

        """)
    }

    @Test func listGroupsBySectionWithIds() throws {
        let result = try harness().run(["list"])
        #expect(result.stdout == """
        Skills
          #1 [ ] Learn Docker basics
          #2 [x] Learn Git
          #3 [/] Learn Kubernetes  (1/2)
            #4 [x] Pods
            #5 [ ] Services
          #6 [-] Learn Mesos

        Projects
          #7 [ ] Docker image for the classifier
          #8 [>] Forwarded task

        """)
    }

    @Test func listFilters() throws {
        let h = try harness()
        #expect(h.run(["list", "--open"]).stdout.components(separatedBy: "] ").count - 1 == 5)
        #expect(h.run(["list", "--done"]).stdout.components(separatedBy: "[x]").count - 1 == 2)
        #expect(h.run(["list", "--in", "projects"]).stdout.hasPrefix("Projects\n"))
        #expect(h.run(["list", "--open", "--done"]).status == .usage)
        let missing = h.run(["list", "--in", "Nowhere"])
        #expect(missing.status == .failure)
        #expect(missing.stderr == "error: career-roadmap.md: no heading matches 'Nowhere'\n")
    }

    @Test func listJSON() throws {
        let result = try harness().run(["list", "--json", "--in", "Projects"])
        #expect(result.stdout == """
        [{"id":"7","text":"Docker image for the classifier","state":"open","line":12,"section":"Plan > Projects","marker":" ","depth":0,"parent":null,"doneDate":null,"created":null,"scheduled":null,"start":null,"cancelledDate":null,"priority":null,"recurrence":null,"onCompletion":null,"taskId":null,"dependsOn":[],"count":null,"target":null,"spentMinutes":null,"estimateMinutes":null,"due":null,"overdue":false},{"id":"8","text":"Forwarded task","state":"other","line":13,"section":"Plan > Projects","marker":">","depth":0,"parent":null,"doneDate":null,"created":null,"scheduled":null,"start":null,"cancelledDate":null,"priority":null,"recurrence":null,"onCompletion":null,"taskId":null,"dependsOn":[],"count":null,"target":null,"spentMinutes":null,"estimateMinutes":null,"due":null,"overdue":false}]

        """)
    }

    @Test func checkByWordsWritesTheTickAndDate() throws {
        let h = try harness()
        let result = h.run(["check", "docker", "basics"])
        #expect(result.status == .success)
        #expect(result.stdout == "Checked #1 Learn Docker basics\n3/7 done (42%)\n")
        #expect(try h.read("career-roadmap.md") == Self.text.replacingOccurrences(of: "- [ ] Learn Docker basics", with: "- [x] Learn Docker basics ✅ 2026-11-22"))
    }

    @Test func checkThenUncheckGivesBackTheBytes() throws {
        let h = try harness()
        #expect(h.run(["check", "7"]).status == .success)
        #expect(h.run(["uncheck", "#7"]).status == .success)
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func ambiguousQueryListsCandidatesAndWritesNothing() throws {
        let h = try harness()
        let result = h.run(["check", "docker"])
        #expect(result.status == .failure)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
        error: career-roadmap.md: 2 goals match 'docker'; name one by id:
          #1 [ ] Learn Docker basics  (Skills, line 4)
          #7 [ ] Docker image for the classifier  (Projects, line 12)

        """)
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func sectionNarrowsAnAmbiguousQuery() throws {
        let h = try harness()
        #expect(h.run(["check", "docker", "--in", "projects", "--no-date"]).status == .success)
        #expect(try h.read("career-roadmap.md").contains("- [x] Docker image for the classifier\n"))
    }

    @Test func noMatchSuggestsAndWritesNothing() throws {
        let h = try harness()
        let result = h.run(["check", "kubernetis"])
        #expect(result.status == .failure)
        #expect(result.stderr == "error: career-roadmap.md: no goal matches 'kubernetis'\nClosest goals:\n  #3 [/] Learn Kubernetes  (Skills, line 6)\n")
        #expect(h.run(["check", "99"]).stderr == "error: career-roadmap.md: no goal #99; the roadmap has 8 goals (see 'roadmap list')\n")
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func checkingADoneGoalIsANoOp() throws {
        let h = try harness()
        let result = h.run(["check", "2"])
        #expect(result.status == .success)
        #expect(result.stdout == "#2 is already done: Learn Git ✅ 2026-10-01\n")
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func customStatesNeedForce() throws {
        let h = try harness()
        let refused = h.run(["check", "8"])
        #expect(refused.status == .failure)
        #expect(refused.stderr == "error: career-roadmap.md:13: goal #8 has the custom state [>]; use --force to change it\n")
        #expect(h.run(["check", "8", "--force", "--no-date"]).status == .success)
        #expect(try h.read("career-roadmap.md").contains("- [x] Forwarded task\n"))
    }

    @Test func dryRunPrintsADiffAndWritesNothing() throws {
        let h = try harness()
        let result = h.run(["check", "1", "--dry-run"])
        #expect(result.stdout == """
        --- a/career-roadmap.md
        +++ b/career-roadmap.md
        @@ -1,7 +1,7 @@
         # Plan
         
         ## Skills
        -- [ ] Learn Docker basics
        +- [x] Learn Docker basics ✅ 2026-11-22
         - [x] Learn Git ✅ 2026-10-01
         - [/] Learn Kubernetes
           - [x] Pods

        """)
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func severalIdsAtOnce() throws {
        let h = try harness()
        let result = h.run(["check", "1", "5", "7", "--no-date"])
        #expect(result.stdout.hasPrefix("Checked #1 Learn Docker basics\nChecked #5 Services\nChecked #7 Docker image for the classifier\n"))
        #expect(h.run(["uncheck", "1", "5", "7"]).status == .success)
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func uncheckReopensAndRemovesTheDate() throws {
        let h = try harness()
        #expect(h.run(["uncheck", "git"]).stdout.hasPrefix("Unchecked #2 Learn Git\n"))
        #expect(try h.read("career-roadmap.md").contains("- [ ] Learn Git\n"))
    }

    @Test func findsTheRoadmapInAParentDirectoryOrFromTheEnvironment() throws {
        let h = try harness()
        try h.write("deep/down/notes.txt", "x")
        let found = h.run(["status"], in: "deep/down")
        #expect(found.status == .success)
        #expect(found.stdout.contains("../../career-roadmap.md"))
        try h.write("other.md", "- [ ] only one\n")
        #expect(h.run(["status", "--json"], variables: ["ROADMAP_FILE": "other.md"]).stdout.contains("\"total\":1,"))
        #expect(h.run(["status", "--json", "-f", "career-roadmap.md"], variables: ["ROADMAP_FILE": "other.md"]).stdout.contains("\"total\":8,"))
        try h.write("roadmap.md", "- [ ] fallback\n")
        #expect(h.run(["status", "--json"]).stdout.contains("\"total\":8,"))
    }

    @Test func missingRoadmapIsAClearError() throws {
        let h = try CLIHarness()
        let result = h.run(["status"])
        #expect(result.status == .failure)
        #expect(result.stderr.hasPrefix("error: no roadmap found: looked for career-roadmap.md and roadmap.md in "))
        #expect(result.stderr.hasSuffix("name one with -f PATH or ROADMAP_FILE, or start one here with 'roadmap init' ('roadmap templates' lists the roadmaps it can write)\n"))
        #expect(h.run(["status", "-f", "nope.md"]).stderr == "error: nope.md: No such file or directory\n")
        try h.write("dir/x", "")
        #expect(h.run(["status", "-f", "dir"]).stderr == "error: dir: is a directory with no roadmap in it (looked for career-roadmap.md, roadmap.md, index.md, README.md); add --tree to read every markdown file below it as one roadmap\n")
    }

    @Test func emptyRoadmapSaysWhatAGoalLooksLike() throws {
        let result = try CLIHarness(files: ["roadmap.md": "# Nothing yet\n"]).run(["status"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("No goals yet"))
    }

    @Test func crlfFileKeepsItsEndings() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# T\r\n- [ ] a\r\n- [ ] b"])
        #expect(h.run(["check", "b"]).status == .success)
        #expect(try h.read("roadmap.md") == "# T\r\n- [ ] a\r\n- [x] b ✅ 2026-11-22")
    }
}
