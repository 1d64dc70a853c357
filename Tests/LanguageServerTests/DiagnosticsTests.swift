import JSONText
import LanguageServer
import RoadmapKit
import Testing

/// Diagnostics pushed on open, change and close, with the exact JSON: lint's findings with their
/// rule as the code and lint's words, then what is overdue or due within a week.
@Suite struct DiagnosticsTests {
    static let text = """
    # Plan

    ## Now

    - [ ] Overdue 📅 2026-12-01
    - [x] Done without date
    - [ ] Soon 📅 2026-12-09
    - [/] Started
    - [ ] Later 📅 2027-03-01
    - [ ] Aim ðŸŽ¯ high

    """

    static let overdue = #"{"range":{"start":{"line":4,"character":2},"end":{"line":4,"character":27}},"severity":2,"code":"overdue","source":"roadmap","message":"overdue: due 2026-12-01, 6 days ago"}"#
    static let noDoneDate = #"{"range":{"start":{"line":5,"character":0},"end":{"line":5,"character":23}},"severity":2,"code":"noDoneDate","source":"roadmap","message":"'Done without date' is done but has no done date ('✅ YYYY-MM-DD'), so reviews cannot place it in time"}"#
    static let dueSoon = #"{"range":{"start":{"line":6,"character":2},"end":{"line":6,"character":24}},"severity":3,"code":"dueSoon","source":"roadmap","message":"due 2026-12-09, in 2 days"}"#
    static let mojibake = #"{"range":{"start":{"line":9,"character":0},"end":{"line":9,"character":19}},"severity":2,"code":"mojibake","source":"roadmap","message":"mojibake: 'ðŸŽ¯' should read '🎯' (UTF-8 read as Windows-1252 and saved again; fix with: roadmap lint --fix-encoding)"}"#

