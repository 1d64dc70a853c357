import JSONText
import LanguageServer
import LanguageServerProtocol
import Testing

/// Code actions on a goal's line or a selection, with the exact JSON: the state changes the
/// commands make, each the fewest characters, and the mojibake quick fix tied to its diagnostic.
@Suite struct CodeActionTests {
    static let uri = "file:///r.md"

    static func params(_ from: (Int, Int), _ to: (Int, Int), diagnostics: [JSONValue] = [], only: [String]? = nil) -> JSONValue {
        var context = JSONObject()
        context["diagnostics"] = .array(diagnostics)
        if let only { context["only"] = .array(only.map { .string($0) }) }
        return ["textDocument": ["uri": .string(uri)],
                "range": ["start": ["line": .number(JSONNumber(from.0)), "character": .number(JSONNumber(from.1))],
                          "end": ["line": .number(JSONNumber(to.0)), "character": .number(JSONNumber(to.1))]],
                "context": .object(context)]
    }

    static func opened(_ capabilities: JSONValue = [:], text: String = DiagnosticsTests.text) -> ServerHarness {
        var harness = ServerHarness()
        harness.initialize(capabilities)
        _ = harness.open(uri, text)
        return harness
    }

    static func edit(_ line: Int, _ from: Int, _ to: Int, _ text: String) -> String {
        #"{"range":{"start":{"line":\#(line),"character":\#(from)},"end":{"line":\#(line),"character":\#(to)}},"newText":"\#(text)"}"#
    }

    static func action(_ title: String, kind: String = "refactor.rewrite", _ edits: [String]) -> String {
        #"{"title":"\#(title)","kind":"\#(kind)","edit":{"changes":{"\#(uri)":[\#(edits.joined(separator: ","))]}}}"#
    }

    /// "Add a sub-goal", as `roadmap add 'New goal' --under N` writes it, inserted at `line`, `character`.
    static func subGoal(_ line: Int, _ character: Int = 0, _ text: String = "  - [ ] New goal\\n") -> String {
        action("Add a sub-goal", [edit(line, character, character, text)])
    }

