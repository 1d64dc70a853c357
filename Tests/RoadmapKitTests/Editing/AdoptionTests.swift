import Foundation
import Testing
@testable import RoadmapKit

/// adopt: plain bullets under goal-like headings become goals, by inserting `[ ] ` and nothing else.
@Suite struct AdoptionTests {
    func adopted(_ text: String, names: [String] = []) -> String {
        let r = roadmap(text)
        return String(decoding: Adoption(r, names: names).allEdits.applied(to: r.bytes), as: UTF8.self)
    }

    @Test func bulletsUnderGoalLikeHeadingsBecomeGoals() {
        #expect(adopted("## Year 1 Targets\n- Pass an exam (Month 3)\n* Lead a team\n+ Ship\n1. First\n2) Second\n")
            == "## Year 1 Targets\n- [ ] Pass an exam (Month 3)\n* [ ] Lead a team\n+ [ ] Ship\n1. [ ] First\n2) [ ] Second\n")
    }

    @Test func namesAreReadAsInIs() {
        let text = "# Plan\n## Reading\n### Later\n- a\n## Writing\n### Later\n- b\n"
        #expect(adopted(text, names: ["writing > later"]) == "# Plan\n## Reading\n### Later\n- a\n## Writing\n### Later\n- [ ] b\n")
        #expect(adopted(text, names: [" *Reading* "]) == "# Plan\n## Reading\n### Later\n- [ ] a\n## Writing\n### Later\n- b\n")
        #expect(Adoption(roadmap(text), names: ["reading > writing"]).unmatchedNames == ["reading > writing"])
    }

    @Test(arguments: ["Goals", "Milestones", "Foundation Phase (Months 1-12)", "6-Month Checkpoint", "Year 2 TARGETS"])
    func keywordsMatchHeadings(heading: String) {
        #expect(adopted("## \(heading)\n- x\n") == "## \(heading)\n- [ ] x\n")
    }

    // Issue 25, item 15: what adopt leaves alone, and the choice it writes.

    @Test func aChooseOneListBecomesAChoice() {
        let text = "## Phase 2\n### Alternative Paths (Choose One Focus)\n\n**Path 1: IC**\n- Deep\n\n**Path 2: Management**\n- People\n"
        #expect(adopted(text) == "## Phase 2\n### Alternative Paths (Choose One Focus)\n\n**Choice:** [ ] Path 1: IC [ ] Path 2: Management\n\n"
            + "**Path 1: IC**\n- Deep\n\n**Path 2: Management**\n- People\n")
        #expect(adopted("## Goals\n### Pick one\n- Go\n- Rust\n") == "## Goals\n### Pick one\n**Choice:** [ ] Go [ ] Rust\n\n- Go\n- Rust\n")
        #expect(Adoption(roadmap(text)).items.isEmpty)
        // Outside a goal-like part of the plan, a choose-one heading is left as it is.
        #expect(adopted("## Notes\n### Pick one\n- Go\n- Rust\n") == "## Notes\n### Pick one\n- Go\n- Rust\n")
    }

    @Test func labelValueBulletsStayButStepsByWhenAreGoals() {
        #expect(adopted("## Year 3 Targets\n- **Team Size**: 20-30 engineers\n- Team Size: 20-30\n1. **Today**: open an account\n- **Month 2**: learn Go\n- Ship v1\n")
            == "## Year 3 Targets\n- **Team Size**: 20-30 engineers\n- Team Size: 20-30\n1. [ ] **Today**: open an account\n- [ ] **Month 2**: learn Go\n- [ ] Ship v1\n")
    }

    @Test func listsUnderDescriptiveTitlesStay() {
        #expect(adopted("## Milestones\n**What This Demonstrates**:\n- LLM integration\n\n**Tasks**:\n- Build it\n### Tech Stack\n- Go\n")
            == "## Milestones\n**What This Demonstrates**:\n- LLM integration\n\n**Tasks**:\n- [ ] Build it\n### Tech Stack\n- Go\n")
        // Asked for by name, a descriptive heading is adopted.
        #expect(adopted("## Tech Stack\n- Go\n", names: ["Tech Stack"]) == "## Tech Stack\n- [ ] Go\n")
    }

    @Test func tickMarksBecomeOpenGoals() {
        #expect(adopted("### Year 1 Targets\n- ✅ AWS certification\n- ✅️  Emoji variant\n- ✅\n")
            == "### Year 1 Targets\n- [ ] AWS certification\n- [ ] Emoji variant\n- ✅\n")
    }

    @Test func subsectionsInheritAndOtherSectionsAreLeftAlone() {
        let text = "# Plan\n- top\n## Milestones\n### Q1\n- a\n  - nested\n## Notes\n- b\n"
        #expect(adopted(text) == "# Plan\n- top\n## Milestones\n### Q1\n- [ ] a\n  - [ ] nested\n## Notes\n- b\n")
        #expect(adopted(text, names: ["notes"]) == "# Plan\n- top\n## Milestones\n### Q1\n- [ ] a\n  - [ ] nested\n## Notes\n- [ ] b\n")
        #expect(Adoption(roadmap(text), names: ["Nope", "notes"]).unmatchedNames == ["Nope"])
    }

    @Test func codeQuotesTablesProseFieldsAndTasksAreNeverTouched() {
        let text = """
        ## Goals
        Prose that mentions - a dash
        continues here.

        ```
        - in a fence
        ```

            - indented code

        > - quoted bullet

        | - | table |
        |---|---|

        - [ ] already a goal
        - [x] done goal
        - [/] started
        - Degree: ______
        - Status: [ ] Not Started [ ] Done
        <!--
        - in a comment
        -->
        - a real one
        - continued
        lazily

        """
        let result = adopted(text)
        #expect(result == text.replacingOccurrences(of: "- a real one", with: "- [ ] a real one")
            .replacingOccurrences(of: "- continued", with: "- [ ] continued"))
    }

    /// Seed 004 is the director plan: targets as ✅ bullets, phases as plain bullets.
    @Test func directorSeedBecomesTrackableWithOnlyBoxesInserted() throws {
        let url = BundledTemplateTests.seedsDirectory
        guard BundledTemplateTests.isDirectory(url) else {
            print("SKIP: director seed adoption not run: \(url.standardized.path) does not exist")
            return
        }
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: url.path).first { $0.hasPrefix("004_") })
        let original = try BundledTemplateTests.bytes(of: url.appendingPathComponent(name))
        let before = Roadmap(parsing: original)
        #expect(before.goals.isEmpty)
        let adoption = Adoption(before)
        let bytes = adoption.allEdits.applied(to: original)
        let after = Roadmap(parsing: bytes)
        // Both tracks, the Management Track with no --in (its headings name periods: `(Year 1)`),
        // the targets and checkpoints. The timeline's `- **Team Size**: 20-30 engineers` items
        // describe each stage and stay (issue 25, item 15: 82 goals before, 20 of them those).
        #expect(after.goals.count == 62)
        #expect(after.goals.allSatisfy { $0.state == .open })
        #expect(after.goals.map(\.line) == adoption.items.map(\.line))
        #expect(after.sections.dropFirst().filter { $0.ownGoals.total > 0 }.count == 14)
        #expect((0..<after.goals.count).contains { after.text(of: $0).contains("(Month 3)") })
        // Taking the boxes out again, and putting ✅ back where one was, gives the original bytes.
        var restored = String(decoding: bytes, as: UTF8.self)
        let tickLines = Set(String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().filter { $0.element.hasPrefix("- ✅ ") }.map { $0.offset })
        restored = restored.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            guard line.contains("[ ] ") else { return String(line) }
            return line.replacingOccurrences(of: "[ ] ", with: tickLines.contains(index) ? "✅ " : "")
        }.joined(separator: "\n")
        #expect(Array(restored.utf8) == original)
        #expect(Adoption(after).edits.isEmpty, "adopting twice changes nothing")
    }
}
