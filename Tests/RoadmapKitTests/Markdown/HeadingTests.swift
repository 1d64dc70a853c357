import Testing
@testable import RoadmapKit

/// Headings form the section tree that status reports on.
struct HeadingTests {
    @Test func sectionTree() {
        let r = roadmap("""
        # Title
        ## A
        - [x] one
        ### A1
        - [ ] two
        ## B ##
        - [/] three

        """)
        #expect(r.title == "Title")
        #expect(r.sections.map(\.level) == [0, 1, 2, 3, 2])
        #expect(r.sections.map(\.parentIndex) == [nil, 0, 1, 2, 1])
        #expect(r.text(r.sections[4].titleRange) == "B")
        #expect(r.goals.map(\.sectionIndex) == [2, 3, 4])
        #expect(r.sections[2].goals.total == 2)
        #expect(r.sections[2].ownGoals.total == 1)
        #expect(r.sections[1].goals.done == 1)
        #expect(r.sections[1].goals.inProgress == 1)
        #expect(r.topSections == [2, 4])
    }

    @Test func setextHeadings() {
        let r = roadmap("Title\n=====\n\nPart\n----\n- [ ] goal\n")
        #expect(r.sections.dropFirst().map { r.text($0.titleRange) } == ["Title", "Part"])
        #expect(r.sections.dropFirst().map(\.level) == [1, 2])
        #expect(r.goals[0].sectionIndex == 2)
    }

    @Test(arguments: ["#NoSpace", "####### seven", "    # indented code", "\\# escaped"])
    func notHeadings(line: String) {
        #expect(roadmap(line + "\n").sections.count == 1)
    }

    /// `### #` is an empty heading: the `#` is a closing sequence (cmark-gfm agrees).
    @Test func emptyHeadingAndClosingHashes() {
        let r = roadmap("#\n## Title ###   \n### # \n")
        #expect(r.sections.dropFirst().map { r.text($0.titleRange) } == ["", "Title", ""])
    }

    @Test func headingsInsideListsAreNotSections() {
        let r = roadmap("- # in a list\n> # in a quote\n")
        #expect(r.sections.count == 1)
    }

    @Test func thematicBreakIsNotASetextUnderlineAfterABlankLine() {
        let r = roadmap("text\n\n---\n- [ ] goal\n")
        #expect(r.sections.count == 1)
        #expect(r.goals.count == 1)
    }

    /// A table is not a paragraph: `---` under it is a thematic break (cmark-gfm agrees).
    @Test func dashesUnderATableAreNotAHeading() {
        #expect(roadmap("| a | b |\n|---|:-:|\n| 1 | 2 |\n---\n- [ ] x\n").sections.count == 1)
        #expect(roadmap("a | b\n--- | ---\n---\n").sections.count == 1)
        // Cell counts differ: not a table, so the dashes underline a two-line paragraph.
        #expect(roadmap("| a | b |\n|---|\n---\n").sections.count == 2)
    }

    @Test func goalsBeforeAnyHeadingBelongToTheDocument() {
        let r = roadmap("- [ ] early\n# Later\n")
        #expect(r.goals[0].sectionIndex == 0)
        #expect(r.sections[0].ownGoals.total == 1)
    }
}
