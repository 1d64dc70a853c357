import Foundation
import Testing
@testable import roadmap

/// `roadmap add`: a goal from the command line, written where the list it joins continues.
@Suite struct AddCommandTests {
    static let text = """
    # Plan

    ## Skills
    - [ ] Learn Docker basics
    - [/] Learn Kubernetes
      - [x] Pods

    ## Projects
    1. [ ] Docker image for the classifier

    ## Someday

    """

    func harness() throws -> CLIHarness { try CLIHarness(files: ["career-roadmap.md": Self.text]) }

    @Test func addsToTheNamedSectionAndPrintsTheId() throws {
        let h = try harness()
        let result = h.run(["add", "Learn", "Helm", "--in", "skills"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout == "Added #4 [ ] Learn Helm  (Skills, line 7)\n")
        #expect(try h.read("career-roadmap.md").contains("  - [x] Pods\n- [ ] Learn Helm\n\n## Projects"))
        #expect(h.run(["list"]).stdout.contains("#4 [ ] Learn Helm"))
    }

    @Test func withoutInTheLastSectionWithGoals() throws {
        let h = try harness()
        let result = h.run(["add", "Deploy it"])
        #expect(result.stdout == "Added #5 [ ] Deploy it  (Projects, line 10)\n")
        #expect(try h.read("career-roadmap.md").contains("1. [ ] Docker image for the classifier\n2. [ ] Deploy it\n"))
    }

    @Test func underAGoalAsItsLastChild() throws {
        let h = try harness()
        let result = h.run(["add", "Services", "--under", "kubernetes"])
        #expect(result.stdout == "Added #4 [ ] Services  (Skills, line 7)\n", "\(result.stderr)")
        #expect(try h.read("career-roadmap.md").contains("  - [x] Pods\n  - [ ] Services\n"))
        #expect(h.run(["list"]).stdout.contains("#2 [/] Learn Kubernetes  (1/2)"))
    }

    @Test func anEmptyUnderNamesNoGoal() throws {
        let h = try harness()
        let result = h.run(["add", "Services", "--under", " "])
        #expect(result.status == .failure)
        #expect(result.stderr.hasPrefix("error: career-roadmap.md: no goal matches ''"), "\(result.stderr)")
    }

    @Test func dueDateIsWrittenAndReadByNextAndStatus() throws {
        let h = try harness()
        #expect(h.run(["add", "Ship", "--in", "Someday", "--due", "2026-12-01"]).status == .success)
        #expect(try h.read("career-roadmap.md").hasSuffix("## Someday\n\n- [ ] Ship 📅 2026-12-01\n"))
        #expect(h.run(["next"]).stdout.contains("2026-12-01"))
        #expect(h.run(["list", "--json"]).stdout.contains("\"due\":\"2026-12-01\""))
        let late = h.run(["next"], variables: ["ROADMAP_TODAY": "2026-12-05"]).stdout
        #expect(late.contains("Overdue (1)") && late.contains("#5 [ ] Ship"))
        #expect(h.run(["status"], variables: ["ROADMAP_TODAY": "2026-12-05"]).stdout.contains("Overdue     1 goal"))
    }

    @Test func dryRunPrintsTheDiffAndWritesNothing() throws {
        let h = try harness()
        let result = h.run(["add", "Learn Helm", "--in", "Skills", "--dry-run"])
        #expect(result.stdout.contains("+- [ ] Learn Helm\n"))
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func ambiguousOrMissingSectionsListCandidatesAndWriteNothing() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": "# P\n## Core Skills\n- [ ] a\n## Core Projects\n- [ ] b\n"])
        let ambiguous = h.run(["add", "x", "--in", "core"])
        #expect(ambiguous.status == .failure)
        #expect(ambiguous.stderr.contains("2 headings match 'core'"))
        #expect(ambiguous.stderr.contains("Core Skills  (line 2)") && ambiguous.stderr.contains("Core Projects  (line 4)"))
        let missing = h.run(["add", "x", "--in", "nowhere"])
        #expect(missing.status == .failure)
        #expect(missing.stderr.contains("no heading matches 'nowhere'") && missing.stderr.contains("Core Skills  (line 2)"))
        #expect(try h.read("career-roadmap.md") == "# P\n## Core Skills\n- [ ] a\n## Core Projects\n- [ ] b\n")
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let h = try harness()
        #expect(h.run(["add", "x", "--due", "2026-13-40"]).status == .usage)
        #expect(h.run(["add", "   "]).status == .usage)
        #expect(h.run(["add", "x", "--under", "nothing like it"]).status == .failure)
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func intoALinkedFileOfAPlan() throws {
        let h = try CLIHarness(files: [
            "roadmap.md": "# Guide\n\n## Phases\n- [ ] [Phase 1: Foundation](phase-1-foundation.md)\n",
            "phase-1-foundation.md": "# Phase 1\r\n\r\n## Basics\r\n- [ ] Linux\r\n- [ ] Git\r\n",
        ])
        let result = h.run(["add", "Docker", "--in", "Basics"])
        #expect(result.stdout == "Added phase-1-foundation:3 [ ] Docker  (Phases › Phase 1: Foundation › Basics, phase-1-foundation.md line 6)\n", "\(result.stderr)")
        #expect(try h.read("phase-1-foundation.md") == "# Phase 1\r\n\r\n## Basics\r\n- [ ] Linux\r\n- [ ] Git\r\n- [ ] Docker\r\n")
        #expect(try h.read("roadmap.md") == "# Guide\n\n## Phases\n- [ ] [Phase 1: Foundation](phase-1-foundation.md)\n")
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        #expect(h.run(["add", "Bash", "--under", "phase-1:1"], variables: state).stdout.hasPrefix("Added phase-1-foundation:2 [ ] Bash"))
        #expect(try h.read("phase-1-foundation.md").contains("- [ ] Linux\r\n  - [ ] Bash\r\n- [ ] Git"))
        // The journal is kept per file: the linked file's change is undone there.
        #expect(h.run(["-f", "phase-1-foundation.md", "undo"], variables: state).status == .success)
        #expect(try h.read("phase-1-foundation.md").hasSuffix("- [ ] Git\r\n- [ ] Docker\r\n"))
    }
}