    static func answer(_ id: Int, _ actions: [String]) -> [String] {
        [#"{"jsonrpc":"2.0","id":\#(id),"result":[\#(actions.joined(separator: ","))]}"#]
    }

    @Test func anOpenGoalChecksWithTodaysDateStartsAndCancels() {
        var harness = Self.opened()
        #expect(harness.request(1, "textDocument/codeAction", Self.params((4, 0), (4, 0))) == Self.answer(1, [
            Self.action("Check goal", [Self.edit(4, 3, 4, "x"), Self.edit(4, 27, 27, " ✅ 2026-12-07")]),
            Self.action("Start goal", [Self.edit(4, 3, 4, "/")]),
            Self.action("Cancel goal", [Self.edit(4, 3, 4, "-"), Self.edit(4, 27, 27, " ❌ 2026-12-07")]),
            Self.subGoal(5),
        ]))
    }

    /// `roadmap check` refuses a goal whose recurrence rule it cannot read (it would tick it and
    /// lose the next occurrence); the editor offered "Check goal" on it all the same. The rule
    /// lives in the library (`Roadmap.refusesCheck`), so both front ends now ask it.
    @Test func anUnreadRecurrenceOffersNoCheck() {
        var harness = Self.opened(text: "- [ ] Odd 🔁 every blue moon\n- [ ] Weekly 🔁 every week\n")
        let odd = harness.request(1, "textDocument/codeAction", Self.params((0, 3), (0, 3))).joined()
        #expect(!odd.contains("Check goal") && odd.contains("Start goal"), "\(odd)")
        let weekly = harness.request(2, "textDocument/codeAction", Self.params((1, 3), (1, 3))).joined()
        #expect(weekly.contains("Check goal"), "\(weekly)")
    }

    @Test func aDoneGoalUnchecksAndLosesItsDate() {
        var harness = Self.opened(text: "- [x] Done ✅ 2026-12-01\n- [/] Going\n")
        #expect(harness.request(1, "textDocument/codeAction", Self.params((0, 5), (0, 5))) == Self.answer(1, [
            Self.action("Uncheck goal", [Self.edit(0, 3, 4, " "), Self.edit(0, 10, 23, "")]),
            Self.action("Start goal", [Self.edit(0, 3, 4, "/"), Self.edit(0, 10, 23, "")]),
            Self.action("Cancel goal", [Self.edit(0, 3, 4, "-"), Self.edit(0, 10, 23, ""), Self.edit(0, 23, 23, " ❌ 2026-12-07")]),
            Self.subGoal(1),
        ]))
        #expect(harness.request(2, "textDocument/codeAction", Self.params((1, 0), (1, 0))) == Self.answer(2, [
            Self.action("Check goal", [Self.edit(1, 3, 4, "x"), Self.edit(1, 11, 11, " ✅ 2026-12-07")]),
            Self.action("Cancel goal", [Self.edit(1, 3, 4, "-"), Self.edit(1, 11, 11, " ❌ 2026-12-07")]),
            Self.action("Reopen goal", [Self.edit(1, 3, 4, " ")]),
            Self.subGoal(2),
        ]))
    }

    /// A selection covers the goals of its lines; one that ends at the start of a line leaves that
    /// line out.
    @Test func aSelectionChangesEveryGoalItCovers() {
        var harness = Self.opened()
        #expect(harness.request(1, "textDocument/codeAction", Self.params((5, 4), (7, 0))) == Self.answer(1, [
            Self.action("Check goal", [Self.edit(6, 3, 4, "x"), Self.edit(6, 24, 24, " ✅ 2026-12-07")]),
            Self.action("Uncheck goal", [Self.edit(5, 3, 4, " ")]),
            Self.action("Start 2 goals", [Self.edit(5, 3, 4, "/"), Self.edit(6, 3, 4, "/")]),
            Self.action("Cancel 2 goals", [Self.edit(5, 3, 4, "-"), Self.edit(5, 23, 23, " ❌ 2026-12-07"), Self.edit(6, 3, 4, "-"), Self.edit(6, 24, 24, " ❌ 2026-12-07")]),
        ]) + [#"{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":3,"message":"No 'Stamp done date from git': /r.md is not in a git work tree"}}"#])
    }

    @Test func theMojibakeFixIsAQuickFixOfItsDiagnostic() throws {
        var harness = Self.opened()
        let diagnostic = try JSONValue(parsing: DiagnosticsTests.mojibake)
        #expect(harness.request(1, "textDocument/codeAction", Self.params((9, 12), (9, 12), diagnostics: [diagnostic], only: ["quickfix"])) == Self.answer(1, [
            #"{"title":"Fix mojibake on this line","kind":"quickfix","diagnostics":[\#(DiagnosticsTests.mojibake)],"isPreferred":true,"edit":{"changes":{"\#(Self.uri)":[\#(Self.edit(9, 10, 14, "🎯"))]}}}"#,
        ]))
    }

    @Test func noGoalNoAction() {
        var harness = Self.opened()
        #expect(harness.request(1, "textDocument/codeAction", Self.params((0, 0), (3, 0))) == Self.answer(1, []))
        #expect(harness.request(2, "textDocument/codeAction", Self.params((4, 0), (4, 0), only: ["quickfix"])) == Self.answer(2, []))
    }

    /// A client that takes `documentChanges` gets the version the edits were computed for.
    @Test func versionedEditsWhenTheClientTakesThem() {
        var harness = Self.opened(["workspace": ["workspaceEdit": ["documentChanges": true]]])
        #expect(harness.request(1, "textDocument/codeAction", Self.params((7, 0), (7, 0), only: ["refactor"])) == Self.answer(1, [
            #"{"title":"Check goal","kind":"refactor.rewrite","edit":{"documentChanges":[{"textDocument":{"uri":"\#(Self.uri)","version":1},"edits":[\#(Self.edit(7, 3, 4, "x")),\#(Self.edit(7, 13, 13, " ✅ 2026-12-07"))]}]}}"#,
            #"{"title":"Cancel goal","kind":"refactor.rewrite","edit":{"documentChanges":[{"textDocument":{"uri":"\#(Self.uri)","version":1},"edits":[\#(Self.edit(7, 3, 4, "-")),\#(Self.edit(7, 13, 13, " ❌ 2026-12-07"))]}]}}"#,
            #"{"title":"Reopen goal","kind":"refactor.rewrite","edit":{"documentChanges":[{"textDocument":{"uri":"\#(Self.uri)","version":1},"edits":[\#(Self.edit(7, 3, 4, " "))]}]}}"#,
            #"{"title":"Add a sub-goal","kind":"refactor.rewrite","edit":{"documentChanges":[{"textDocument":{"uri":"\#(Self.uri)","version":1},"edits":[\#(Self.edit(8, 0, 0, "  - [ ] New goal\\n"))]}]}}"#,
        ]))
    }

    /// Positions past the end of a line or of the document are clamped, never a crash: a range
    /// from a line past the last selects nothing; one ending past it reaches the last goal.
    @Test func positionsPastTheEndAreClamped() {
        var harness = Self.opened(text: "- [ ] a\n- [ ] b")
        #expect(harness.request(1, "textDocument/codeAction", Self.params((1, 500), (1, 900))) == Self.answer(1, [
            Self.action("Check goal", [Self.edit(1, 3, 4, "x"), Self.edit(1, 7, 7, " ✅ 2026-12-07")]),
            Self.action("Start goal", [Self.edit(1, 3, 4, "/")]),
            Self.action("Cancel goal", [Self.edit(1, 3, 4, "-"), Self.edit(1, 7, 7, " ❌ 2026-12-07")]),
            Self.subGoal(1, 7, "\\n  - [ ] New goal"),
        ]))
        #expect(harness.request(2, "textDocument/codeAction", Self.params((9, 0), (99, 3))) == Self.answer(2, [
            Self.action("Check goal", [Self.edit(1, 3, 4, "x"), Self.edit(1, 7, 7, " ✅ 2026-12-07")]),
            Self.action("Start goal", [Self.edit(1, 3, 4, "/")]),
            Self.action("Cancel goal", [Self.edit(1, 3, 4, "-"), Self.edit(1, 7, 7, " ❌ 2026-12-07")]),
            Self.subGoal(1, 7, "\\n  - [ ] New goal"),
        ]))
        #expect(harness.request(3, "textDocument/codeAction", Self.params((-4, -1), (-2, 0))) == Self.answer(3, [
            Self.action("Check goal", [Self.edit(0, 3, 4, "x"), Self.edit(0, 7, 7, " ✅ 2026-12-07")]),
            Self.action("Start goal", [Self.edit(0, 3, 4, "/")]),
            Self.action("Cancel goal", [Self.edit(0, 3, 4, "-"), Self.edit(0, 7, 7, " ❌ 2026-12-07")]),
            Self.subGoal(1),
        ]))
    }

    /// A change that repeats the version number still changes what the actions see.
    @Test func aRepeatedVersionIsStillAChange() {
        var harness = Self.opened(text: "- [ ] a\n")
        _ = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.uri), "version": 1], "contentChanges": [["text": "- [x] a ✅ 2026-12-01\n"]]])
        #expect(harness.request(1, "textDocument/codeAction", Self.params((0, 0), (0, 0))).first?.contains("Uncheck goal") == true)
    }

    /// An almost-task's repair is a quick fix of its diagnostic, and the only action on a line
    /// without a goal.
    @Test func anAlmostTaskIsFixedByItsQuickFix() throws {
        var harness = Self.opened(text: "# P\n\n- [ ] real\n\n-[ ] glued\n")
        let diagnostic = #"{"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":10}},"severity":2,"code":"almostTask","source":"roadmap","message":"'-[ ]' needs a space after '-' to be a task"}"#
        #expect(harness.request(1, "textDocument/codeAction", Self.params((4, 3), (4, 3), diagnostics: [try JSONValue(parsing: diagnostic)])) == Self.answer(1, [
            #"{"title":"Make this a task box","kind":"quickfix","diagnostics":[\#(diagnostic)],"isPreferred":true,"edit":{"changes":{"\#(Self.uri)":[\#(Self.edit(4, 1, 1, " "))]}}}"#,
        ]))
    }
}
