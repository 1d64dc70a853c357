import JSONText
import LanguageServer
import LanguageServerProtocol
import Testing

/// The code actions that write more than a goal's box, each with its exact JSON: a sub-goal as
/// `roadmap add 'New goal' --under N` writes it, a plain bullet made a goal as `roadmap adopt`
/// makes it, an option chosen as `roadmap select` chooses it. Each action is picked out of the
/// answer by its title, so a test does not restate the state changes the line also offers.
@Suite struct EditActionTests {
    static let uri = "file:///r.md"
    static let text = """
    # Plan

    ## Goals

    - [ ] Learn Swift
      - [ ] Basics
    - [x] Ship it

    ## Next steps

    - Write the docs
    - Read more

    **Status:** [ ] Planned [x] Active [ ] Done

    """

    /// The actions offered on lines `from`...`to` (a cursor when they are equal), by title, as
    /// compact JSON text.
    static func actions(_ harness: inout ServerHarness, _ from: (Int, Int), _ to: (Int, Int), id: Int = 1) throws -> [String: String] {
        let answer = harness.request(id, "textDocument/codeAction", CodeActionTests.params(from, to))
        let result = try #require(try JSONValue(parsing: answer[0])["result"]?.array)
        var byTitle: [String: String] = [:]
        for action in result { byTitle[action["title"]?.string ?? ""] = action.serializedText }
        return byTitle
    }

    static func opened(text: String = EditActionTests.text) -> ServerHarness {
        CodeActionTests.opened(text: text)
    }

    @Test func aSubGoalGoesAfterTheLastChildWithAPlaceholderText() throws {
        var harness = Self.opened()
        let actions = try Self.actions(&harness, (4, 3), (4, 3))
        #expect(actions["Add a sub-goal"] == CodeActionTests.action("Add a sub-goal", [CodeActionTests.edit(6, 0, 0, "  - [ ] New goal\\n")]))
    }

    @Test func aGoalWithoutChildrenGetsItsFirstSubGoalIndentedToItsText() throws {
        var harness = Self.opened()
        let actions = try Self.actions(&harness, (6, 0), (6, 0))
        #expect(actions["Add a sub-goal"] == CodeActionTests.action("Add a sub-goal", [CodeActionTests.edit(7, 0, 0, "  - [ ] New goal\\n")]))
    }

    /// A selection of several goals has no one goal to add under.
    @Test func noSubGoalForASelectionOfGoals() throws {
        var harness = Self.opened()
        let actions = try Self.actions(&harness, (4, 0), (6, 3))
        #expect(actions["Add a sub-goal"] == nil)
        #expect(actions["Start 3 goals"] != nil)
    }

    @Test func aPlainBulletUnderAGoalLikeHeadingBecomesAGoal() throws {
        var harness = Self.opened()
        let actions = try Self.actions(&harness, (10, 5), (10, 5))
        #expect(actions == ["Turn this bullet into a goal": CodeActionTests.action("Turn this bullet into a goal", [CodeActionTests.edit(10, 2, 2, "[ ] ")])])
        let both = try Self.actions(&harness, (10, 0), (11, 4), id: 2)
        #expect(both == ["Turn 2 bullets into goals": CodeActionTests.action("Turn 2 bullets into goals", [CodeActionTests.edit(10, 2, 2, "[ ] "), CodeActionTests.edit(11, 2, 2, "[ ] ")])])
    }

    /// A bullet `roadmap adopt` leaves alone (under a heading that names no goals) is offered
    /// nothing; a file of plain bullets alone, with no goal yet, is offered the adoption (it is
    /// what adopt is for).
    @Test func adoptionFollowsTheCommandsHeadings() throws {
        var notes = Self.opened(text: "# Notes\n\n- a thought\n")
        #expect(try Self.actions(&notes, (2, 0), (2, 0)) == [:])
        var plain = Self.opened(text: "# Plan\n\n## Milestones\n\n1. Ship v1\n2. Ship v2\n")
        #expect(try Self.actions(&plain, (5, 0), (5, 0)) == ["Turn this bullet into a goal": CodeActionTests.action("Turn this bullet into a goal", [CodeActionTests.edit(5, 3, 3, "[ ] ")])])
    }

    /// One action per option that is not already the one chosen; only the boxes' state bytes change.
    @Test func eachOptionOfAChoiceIsAnAction() throws {
        var harness = Self.opened()
        let actions = try Self.actions(&harness, (13, 2), (13, 2))
        #expect(actions == [
            "Choose Planned": CodeActionTests.action("Choose Planned", [CodeActionTests.edit(13, 13, 14, "x"), CodeActionTests.edit(13, 25, 26, " ")]),
            "Choose Done": CodeActionTests.action("Choose Done", [CodeActionTests.edit(13, 25, 26, " "), CodeActionTests.edit(13, 36, 37, "x")]),
        ])
    }

    /// Outside a git work tree the stamp is offered on no goal, and the log says why once, not on
    /// every request.
    @Test func noStampOutsideGitAndOneLogLine() throws {
        var harness = Self.opened()
        let first = harness.request(1, "textDocument/codeAction", CodeActionTests.params((6, 0), (6, 0)))
        #expect(first.count == 2)
        #expect(first.dropFirst().first?.contains(#""method":"window/logMessage""#) == true)
        #expect(first.dropFirst().first?.contains("not in a git work tree") == true, "\(first)")
        #expect(first[0].contains("Stamp") == false)
        let second = harness.request(2, "textDocument/codeAction", CodeActionTests.params((6, 0), (6, 0)))
        #expect(second.count == 1)
    }
}
