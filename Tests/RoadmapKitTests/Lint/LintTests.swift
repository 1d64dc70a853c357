import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// `roadmap lint`'s checks, one at a time, and the quiet they keep on what is fine.
@Suite struct LintTests {
    func lint(_ markdown: String, today: String = "2026-11-22", files: [String] = []) -> [String] {
        Lint.findings(Array(markdown.utf8), today: CivilDate(iso: today)!, exists: { files.contains($0) })
            .map { "\($0.line) \($0.kind.rawValue): \($0.message)" }
    }

    func kinds(_ markdown: String, today: String = "2026-11-22") -> [String] {
        Lint.findings(Array(markdown.utf8), today: CivilDate(iso: today)!, exists: { _ in false }).map { "\($0.line) \($0.kind.rawValue)" }
    }

    @Test func almostTasks() {
        #expect(kinds("- [] a\n- [ x] b\n-[ ] c\n- [ ]d\n* [x]e\n1.[ ] f\n") == [
            "1 almostTask", "2 almostTask", "3 almostTask", "4 almostTask", "5 almostTask", "6 almostTask"])
        #expect(lint("- [ x] b\n") == ["1 almostTask: '[ x]' is not a task box (one character between the brackets); write '[x]'"])
        #expect(lint("-[ ] c\n") == ["1 almostTask: '-[ ]' needs a space after '-' to be a task"])
    }

    /// Each almost-task comes with the one edit that makes it a task, and applied, that edit
    /// leaves a goal lint no longer names; a finding without an obvious repair has none.
    @Test func almostTasksCarryTheirFix() {
        let text = "- [] a\n- [ x] b\n-[ ] c\n- [ ]d\n* [X ]e\n1.[ ] f\n  - [  ] g\n- []h\n"
        let bytes = Array(text.utf8)
        let findings = Lint.findings(bytes, today: CivilDate(iso: "2026-11-22")!, exists: { _ in false })
        #expect(findings.map(\.fix.count) == [1, 1, 1, 1, 2, 1, 1, 2])
        let fixed = findings.flatMap(\.fix).applied(to: bytes)
        #expect(String(decoding: fixed, as: UTF8.self) == "- [ ] a\n- [x] b\n- [ ] c\n- [ ] d\n* [X] e\n1. [ ] f\n  - [ ] g\n- [ ] h\n")
        #expect(Lint.findings(fixed, today: CivilDate(iso: "2026-11-22")!, exists: { _ in false }).filter { $0.kind == .almostTask } == [])
        #expect(Roadmap(parsing: fixed).goals.count == 8)
        // Other rules name what only the person can decide: no fix.
        #expect(Lint.findings(Array("- [x] done\n".utf8), today: CivilDate(iso: "2026-11-22")!, exists: { _ in false }).map(\.fix) == [[]])
    }

    @Test func whatIsNotAnAlmostTask() {
        #expect(kinds("- [ ] a\n- [x] b ✅ 2026-01-01\n- [C](url)\n- [1] footnote\n- [Docs]: x\n**Status:** [ ] A [ ] B\n- [ ]\n") == [])
        #expect(kinds("```\n- [] in code\n```\n    - [] indented code\n<!-- - [] -->\n") == [])
        #expect(kinds("-[ ] a\n-[ ] b\n") == ["1 almostTask", "2 almostTask"])
    }

    @Test func twoOptionsTickedInOneGroup() {
        #expect(lint("**Project 1**\n- Status: [x] Started [x] Done\n") == ["2 doubleTick: Project 1 › Status takes one option but 'Started' and 'Done' are ticked"])
        #expect(kinds("- Status: [x] Started [ ] Done\n") == [])
    }

    @Test func parentsThatDisagreeWithTheirSubGoals() {
        #expect(lint("- [x] A ✅ 2026-01-01\n  - [ ] a1\n  - [x] a2 ✅ 2026-01-01\n- [ ] B\n  - [x] b1 ✅ 2026-01-01\n  - [-] b2\n") == [
            "1 doneWithOpenSubGoals: 'A' is done but 1 of its 2 sub-goals is not",
            "4 openWithSubGoalsDone: all 1 sub-goals of 'B' are done, but it is not ticked",
        ])
        #expect(kinds("- [ ] A\n  - [x] a1 ✅ 2026-01-01\n  - [ ] a2\n- [x] B ✅ 2026-01-01\n  - [x] b ✅ 2026-01-01\n") == [])
    }

    @Test func doneWithoutDoneDate() {
        #expect(lint("- [x] Learn Git\n- [x] Learn Go ✅ 2026-10-01\n") == [
            "1 noDoneDate: 'Learn Git' is done but has no done date ('✅ YYYY-MM-DD'), so reviews cannot place it in time"])
        // A file ticked by hand throughout is told once.
        #expect(lint("- [x] a\n- [x] b\n- [x] c\n- [x] d\n") == [
            "1 noDoneDate: 4 done goals, from 'a' on, have no done date ('✅ YYYY-MM-DD'), so reviews cannot place them in time"])
    }

    @Test func dueDatesThatAreNoDates() {
        #expect(lint("- [ ] Ship 📅 2026-13-40\n- [ ] Fine 📅 2026-12-01\n- [ ] Vague 📅 soon\n- [ ] Short 📅 2026-1-5\n") == [
            "1 badDueDate: '📅 2026-13-40' is not a due date; write it as YYYY-MM-DD",
            "4 badDueDate: '📅 2026-1-5' is not a due date; write it as YYYY-MM-DD",
        ])
    }

    @Test func recallDatesThatAreNoDates() {
        let text = "- [x] A 🔄 2027-13-45 ✅ 2026-10-01\n- [x] B 🔄 2027-01-12 ✅ 2026-10-01\n- [x] C [recall:: soon] [completion:: 2026-10-01]\n- [x] D 🔄 off ✅ 2026-10-01\n"
        #expect(lint(text) == [
            "1 badRecallDate: '2027-13-45' is not a refresher date; write 🔄 YYYY-MM-DD, or 🔄 off to stop refreshers",
            "3 badRecallDate: 'soon' is not a refresher date; write [recall:: YYYY-MM-DD], or [recall:: off] to stop refreshers",
        ])
    }

    @Test func checkpointPastDueWithItsDateBlank() {
        let text = "# Plan\n**Start Date:** 2026-01-15\n## 3-Month Checkpoint\n**Date:** ____\n- [ ] Review\n## 6-Month Checkpoint\n**Date:** ____\n"
        #expect(lint(text, today: "2026-05-01") == ["4 checkpointDateBlank: 3-Month Checkpoint was due 2026-04-15 and its Date is blank; fill it in when it is held (roadmap review does)"])
        #expect(kinds(text, today: "2026-04-15") == [])
        #expect(kinds(text) == ["4 checkpointDateBlank", "7 checkpointDateBlank"])
        #expect(kinds(text.replacingOccurrences(of: "**Date:** ____\n- [ ]", with: "**Date:** 2026-04-20\n- [ ]")) == ["7 checkpointDateBlank"])
    }

    @Test func sameTextTwiceSideBySide() {
        #expect(lint("## S\n- [ ] Learn Go\n- [ ] learn go\n## T\n- [ ] Learn Go\n") == ["3 duplicateGoal: 'learn go' is also the goal on line 2"])
        #expect(kinds("## S\n- [ ] P1\n  - [ ] README\n- [ ] P2\n  - [ ] README\n") == [])
        #expect(kinds("**Sprint 1**\n- [ ] Quiz\n\n**Sprint 2**\n- [ ] Quiz\n") == [])
        #expect(kinds("- **Day 1**\n  - [ ] Contexts\n- **Day 2**\n  - [ ] Contexts\n") == [])
    }

    @Test func linksToLocalFilesThatDoNotExist() {
        let text = "- [ ] [Phase 2](phase-2.md)\n- [ ] [Phase 1](phase-1.md#intro)\nSee ![map](images/map.svg), [site](https://x.org/a.md), [top](#top), [Blog](link).\n`[x](code.md)`\n```\n[y](fence.md)\n```\n"
        #expect(lint(text, files: ["phase-1.md"]) == [
            "1 missingLink: link to 'phase-2.md' points nowhere",
            "3 missingLink: link to 'images/map.svg' points nowhere",
        ])
    }

    @Test func mojibakeLinesAndTheirFix() {
        let text = "# ðŸŽ¯ Goals\n- [ ] fine\n| âœ… Available |\n"
        #expect(kinds(text) == ["1 mojibake", "3 mojibake"])
        #expect(lint(text)[0] == "1 mojibake: mojibake: 'ðŸŽ¯' should read '🎯' (UTF-8 read as Windows-1252 and saved again; fix with: roadmap lint --fix-encoding)")
        let fixes = MojibakeLines.fixes(Array(text.utf8))
        #expect(fixes.count == 2)
        #expect(String(decoding: fixes.applied(to: Array(text.utf8)), as: UTF8.self) == "# 🎯 Goals\n- [ ] fine\n| ✅ Available |\n")
        #expect(MojibakeLines.fixes(Array("café\r\n".utf8)).isEmpty)
    }

    @Test func aCleanFileHasNothing() {
        #expect(kinds("# Plan\n**Start Date:** 2026-01-15\n## Skills (Month 1)\n- [ ] Learn Go\n- [x] Learn Git ✅ 2026-02-01\n") == [])
    }
}
