import Foundation
import JSONText
import LanguageServer
import RoadmapKit
import Testing

/// A phase file opened alone is analysed in its plan (its index's start date, the editor's
/// buffers winning over the disk), and a change in one open file of a plan asks the client to
/// refresh the hints of the others. On a temporary folder; nothing is written by the server.
final class PlanTests {
    let directory: String

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lsp-plan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: made + "/phases", withIntermediateDirectories: true)
        directory = FileSystem.canonicalPath(made) ?? made
        try Data(Self.index.utf8).write(to: URL(fileURLWithPath: directory + "/roadmap.md"))
        try Data(Self.phase.utf8).write(to: URL(fileURLWithPath: directory + "/phases/phase-1.md"))
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    static let index = "# Plan\n\n**Start Date:** 2026-09-01\n\n- [ ] [Phase one](phases/phase-1.md)\n"
    static let phase = "# Phase one\n\n## 3-Month Checkpoint\n\n- [ ] Docker\n- [ ] Helm\n"
    var indexURI: String { "file://" + directory + "/roadmap.md" }
    var phaseURI: String { "file://" + directory + "/phases/phase-1.md" }
    static let refresh = #"{"jsonrpc":"2.0","id":"roadmap-%d","method":"workspace/inlayHint/refresh"}"#

    func hints(_ harness: inout ServerHarness, _ id: Int, _ uri: String) -> [String] {
        harness.request(id, "textDocument/inlayHint", InlayHintTests.hints(uri))
    }

    static func phaseHints(_ id: Int, due: String, late: String, done: Int = 0) -> [String] {
        let count = done == 0 ? "0/2 · 0%" : "1/2 · 50%"
        var hints = [
            #"{"position":{"line":0,"character":11},"label":"\#(count)","paddingLeft":true}"#,
            #"{"position":{"line":2,"character":21},"label":"\#(count)","paddingLeft":true}"#,
            #"{"position":{"line":2,"character":21},"label":"due \#(due) · \#(late)","paddingLeft":true}"#,
        ]
        if done == 0 { hints.append(#"{"position":{"line":4,"character":12},"label":"📅 \#(due)","paddingLeft":true}"#) }
        hints.append(#"{"position":{"line":5,"character":10},"label":"📅 \#(due)","paddingLeft":true}"#)
        return [InlayHintTests.answer(id, hints)]
    }

    @Test func aPhaseOpenedAloneTakesTheStartOfItsIndexAndTheIndexBufferWins() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(phaseURI, Self.phase)
        #expect(hints(&harness, 1, phaseURI) == Self.phaseHints(1, due: "2026-12-01", late: "6 days late"))
        // The index opened with a start not saved yet: the phase file counts from the buffer's.
        _ = harness.open(indexURI, Self.index.replacing("2026-09-01", with: "2026-10-01"))
        #expect(hints(&harness, 2, phaseURI) == Self.phaseHints(2, due: "2027-01-01", late: "in 25 days"))
    }

    /// The diagnostics of a phase opened alone come from its plan too, as `roadmap next -f
    /// phase.md` lists them: its checkpoint and goals fall due from the index's start.
    @Test func aPhaseOpenedAloneGetsTheOverdueDiagnosticsOfItsPlan() {
        var harness = ServerHarness()
        harness.initialize()
        let published = harness.open(phaseURI, Self.phase).joined()
        #expect(published.contains(#""code":"overdueCheckpoint","source":"roadmap","message":"checkpoint overdue: due 2026-12-01, 6 days ago""#), "\(published)")
        #expect(published.components(separatedBy: #""code":"overdue""#).count == 3, "Docker and Helm: \(published)")
    }

    /// A change of the index's start date moves the due dates of an open phase: its diagnostics
    /// are published again (no longer overdue), not left as they were.
    @Test func aChangeOfTheIndexRepublishesTheDiagnosticsOfAnOpenPhase() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(indexURI, Self.index)
        #expect(harness.open(phaseURI, Self.phase).joined().contains(#""code":"overdueCheckpoint""#))
        let later: JSONValue = [["range": ["start": ["line": 2, "character": 16], "end": ["line": 2, "character": 26]], "text": "2026-11-01"]]
        let changed = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(indexURI), "version": 2], "contentChanges": later])
        let phase = changed.filter { $0.contains("publishDiagnostics") && $0.contains(#""uri":"\#(phaseURI)""#) }
        #expect(phase.count == 1, "\(changed)")
        #expect(phase.first.map { !$0.contains("overdue") } == true, "\(phase)")
    }

    @Test func theIndexCountsItsPhasesAndIsRefreshedWhenOneChanges() {
        var harness = ServerHarness()
        harness.initialize(["workspace": ["inlayHint": ["refreshSupport": true]]])
        let indexHint = { (id: Int, count: String) in
            [InlayHintTests.answer(id, [#"{"position":{"line":0,"character":6},"label":"\#(count)","paddingLeft":true}"#])]
        }
        #expect(harness.open(indexURI, Self.index).last?.contains("workspace/inlayHint/refresh") == false)
        #expect(hints(&harness, 1, indexURI) == indexHint(1, "0/3 · 0%"))
        // Opening the phase file beside its index asks for a refresh; so does each change to it.
        #expect(harness.open(phaseURI, Self.phase).last == String(format: Self.refresh, 1))
        let tick: JSONValue = [["range": ["start": ["line": 4, "character": 3], "end": ["line": 4, "character": 4]], "text": "x"]]
        let changed = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(phaseURI), "version": 2], "contentChanges": tick])
        #expect(changed.last == String(format: Self.refresh, 2))
        #expect(changed.filter { $0.contains("refresh") }.count == 1)
        #expect(hints(&harness, 2, indexURI) == indexHint(2, "1/3 · 33%"))
        #expect(hints(&harness, 3, phaseURI) == Self.phaseHints(3, due: "2026-12-01", late: "6 days late", done: 1))
        // The client's answer to the refresh is read and dropped.
        #expect(harness.server.handle(.response(id: .string("roadmap-2"), result: .success(.null))).isEmpty)
        // Closing the phase buffer: the index reads the file on disk again (nothing ticked there).
        #expect(harness.notify("textDocument/didClose", ["textDocument": ["uri": .string(phaseURI)]]).last == String(format: Self.refresh, 3))
        #expect(hints(&harness, 4, indexURI) == indexHint(4, "0/3 · 0%"))
        // The files on disk are as they were written.
        #expect(FileManager.default.contents(atPath: directory + "/phases/phase-1.md") == Data(Self.phase.utf8))
    }

    /// With nothing open, workspace symbols search the plan on disk at the workspace's root; an
    /// open buffer of one of its files wins over the disk.
    @Test func workspaceSymbolsSearchThePlanOnDisk() {
        var harness = ServerHarness()
        _ = harness.request(0, "initialize", ["processId": nil, "rootUri": .string("file://" + directory), "capabilities": [:]])
        _ = harness.notify("initialized", [:])
        let helm = { (uri: String) in
            #"{"name":"Helm","kind":24,"containerName":"Plan › Phase one › 3-Month Checkpoint","location":{"uri":"\#(uri)","range":{"start":{"line":5,"character":2},"end":{"line":5,"character":10}}}}"#
        }
        #expect(harness.request(1, "workspace/symbol", ["query": "helm"]) == [#"{"jsonrpc":"2.0","id":1,"result":[\#(helm(phaseURI))]}"#])
        _ = harness.open("untitled:scratch", "- [ ] Helm charts\n")
        // The phase file open with a goal renamed: found in the buffer, under its own URI.
        _ = harness.open(phaseURI, Self.phase.replacing("Helm", with: "Helmfile"))
        let answer = harness.request(2, "workspace/symbol", ["query": "helm"])
        #expect(answer.first?.contains(#""name":"Helmfile""#) == true)
        #expect(answer.first?.contains(#""name":"Helm","#) == false)
        #expect(answer.first?.contains(#""name":"Helm charts""#) == true)
    }
}