    static func published(_ uri: String, version: Int?, _ diagnostics: [String]) -> String {
        let versionMember = version.map { #","version":\#($0)"# } ?? ""
        return #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"\#(uri)"\#(versionMember),"diagnostics":[\#(diagnostics.joined(separator: ","))]}}"#
    }

    @Test func openPublishesLintAndScheduleInLineOrder() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.open("file:///r.md", Self.text) == [Self.published("file:///r.md", version: 1, [Self.overdue, Self.noDoneDate, Self.dueSoon, Self.mojibake])])
    }

    @Test func utf8PositionsCountBytes() {
        var harness = ServerHarness()
        harness.initialize(["general": ["positionEncodings": ["utf-8"]]])
        let overdue = Self.overdue.replacing(#""character":27"#, with: #""character":29"#)
        let dueSoon = Self.dueSoon.replacing(#""character":24"#, with: #""character":26"#)
        // ðŸŽ¯ is four two-byte scalars here: eight bytes where UTF-16 counts four units.
        let mojibake = Self.mojibake.replacing(#""character":19"#, with: #""character":23"#)
        #expect(harness.open("file:///r.md", Self.text) == [Self.published("file:///r.md", version: 1, [overdue, Self.noDoneDate, dueSoon, mojibake])])
    }

    @Test func changePublishesTheNewSetAndClosingClearsIt() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open("file:///r.md", Self.text)
        // Tick the overdue goal with its date and give the done one its date: two findings go.
        let changes: JSONValue = [
            ["range": ["start": ["line": 4, "character": 3], "end": ["line": 4, "character": 4]], "text": "x"],
            ["range": ["start": ["line": 4, "character": 27], "end": ["line": 4, "character": 27]], "text": " ✅ 2026-12-07"],
            ["range": ["start": ["line": 5, "character": 23], "end": ["line": 5, "character": 23]], "text": " ✅ 2026-12-06"],
        ]
        #expect(harness.notify("textDocument/didChange", ["textDocument": ["uri": "file:///r.md", "version": 2], "contentChanges": changes])
            == [Self.published("file:///r.md", version: 2, [Self.dueSoon, Self.mojibake])])
        #expect(harness.notify("textDocument/didClose", ["textDocument": ["uri": "file:///r.md"]]) == [Self.published("file:///r.md", version: nil, [])])
        #expect(harness.server.state.documents.isEmpty)
    }

    @Test func checkpointsOverdueAndDueSoon() {
        var harness = ServerHarness()
        harness.initialize()
        let text = "# Plan\n\n**Start Date:** 2026-09-01\n\n## 3-Month Checkpoint\n\n- [ ] Ship it\n\n## Checkpoint: Demo\n\n**Date:** 2026-12-10\n\n- [ ] Show it\n"
        #expect(harness.open("file:///c.md", text) == [Self.published("file:///c.md", version: 1, [
            #"{"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":21}},"severity":2,"code":"overdueCheckpoint","source":"roadmap","message":"checkpoint overdue: due 2026-12-01, 6 days ago"}"#,
            #"{"range":{"start":{"line":6,"character":2},"end":{"line":6,"character":13}},"severity":2,"code":"overdue","source":"roadmap","message":"overdue: due 2026-12-01, 6 days ago"}"#,
            #"{"range":{"start":{"line":8,"character":0},"end":{"line":8,"character":19}},"severity":3,"code":"checkpointDueSoon","source":"roadmap","message":"checkpoint due 2026-12-10, in 3 days"}"#,
            #"{"range":{"start":{"line":12,"character":2},"end":{"line":12,"character":13}},"severity":3,"code":"dueSoon","source":"roadmap","message":"due 2026-12-10, in 3 days"}"#,
        ])])
    }

    /// A markdown file without goals is no roadmap: an empty list, whatever lint would say of it.
    @Test func aFileWithoutGoalsGetsNothing() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.open("file:///notes.md", "# Notes\n\n[gone](missing.md) ðŸŽ¯\n") == [Self.published("file:///notes.md", version: 1, [])])
    }

    /// The same findings `roadmap lint` prints for the same bytes, over every bundled roadmap and
    /// the corpus (../shared/corpus; skipped by name when absent), each opened from where it is
    /// (links checked against its folder, as lint checks them), with the findings over the whole
    /// plan (`⛔`, `🆔`, `🔁`) as lint run at the file's plan root prints them: the server adds no
    /// rule and drops none. Files without goals get nothing, whatever lint says.
    @Test func lintFindingsAreLintsOwn() throws {
        var checked = 0, findings = 0
        for file in BundledFiles.all() {
            var harness = ServerHarness()
            harness.initialize()
            // Invalid UTF-8 cannot travel in a JSON string; the encoding tests cover it.
            guard String(validating: file.bytes, as: UTF8.self) != nil else { continue }
            guard let published = harness.open(file.uri, String(decoding: file.bytes, as: UTF8.self)).first,
                  let diagnostics = try JSONValue(parsing: published)["params"]?["diagnostics"]?.array else {
                Issue.record("\(file.name): nothing published")
                continue
            }
            let schedule = ["overdue", "dueSoon", "overdueCheckpoint", "checkpointDueSoon"]
            let lint = diagnostics.filter { !schedule.contains($0["code"]?.string ?? "") }
            let hasGoals = !Roadmap(parsing: file.bytes).goals.isEmpty
            let expected = hasGoals ? RoadmapKitLint.withPlan(file.bytes, path: file.path, today: ServerHarness.today) : []
            #expect(lint.map { $0["message"]?.string ?? "" } == expected.map(\.message), "\(file.name)")
            #expect(lint.map { $0["code"]?.string ?? "" } == expected.map(\.kind.rawValue), "\(file.name)")
            #expect(lint.map { ($0["range"]?["start"]?["line"]?.int ?? -1) + 1 } == expected.map(\.line), "\(file.name)")
            checked += 1
            findings += expected.count
        }
        #expect(checked >= 4)
        print("lint diagnostics: \(checked) files, \(findings) findings")
    }
}
