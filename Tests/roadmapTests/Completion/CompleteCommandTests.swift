import Foundation
import Testing
@testable import roadmap

/// `roadmap __complete WORDS…`, in-process: what the completion scripts are told at each Tab.
struct CompleteCommandTests {
    static let roadmap = """
    # Plan

    ## Core Skills
    - [ ] Learn **Docker** [basics](https://docs.docker.com)
    - [x] Deploy to Kubernetes ✅ 2026-11-01
    - [ ] Docker compose for the classifier

    ## Certifications
    **Start Date:** 2026-01-15
    - [ ] CKAD

    | Skill | Current | 6 Months |
    |---|---|---|
    | Kubernetes | 40% | 70% |

    **Status:** [ ] Not Started [x] In Progress

    """

    func complete(_ words: [String], files: [String: String] = ["career-roadmap.md": roadmap]) throws -> CLIHarness.Result {
        try CLIHarness(files: files).run(["__complete"] + words)
    }

    func values(_ words: [String]) throws -> [String] {
        let result = try complete(words)
        #expect(result.status == .success)
        #expect(result.stderr.isEmpty)
        return result.stdout.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
    }

    @Test func commandNamesFromTheSpecs() throws {
        #expect(try values(["ch"]) == ["check"])
        #expect(try values([""]) == RoadmapCLI.specs.map(\.name))
        #expect(try complete(["ch"]).stdout == "check\tTick goals, found by id or by words\n")
    }

    @Test func goalIdsWithTheirTextAfterCheck() throws {
        #expect(try values(["check", ""]) == ["1", "3", "4"])
        let lines = try complete(["check", ""]).stdout
        #expect(lines.hasPrefix("1\t[ ] Learn Docker basics\n3\t[ ] Docker compose for the classifier\n"))
        #expect(try values(["edit", "#"]) == ["1", "2", "3", "4"])
    }

    /// Each command offers the goals it would change: not those already in the state it sets.
    @Test func goalsTheCommandWouldChange() throws {
        let files = ["career-roadmap.md": "# P\n- [ ] Open\n- [x] Done\n- [/] Going\n- [-] Dropped\n"]
        func ids(_ command: String) throws -> [String] {
            try complete([command, ""], files: files).stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        }
        #expect(try ids("check") == ["1", "3", "4"])
        #expect(try ids("uncheck") == ["2", "3", "4"])
        #expect(try ids("reopen") == ["2", "3", "4"])
        #expect(try ids("start") == ["1", "2", "4"])
        #expect(try ids("cancel") == ["1", "2", "3"])
        #expect(try ids("edit") == ["1", "2", "3", "4"])
        #expect(try values(["check", "do"]) == ["docker"])  // words only from goals it would change
    }

    @Test func wordsOfGoalTextsNarrowedByTheWordsBefore() throws {
        #expect(try values(["check", "dock"]) == ["docker"])
        #expect(try values(["check", "docker", "c"]) == ["compose", "classifier"])
        #expect(try values(["uncheck", "-f", "career-roadmap.md", "kube"]) == ["kubernetes"])  // done: uncheck offers it, check does not
        #expect(try values(["check", "-f", "career-roadmap.md", "kube"]) == [])
    }

    @Test func sectionTitlesForIn() throws {
        #expect(try values(["list", "--in", "c"]) == ["Core Skills", "Certifications"])
        #expect(try values(["check", "--in=Cert"]) == ["Certifications"])
        #expect(try values(["list", "--in", "skills"]) == ["Core Skills"])  // --in matches inside a title
    }

    @Test func labelsMetricsAndGroups() throws {
        #expect(try values(["set", ""]) == ["Start Date", "Kubernetes"])
        #expect(try values(["select", ""]) == ["Status"])
        #expect(try values(["review", "--metric", ""]) == ["Kubernetes="])
    }

    /// A plan's linked files give their labels as `FILE:LABEL`, which `set`, `select` and
    /// `review --metric` take whatever the other files hold.
    @Test func labelsOfLinkedFilesNameTheirFile() throws {
        let files = ["roadmap.md": "# Index\n**Name:** ____\n- [ ] [Phase 1](phase-1.md)\n",
                     "phase-1.md": "# Phase 1\n**Date:** ____\n**Status:** [ ] Open [ ] Done\n\n| Skill | Now | 6 Months |\n|---|---|---|\n| Go | 1 | 3 |\n\n- [ ] Read\n"]
        func offered(_ words: [String]) throws -> [String] {
            try complete(words, files: files).stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        }
        #expect(try offered(["set", ""]) == ["Name", "phase-1:Date", "phase-1:Go"])
        #expect(try offered(["select", ""]) == ["phase-1:Status"])
        #expect(try offered(["review", "--metric", ""]) == ["phase-1:Go="])
        #expect(try offered(["set", "phase-1:D"]) == ["phase-1:Date"])
    }

    @Test func valuesFromTheSpecsAlone() throws {
        #expect(try values(["init", "d"]) == ["devops-to-ai-architect", "director-roadmap"])
        #expect(try values(["completions", ""]) == ["bash", "zsh", "fish"])
        #expect(try values(["help", "un"]) == ["uncheck", "undo"])
        #expect(try values(["--today", ""]) == ["2026-11-22"])
        #expect(try values(["check", "--d"]) == ["--dry-run", "--date"])
        #expect(try values(["status", "--de"]) == ["--depth"])
    }

    @Test func nothingWhereNothingFits() throws {
        #expect(try values(["set", "Start Date", ""]).isEmpty)  // free text
        #expect(try values(["nosuch", ""]).isEmpty)
        #expect(try values(["status", "--depth", ""]).isEmpty)
        #expect(try values(["-f", ""]).isEmpty)  // the shell's own file names
    }

    @Test func noRoadmapNoCandidatesAndNoError() throws {
        let result = try complete(["check", ""], files: [:])
        #expect(result.status == .success)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        let missing = try complete(["-f", "absent.md", "check", ""])
        #expect(missing.stdout.isEmpty && missing.stderr.isEmpty)
    }

    @Test func neverWrites() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": Self.roadmap])
        _ = harness.run(["__complete", "check", "1"])
        _ = harness.run(["__complete", "check", "docker", ""])
        #expect(try harness.read("career-roadmap.md") == Self.roadmap)
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.directory.path) == ["career-roadmap.md"])
    }

    @Test func controlCharactersFromTheFileNeverReachTheShell() throws {
        let hostile = "# P\n## Evil\u{1B}[31m title\n- [ ] Tick\u{7}\u{1B}]0;pwned\u{7} me\n"
        let out = try complete(["check", ""], files: ["career-roadmap.md": hostile]).stdout
        let sections = try complete(["list", "--in", ""], files: ["career-roadmap.md": hostile]).stdout
        for text in [out, sections] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F })
        }
    }

    @Test func linkedFilesGiveTheirIds() throws {
        let files = ["roadmap.md": "# Index\n- [ ] [Phase 1](phase-1.md)\n- [ ] [Gone](gone.md)\n",
                     "phase-1.md": "# Phase 1\n- [ ] Read the book\n- [ ] Broken [link](missing.md)\n"]
        let result = try complete(["check", "ph"], files: files)
        #expect(result.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }.prefix(2) == ["phase-1:1", "phase-1:2"])
        #expect(result.stderr.isEmpty)
    }

    @Test func hiddenFromHelp() throws {
        let help = try CLIHarness().run(["--help"]).stdout
        #expect(!help.contains("__complete"))
        #expect(!RoadmapCLI.specs.contains { $0.name.hasPrefix("_") })
    }
}
