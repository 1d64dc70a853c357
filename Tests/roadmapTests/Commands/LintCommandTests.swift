import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// `roadmap lint` as a person runs it: one line a problem, exit 1, nothing written.
@Suite struct LintCommandTests {
    static let text = """
    # Plan

    ## Skills
    - [] Learn Docker
    - [x] Learn Git
    - [ ] Ship it 📅 2026-13-40
    - [ ] [Notes](notes.md)
    - [ ] [Phase 2](phase-2.md)

    """

    @Test func oneLineAProblemAndExitOne() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": Self.text, "notes.md": "# Notes\n"])
        let result = h.run(["lint"])
        #expect(result.status == .failure)
        #expect(result.stdout == """
        career-roadmap.md:4: warning: '[]' is not a task box; write '[ ]' (a space between the brackets)
        career-roadmap.md:5: warning: 'Learn Git' is done but has no done date ('✅ YYYY-MM-DD'), so reviews cannot place it in time
        career-roadmap.md:6: warning: '📅 2026-13-40' is not a due date; write it as YYYY-MM-DD
        career-roadmap.md:8: warning: link to 'phase-2.md' points nowhere

        """)
        #expect(result.stderr.isEmpty)
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func jsonAndACleanFile() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": "# Plan\n- [ ] [x](gone.md)\n", "clean.md": "# Clean\n- [ ] fine\n"])
        #expect(h.run(["lint", "--json"]).stdout == "[{\"file\":\"career-roadmap.md\",\"line\":2,\"kind\":\"missingLink\",\"message\":\"link to 'gone.md' points nowhere\"}]\n")
        let clean = h.run(["lint", "clean.md"])
        #expect(clean.status == .success && clean.stdout == "clean.md: nothing to fix\n")
        #expect(h.run(["lint", "clean.md", "--json"]).stdout == "[]\n")
        #expect(h.run(["lint", "--dry-run"]).status == .usage)
    }

    /// Control characters from the file show as every other command shows them (`\e`, `\xNN`,
    /// VisibleControls through the console), not as `?` (issue 23: one way to show them).
    @Test func controlCharactersShowAsEverywhereElse() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": "# Plan\n- [ ] [x](gone\u{1B}[2J\u{9B}.md)\n"])
        let result = h.run(["lint"])
        #expect(result.stdout.contains("gone\\e[2J\\x9b.md"), "\(result.stdout)")
        #expect(!result.stdout.contains("?"))
    }

    @Test func everyFileOfAPlan() throws {
        let h = try CLIHarness(files: [
            "roadmap.md": "# Guide\n- [ ] [Phase 1](phase-1.md)\n",
            "phase-1.md": "# Phase 1\n- [ x] Linux\n## ðŸŽ¯ Goals\n",
        ])
        let result = h.run(["lint"])
        #expect(result.stdout == """
        phase-1.md:2: warning: '[ x]' is not a task box (one character between the brackets); write '[x]'
        phase-1.md:3: warning: mojibake: 'ðŸŽ¯' should read '🎯' (UTF-8 read as Windows-1252 and saved again; fix with: roadmap lint --fix-encoding)

        """)
    }

    /// A link out of the plan's folder is not followed (every command says so on stderr); lint,
    /// which keeps stderr for errors, names it as a finding of the plan, at its line, with a
    /// link that points nowhere beside it.
    @Test func aLinkOutOfThePlansFolder() throws {
        let h = try CLIHarness(files: [
            "plan/roadmap.md": "# Guide\n- [ ] [Out](../outside.md)\n- [ ] [Gone](gone.md)\n",
            "outside.md": "# Outside\n- [ ] a\n",
        ])
        let result = h.run(["lint", "plan"])
        #expect(result.status == .failure)
        #expect(result.stdout == """
        plan/roadmap.md:2: warning: link to '../outside.md' leaves the plan's folder; not followed
        plan/roadmap.md:3: warning: link to 'gone.md' points nowhere

