import JSONText
import LanguageServer
import LanguageServerProtocol
import Testing

/// "Add a sub-goal" and the adoption cost a parse or an addition each, for an action the person
/// may never pick. A client that resolves a code action's `edit` (`codeAction.resolveSupport`
/// with `edit`, and `dataSupport`) gets them without their edit and computes it on
/// `codeAction/resolve`; the edit is the one it would have got at once. Other clients get the
/// edit at once, as before (EditActionTests).
@Suite struct CodeActionResolveTests {
    static let resolving: JSONValue = ["textDocument": ["codeAction": ["dataSupport": true, "resolveSupport": ["properties": ["edit"]]]]]

    static func opened(_ capabilities: JSONValue = resolving) -> ServerHarness {
        var harness = ServerHarness()
        harness.initialize(capabilities)
        _ = harness.open(CodeActionTests.uri, EditActionTests.text)
        return harness
    }

    /// The actions on a line, by title, as JSON values.
    static func actions(_ harness: inout ServerHarness, _ at: (Int, Int), id: Int) throws -> [String: JSONValue] {
        let answer = harness.request(id, "textDocument/codeAction", CodeActionTests.params(at, at))
        let result = try #require(try JSONValue(parsing: answer[0])["result"]?.array)
        var byTitle: [String: JSONValue] = [:]
        for action in result { byTitle[action["title"]?.string ?? ""] = action }
        return byTitle
    }

    @Test func theServerSaysItResolvesOnlyToAClientThatDoes() {
        var resolving = ServerHarness()
        #expect(resolving.initialize(Self.resolving).first?.contains(#""codeActionProvider":{"codeActionKinds":["quickfix","refactor.rewrite"],"resolveProvider":true}"#) == true)
        var plain = ServerHarness()
        #expect(plain.initialize().first?.contains(#""codeActionProvider":{"codeActionKinds":["quickfix","refactor.rewrite"]}"#) == true)
    }

    @Test func aSubGoalIsResolvedToTheEditItWouldHaveHad() throws {
        var harness = Self.opened()
        let actions = try Self.actions(&harness, (4, 3), id: 1)
        let subGoal = try #require(actions["Add a sub-goal"])
        #expect(subGoal["edit"] == nil && subGoal["data"] != nil, "\(subGoal.serializedText)")
        // The state changes are cheap: they keep their edit.
        #expect(actions["Start goal"]?["edit"] != nil)
        let resolved = harness.request(2, "codeAction/resolve", subGoal)
        let expected = try JSONValue(parsing: CodeActionTests.subGoal(6))
        let got = try #require(try JSONValue(parsing: resolved[0])["result"])
        #expect(got["title"] == expected["title"] && got["kind"] == expected["kind"])
        #expect(got["edit"] == expected["edit"], "\(resolved)")
    }

    @Test func anAdoptionIsResolvedToTheEditItWouldHaveHad() throws {
        var harness = Self.opened()
        let adopt = try #require(try Self.actions(&harness, (10, 5), id: 1)["Turn this bullet into a goal"])
        #expect(adopt["edit"] == nil && adopt["data"] != nil, "\(adopt.serializedText)")
        let resolved = harness.request(2, "codeAction/resolve", adopt)
        let got = try #require(try JSONValue(parsing: resolved[0])["result"])
        let expected = try JSONValue(parsing: CodeActionTests.action("Turn this bullet into a goal", [CodeActionTests.edit(10, 2, 2, "[ ] ")]))
        #expect(got["edit"] == expected["edit"], "\(resolved)")
    }

    /// Offered from the headings alone, the adoption still follows the command's headings: a
    /// bullet under a heading that names no goals is offered nothing.
    @Test func aBulletAdoptLeavesAloneIsOfferedNothing() throws {
        var harness = ServerHarness()
        harness.initialize(Self.resolving)
        _ = harness.open(CodeActionTests.uri, "# Notes\n\n- a thought\n")
        #expect(try Self.actions(&harness, (2, 0), id: 1).isEmpty)
    }

    /// The document moved on between the two requests: the action's lines may hold something else
    /// now, so the resolve is refused as the specification names it (ContentModified).
    @Test func aDocumentChangedSinceIsContentModified() throws {
        var harness = Self.opened()
        let subGoal = try #require(try Self.actions(&harness, (4, 3), id: 1)["Add a sub-goal"])
        let insert: JSONValue = [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "\n"]]
        _ = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(CodeActionTests.uri), "version": 2], "contentChanges": insert])
        let answer = harness.request(2, "codeAction/resolve", subGoal)
        #expect(answer.first?.contains(#""error":{"code":-32801"#) == true, "\(answer)")
    }

    /// Without the client's support, the edit comes at once (today's answer, unchanged).
    @Test func withoutSupportTheEditComesAtOnce() throws {
        var harness = Self.opened([:])
        let subGoal = try #require(try Self.actions(&harness, (4, 3), id: 1)["Add a sub-goal"])
        #expect(subGoal.serializedText == CodeActionTests.subGoal(6))
    }
}
