import Foundation
import Testing
@testable import RoadmapKit

/// `add`: one insertion that copies the list it joins.
@Suite struct AddingTests {
    /// The file after adding `text` to the section titled `section` (or under the goal with
    /// that text), and the new goal's line.
    func add(_ markdown: String, _ text: String, section: String? = nil, under: String? = nil, due: String? = nil) throws -> (String, Int) {
        let r = roadmap(markdown)
        let place: GoalAddition.Place
        if let under {
            place = .under(goal: try #require(r.goals.indices.first { r.text(of: $0) == under }))
        } else if let section {
            place = .section(try #require(r.sections.indices.first { r.text(r.sections[$0].titleRange) == section }))
        } else {
            place = .section(try #require(r.sectionForAdding))
        }
        let addition = try #require(r.addition(of: text, at: place, due: due.flatMap { CivilDate(iso: $0) }))
        return (String(decoding: addition.edits.applied(to: r.bytes), as: UTF8.self), addition.line)
    }

    static let plan = "# Plan\n\n## Skills\n- [ ] A\n- [x] B\n\n## Projects\n- [ ] C\n"

    @Test func atTheEndOfTheSectionsList() throws {
        let (text, line) = try add(Self.plan, "New", section: "Skills")
        #expect(text == "# Plan\n\n## Skills\n- [ ] A\n- [x] B\n- [ ] New\n\n## Projects\n- [ ] C\n")
        #expect(line == 6)
    }

    @Test func withoutASectionTheLastSectionWithGoals() throws {
        #expect(try add(Self.plan, "New").0 == Self.plan + "- [ ] New\n")
        // A checkpoint's checklist is not where new goals go.
        let withCheckpoint = Self.plan + "\n## 3-Month Checkpoint\n- [ ] Review\n"
        #expect(try add(withCheckpoint, "New").0 == Self.plan + "- [ ] New\n\n## 3-Month Checkpoint\n- [ ] Review\n")
    }

    @Test func crlfLinesGetCRLF() throws {
        let crlf = Self.plan.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try add(crlf, "New", section: "Skills").0 == "# Plan\r\n\r\n## Skills\r\n- [ ] A\r\n- [x] B\r\n- [ ] New\r\n\r\n## Projects\r\n- [ ] C\r\n")
    }

    @Test func noFinalNewlineStaysSo() throws {
        #expect(try add("## S\n- [ ] A", "New").0 == "## S\n- [ ] A\n- [ ] New")
        #expect(try add("## S\r\n- [ ] A", "New").0 == "## S\r\n- [ ] A\r\n- [ ] New")
    }

    @Test func numberedListsNumberOn() throws {
        #expect(try add("## S\n1. [ ] A\n2. [x] B\n", "New").0 == "## S\n1. [ ] A\n2. [x] B\n3. [ ] New\n")
        #expect(try add("## S\n1) [ ] A\n2) [ ] B\n", "New").0 == "## S\n1) [ ] A\n2) [ ] B\n3) [ ] New\n")
        #expect(try add("## S\n9. [ ] A\n", "New").0 == "## S\n9. [ ] A\n10. [ ] New\n")
    }

    @Test func markerIndentationAndSpacingAreCopied() throws {
        #expect(try add("## S\n* [ ] A\n", "New").0 == "## S\n* [ ] A\n* [ ] New\n")
        #expect(try add("## S\n- Learn:\n  + [ ] A\n", "New").0 == "## S\n- Learn:\n  + [ ] A\n  + [ ] New\n")
        #expect(try add("## S\n-  [ ] A\n", "New").0 == "## S\n-  [ ] A\n-  [ ] New\n")
    }

    @Test func tabsStayTabs() throws {
        let tabbed = "## S\n- Learn:\n\t- [ ] A\n\t\t- [ ] A1\n\t- [ ] B\n"
        #expect(try add(tabbed, "New").0 == tabbed + "\t- [ ] New\n")
        #expect(try add(tabbed, "New", under: "A").0 == "## S\n- Learn:\n\t- [ ] A\n\t\t- [ ] A1\n\t\t- [ ] New\n\t- [ ] B\n")
        #expect(try add(tabbed, "New", under: "B").0 == tabbed + "\t\t- [ ] New\n")
    }

    @Test func afterTheWholeLastItemNestedGoalsAndContinuationsIncluded() throws {
        let nested = "## S\n- [ ] A\n  - [ ] A1\n  - [ ] A2\n    more of A2\n\nText after.\n"
        #expect(try add(nested, "New").0 == "## S\n- [ ] A\n  - [ ] A1\n  - [ ] A2\n    more of A2\n- [ ] New\n\nText after.\n")
        #expect(try add(nested, "New", under: "A").0 == "## S\n- [ ] A\n  - [ ] A1\n  - [ ] A2\n    more of A2\n  - [ ] New\n\nText after.\n")
        #expect(try add(nested, "New", under: "A1").0 == "## S\n- [ ] A\n  - [ ] A1\n    - [ ] New\n  - [ ] A2\n    more of A2\n\nText after.\n")
        #expect(try add("## S\n1. [ ] A\n", "New", under: "A").0 == "## S\n1. [ ] A\n   - [ ] New\n")
    }

    @Test func plainItemsOfTheSameListComeFirst() throws {
        #expect(try add("## S\n- [ ] A\n- a note\n  more\n\nAfter\n", "New").0 == "## S\n- [ ] A\n- a note\n  more\n- [ ] New\n\nAfter\n")
    }

    @Test func aLooseListGetsABlankLine() throws {
        #expect(try add("## S\n- [ ] A\n\n- [ ] B\n\n## T\n", "New", section: "S").0 == "## S\n- [ ] A\n\n- [ ] B\n\n- [ ] New\n\n## T\n")
    }

    @Test func aSectionWithoutGoalsGetsANewList() throws {
        #expect(try add("## Empty\n\n## Next\n- [ ] x\n", "New", section: "Empty").0 == "## Empty\n\n- [ ] New\n\n## Next\n- [ ] x\n")
        #expect(try add("## Empty\n## Next\n", "New", section: "Empty").0 == "## Empty\n\n- [ ] New\n\n## Next\n")
        #expect(try add("# Plan\n## Empty", "New", section: "Empty").0 == "# Plan\n## Empty\n\n- [ ] New")
        #expect(try add("## S\nWhat this is about.\n\n### Sub\n", "New", section: "S").0 == "## S\nWhat this is about.\n\n- [ ] New\n\n### Sub\n")
        #expect(try add("Setext\n======\n", "New", section: "Setext").0 == "Setext\n======\n\n- [ ] New\n")
        #expect(try add("## S\r\n", "New", section: "S").0 == "## S\r\n\r\n- [ ] New\r\n")
    }

    @Test func dueDateIsTheObsidianSignifier() throws {
        let (text, _) = try add(Self.plan, "New", section: "Skills", due: "2026-12-31")
        #expect(text.contains("- [ ] New 📅 2026-12-31\n"))
        let r = roadmap(text)
        let schedule = Schedule(Tracking(r), today: CivilDate(iso: "2026-11-22")!)
        #expect(schedule.goalDue[2] == CivilDate(iso: "2026-12-31"))
    }

    @Test func nothingWhereTheMarkdownWouldNotReadAGoal() {
        let r = roadmap("## S\n<!--\nnotes\n")
        #expect(r.addition(of: "New", at: .section(1)) == nil)
    }
}
