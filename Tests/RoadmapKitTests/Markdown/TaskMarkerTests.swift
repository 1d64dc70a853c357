import Testing
@testable import RoadmapKit

/// Every spelling of a task list item the issue and the corpus use, and the look-alikes that are not.
struct TaskMarkerTests {
    @Test(arguments: [
        ("- [ ] a", GoalState.open), ("- [x] a", .done), ("- [X] a", .done), ("* [ ] a", .open), ("+ [x] a", .done),
        ("1. [ ] a", .open), ("12) [x] a", .done), ("-   [ ] a", .open), ("-\t[ ] a", .open), ("- [/] a", .inProgress),
        ("- [-] a", .cancelled), ("- [>] a", .other), ("- [?] a", .other), ("- [~] a", .other), ("- [“] a", .other),
        ("   - [ ] a", .open), ("- [ ]\ta", .open),
    ])
    func recognisedSpellings(line: String, state: GoalState) {
        let found = goals(line + "\n")
        #expect(found.count == 1)
        #expect(found.first?.state == state)
        #expect(found.first?.text == "a")
    }

    /// Whitespace after the box and nothing else: a goal with no text (`- [ ]` alone is not one,
    /// see DoneDateTests.boxNeedsWhitespaceAfterIt).
    @Test(arguments: ["- [ ] ", "- [x]\t", "- [ ]  ", "* [/] "])
    func emptyGoalAtEndOfLine(line: String) {
        #expect(goals(line).count == 1)
        #expect(goals(line + "\r\n").count == 1)
        #expect(goals(line).first?.text == "")
    }

    @Test(arguments: [
        "- [ ]text",                                  // no space after the box
        "- [C](https://github.com/jwasham/practice-c)", // a link, not a state
        "- []",                                       // no state character
        "- [  ] two spaces",
        "- [\t] tab inside",
        "[ ] Day 1 - Lists",                          // no list marker
        "**Status:** [ ] Not Started [x] In Progress", // inline option group
        "-     [ ] five spaces make indented code",
        "- a [ ] later on the line",
        "| [ ] | Complete |",                         // table cell
        "<!-- change [ ] to [x] -->",
        "-[ ] no space after the bullet",
        "1.[ ] no space after the dot",
        "- [[] bracket state",
        "- []] bracket state",
    ])
    func lookAlikesAreNotGoals(line: String) {
        #expect(goals(line + "\n") == [])
    }

    @Test func markerBytesAreKept() {
        let r = roadmap("- [“] quote state\n")
        #expect(r.text(r.goals[0].markerRange) == "“")
        #expect(r.goals[0].boxRange == 2..<7)
    }

    @Test func invalidUTF8StateIsNotAGoal() {
        let r = Roadmap(parsing: Array("- [".utf8) + [0xFF] + Array("] x\n".utf8))
        #expect(r.goals.isEmpty)
    }
}