        """)
        #expect(h.run(["lint", "plan", "--json"]).stdout.contains(#"{"file":"plan/roadmap.md","line":2,"kind":"linkOutOfPlan""#))
    }

    /// Dependency links and recurrence rules are checked over the whole plan, each at its file
    /// and line, after each file's own findings (issue 26).
    @Test func dependenciesAndRecurrenceAcrossThePlan() throws {
        let h = try CLIHarness(files: [
            "roadmap.md": "# Guide\n- [ ] [Phase 1](phase-1.md)\n- [ ] [] deploy ⛔ gone\n",
            "phase-1.md": "# Phase 1\n- [ ] a 🆔 a ⛔ a\n- [ ] dentist 🔁 every January on the 15th\n",
        ])
        let result = h.run(["lint", "--json"])
        #expect(result.status == .failure)
        #expect(result.stdout.contains(#"{"file":"roadmap.md","line":3,"kind":"danglingDependency""#), "\(result.stdout)")
        #expect(result.stdout.contains(#"{"file":"phase-1.md","line":2,"kind":"dependencyCycle""#), "\(result.stdout)")
        #expect(result.stdout.contains(#"{"file":"phase-1.md","line":3,"kind":"unreadRecurrence""#), "\(result.stdout)")
        let text = h.run(["lint"]).stdout
        #expect(text.contains("roadmap.md:3: warning: '⛔ gone' names no goal's 🆔"), "\(text)")
    }

    @Test func fixEncodingRepairsEachLineAndUndoReverts() throws {
        let text = "# ðŸŽ¯ Plan\r\n- [ ] âœ… Ship\r\n- [ ] café\r\n"
        let h = try CLIHarness(files: ["career-roadmap.md": text])
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        let dry = h.run(["lint", "--fix-encoding", "--dry-run"])
        #expect(dry.stdout.contains("-# ðŸŽ¯ Plan\n") && dry.stdout.contains("+# 🎯 Plan\n") && dry.stdout.contains("+- [ ] ✅ Ship\n"))
        #expect(try h.read("career-roadmap.md") == text)
        let fix = h.run(["lint", "--fix-encoding"], variables: state)
        #expect(fix.status == .success && fix.stdout == "Repaired the encoding of 2 lines in career-roadmap.md\n")
        #expect(try h.read("career-roadmap.md") == "# 🎯 Plan\r\n- [ ] ✅ Ship\r\n- [ ] café\r\n")
        #expect(h.run(["lint"]).stdout == "career-roadmap.md: nothing to fix\n")
        #expect(h.run(["lint", "--fix-encoding"]).stdout == "No mojibake to repair in career-roadmap.md.\n")
        #expect(h.run(["undo"], variables: state).status == .success)
        #expect(try h.read("career-roadmap.md") == text)
    }

    /// Across a plan the repair is one change, as every command that writes several files makes
    /// it: one journal entry, and one `undo` gives every file back.
    @Test func fixEncodingOfAPlanIsOneChange() throws {
        let index = "# ðŸŽ¯ Guide\n- [ ] [Phase 1](phase-1.md)\n"
        let phase = "# Phase 1\n- [ ] âœ… Ship\n"
        let h = try CLIHarness(files: ["roadmap.md": index, "phase-1.md": phase])
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        let fix = h.run(["lint", "--fix-encoding"], variables: state)
        #expect(fix.stdout == "Repaired the encoding of 1 line in roadmap.md\nRepaired the encoding of 1 line in phase-1.md\n", "\(fix.stdout)")
        #expect(try h.read("phase-1.md") == "# Phase 1\n- [ ] ✅ Ship\n")
        let undo = h.run(["undo"], variables: state)
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("roadmap.md") == index)
        #expect(try h.read("phase-1.md") == phase)
    }

    /// The seeds: what lint lists is what a person would fix there.
    @Test func seeds() throws {
        for (prefix, expected) in [("000", 0), ("002", 0), ("004", 0)] {
            guard let seed = Corpus.seed(prefix) else { continue }
            let h = try CLIHarness()
            try h.writeBytes("career-roadmap.md", seed)
            let result = h.run(["lint"])
            #expect(result.stdout.split(separator: "\n").filter { $0.contains("warning:") }.count == expected, "seed \(prefix): \(result.stdout)")
        }
        guard let ai = Corpus.seed("001") else { return }
        let h = try CLIHarness()
        try h.writeBytes("career-roadmap.md", ai)
        let lines = h.run(["lint"]).stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.contains(": warning: mojibake: ") })
        #expect(lines.first == "career-roadmap.md:4: warning: mojibake: '\u{F8FF}üéØ' should read '🎯' (UTF-8 read as Mac Roman and saved again; fix with: roadmap lint --fix-encoding)")
    }
}
