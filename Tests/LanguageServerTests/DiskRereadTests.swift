import Foundation
import JSONText
@testable import LanguageServer
import RoadmapKit
import Testing

/// What the server reads from disk (the files of a plan the editor has not open: an index, the
/// other phases, the workspace's tree) it reads when a document is opened or closed, when one is
/// saved, and when the client says files changed (`workspace/didChangeWatchedFiles`); between
/// those, a keystroke reuses what was read. So a file changed on disk behind the server's back is
/// seen at the next such event, not at the next keystroke; and a file the editor has open is
/// never read from disk. On a temporary folder; nothing is written by the server.
final class DiskRereadTests {
    let directory: String

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lsp-reread-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: made + "/phases", withIntermediateDirectories: true)
        directory = FileSystem.canonicalPath(made) ?? made
        try write("roadmap.md", PlanTests.index)
        try write("phases/phase-1.md", PlanTests.phase)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + path))
    }

    var indexURI: String { "file://" + directory + "/roadmap.md" }
    var phaseURI: String { "file://" + directory + "/phases/phase-1.md" }
    /// An empty line typed at the end of the phase file: no hint or diagnostic moves.
    static func keystroke(_ uri: String, version: Int) -> JSONValue {
        let line = 6 + version - 2
        let change: JSONValue = [["range": ["start": ["line": .number(JSONNumber(line)), "character": 0], "end": ["line": .number(JSONNumber(line)), "character": 0]], "text": "\n"]]
        return ["textDocument": ["uri": .string(uri), "version": .number(JSONNumber(version))], "contentChanges": change]
    }

    func hints(_ harness: inout ServerHarness, _ id: Int) -> [String] {
        harness.request(id, "textDocument/inlayHint", InlayHintTests.hints(phaseURI))
    }

    /// The index's start moved on disk (by `roadmap` in a terminal, or another editor): the phase
    /// opened alone keeps the start it read until its save.
    @Test func anIndexChangedOnDiskIsSeenAtTheNextSaveNotAtTheNextKeystroke() throws {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(phaseURI, PlanTests.phase)
        #expect(hints(&harness, 1) == PlanTests.phaseHints(1, due: "2026-12-01", late: "6 days late"))
        try write("roadmap.md", PlanTests.index.replacing("2026-09-01", with: "2026-10-01"))
        _ = harness.notify("textDocument/didChange", Self.keystroke(phaseURI, version: 2))
        #expect(hints(&harness, 2) == PlanTests.phaseHints(2, due: "2026-12-01", late: "6 days late"))
        _ = harness.notify("textDocument/didChange", Self.keystroke(phaseURI, version: 3))
        #expect(hints(&harness, 3) == PlanTests.phaseHints(3, due: "2026-12-01", late: "6 days late"))
        _ = harness.notify("textDocument/didSave", ["textDocument": ["uri": .string(phaseURI)]])
        #expect(hints(&harness, 4) == PlanTests.phaseHints(4, due: "2027-01-01", late: "in 25 days"))
    }

    /// Counted: opening the phase reads its index (and nothing the editor has open); keystrokes,
    /// hints and workspace searches after it read nothing; a save makes the next use read again.
    @Test func keystrokesReadNoFile() throws {
        var harness = ServerHarness()
        _ = harness.request(0, "initialize", ["processId": nil, "rootUri": .string("file://" + directory), "capabilities": [:]])
        _ = harness.notify("initialized", [:])
        _ = harness.open(phaseURI, PlanTests.phase)
        let opened = harness.server.state.disk.reads
        #expect(opened >= 1)
        for version in 2...6 {
            _ = harness.notify("textDocument/didChange", Self.keystroke(phaseURI, version: version))
            _ = hints(&harness, version)
            _ = harness.request(10 + version, "workspace/symbol", ["query": "docker"])
        }
        #expect(harness.server.state.disk.reads == opened)
        #expect(harness.server.state.workspaceReads == 1)
        _ = harness.notify("textDocument/didSave", ["textDocument": ["uri": .string(phaseURI)]])
        _ = harness.notify("textDocument/didChange", Self.keystroke(phaseURI, version: 7))
        #expect(harness.server.state.disk.reads > opened)
    }

    /// The client's word that the index changed is enough: the phase's diagnostics are published
    /// again (no longer overdue) and its hints count from the new start.
    @Test func aWatchedFileChangeRereadsTheIndexAndRepublishes() throws {
        var harness = ServerHarness()
        harness.initialize(["workspace": ["inlayHint": ["refreshSupport": true]]])
        #expect(harness.open(phaseURI, PlanTests.phase).joined().contains(#""code":"overdueCheckpoint""#))
        try write("roadmap.md", PlanTests.index.replacing("2026-09-01", with: "2026-10-01"))
        #expect(harness.notify("textDocument/didChange", Self.keystroke(phaseURI, version: 2)).joined().contains(#""code":"overdueCheckpoint""#))
        let changes: JSONValue = ["changes": [["uri": .string(indexURI), "type": 2]]]
        let told = harness.notify("workspace/didChangeWatchedFiles", changes)
        let phase = told.filter { $0.contains("publishDiagnostics") && $0.contains(#""uri":"\#(phaseURI)""#) }
        #expect(phase.count == 1, "\(told)")
        #expect(phase.first.map { !$0.contains("overdue") } == true, "\(phase)")
        #expect(told.last?.contains("workspace/inlayHint/refresh") == true, "\(told)")
        #expect(hints(&harness, 1) == PlanTests.phaseHints(1, due: "2027-01-01", late: "in 25 days"))
    }

    /// A change the client reports for a file the editor has open is its own save: the buffer is
    /// already the truth, so nothing is read or published again.
    @Test func aWatchedChangeOfAnOpenFileRereadsNothing() throws {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(phaseURI, PlanTests.phase)
        try write("roadmap.md", PlanTests.index.replacing("2026-09-01", with: "2026-10-01"))
        #expect(harness.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(phaseURI), "type": 2]]]).isEmpty)
        #expect(hints(&harness, 1) == PlanTests.phaseHints(1, due: "2026-12-01", late: "6 days late"))
    }

    /// The plan-wide lint of a phase opened alone reads its index and the other phases: also
    /// kept between keystrokes, read again when the client reports the change.
    @Test func theOtherPhasesAreReadForLintOnlyWhenTold() throws {
        try write("roadmap.md", "# Plan\n\n- [ ] [One](phases/phase-1.md)\n- [ ] [Two](phases/phase-2.md)\n")
        try write("phases/phase-1.md", "# Phase one\n\n- [ ] Docker 🆔 dock\n")
        let two = "file://" + directory + "/phases/phase-2.md"
        try write("phases/phase-2.md", "# Phase two\n\n- [ ] Helm ⛔ dock\n")
        var harness = ServerHarness()
        harness.initialize()
        #expect(!harness.open(two, "# Phase two\n\n- [ ] Helm ⛔ dock\n").joined().contains("danglingDependency"))
        try write("phases/phase-1.md", "# Phase one\n\n- [ ] Docker\n")
        let change: JSONValue = [["range": ["start": ["line": 3, "character": 0], "end": ["line": 3, "character": 0]], "text": "\n"]]
        let typed = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(two), "version": 2], "contentChanges": change])
        #expect(!typed.joined().contains("danglingDependency"), "\(typed)")
        let told = harness.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string("file://" + directory + "/phases/phase-1.md"), "type": 2]]])
        #expect(told.joined().contains("danglingDependency"), "\(told)")
    }

    /// A client that can register watchers dynamically is asked to watch markdown files once it
    /// is initialized (LSP 3.17, `client/registerCapability`); one that cannot is asked nothing.
    @Test func markdownFilesAreWatchedWhenTheClientCanRegister() {
        var harness = ServerHarness()
        _ = harness.request(0, "initialize", ["processId": nil, "rootUri": nil, "capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]])
        #expect(harness.notify("initialized", [:]) == [
            #"{"jsonrpc":"2.0","id":"roadmap-1","method":"client/registerCapability","params":{"registrations":[{"id":"roadmap-watched-markdown","method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[{"globPattern":"**/*.md"}]}}]}}"#,
        ])
        var other = ServerHarness()
        _ = other.request(0, "initialize", ["processId": nil, "rootUri": nil, "capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": false]]]])
        #expect(other.notify("initialized", [:]).isEmpty)
    }

    /// A linked file the editor has open is taken from its buffer and not read from disk: a phase
    /// that is binary on disk (a NUL byte) but clean text in the editor counts in its index.
    @Test func anOpenLinkedFileIsNeverReadFromDisk() throws {
        try Data(Array(PlanTests.phase.utf8) + [0]).write(to: URL(fileURLWithPath: directory + "/phases/phase-1.md"))
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(phaseURI, PlanTests.phase)
        _ = harness.open(indexURI, PlanTests.index)
        let answer = harness.request(1, "textDocument/inlayHint", InlayHintTests.hints(indexURI))
        #expect(answer == [InlayHintTests.answer(1, [#"{"position":{"line":0,"character":6},"label":"0/3 · 0%","paddingLeft":true}"#])])
    }

    /// An index open, its phase on disk: the phase is looked up (its real path, its identity) and
    /// read when the index opens, not on its keystrokes; a phase deleted meanwhile still counts
    /// until the save tells the server to look again.
    @Test func theLinkedFilesOfAnOpenIndexAreLookedUpOnlyWhenTold() throws {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(indexURI, PlanTests.index)
        let count = { (harness: inout ServerHarness, id: Int, count: String) -> Bool in
            harness.request(id, "textDocument/inlayHint", InlayHintTests.hints(self.indexURI))
                == [InlayHintTests.answer(id, [#"{"position":{"line":0,"character":6},"label":"\#(count)","paddingLeft":true}"#])]
        }
        #expect(count(&harness, 1, "0/3 · 0%"))
        try FileManager.default.removeItem(atPath: directory + "/phases/phase-1.md")
        let change: JSONValue = [["range": ["start": ["line": 5, "character": 0], "end": ["line": 5, "character": 0]], "text": "\n"]]
        _ = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(indexURI), "version": 2], "contentChanges": change])
        #expect(count(&harness, 2, "0/3 · 0%"))
        _ = harness.notify("textDocument/didSave", ["textDocument": ["uri": .string(indexURI)]])
        #expect(count(&harness, 3, "0/1 · 0%"))
    }

    /// Workspace symbols keep what they read of the workspace's plan on disk between searches
    /// (a picker asks again at each letter typed) and read it again after a save, an open or a
    /// close, or a watched-file change.
    @Test func workspaceSymbolsReadTheDiskOnlyWhenTold() throws {
        var harness = ServerHarness()
        _ = harness.request(0, "initialize", ["processId": nil, "rootUri": .string("file://" + directory), "capabilities": [:]])
        _ = harness.notify("initialized", [:])
        let query = { (harness: inout ServerHarness, id: Int) in harness.request(id, "workspace/symbol", ["query": "helmfile"]) }
        #expect(query(&harness, 1) == [#"{"jsonrpc":"2.0","id":1,"result":[]}"#])
        try write("phases/phase-1.md", PlanTests.phase.replacing("Helm", with: "Helmfile"))
        #expect(query(&harness, 2) == [#"{"jsonrpc":"2.0","id":2,"result":[]}"#])
        _ = harness.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(phaseURI), "type": 2]]])
        #expect(query(&harness, 3).first?.contains(#""name":"Helmfile""#) == true)
        try write("phases/phase-1.md", PlanTests.phase)
        #expect(query(&harness, 4).first?.contains(#""name":"Helmfile""#) == true)
        _ = harness.notify("textDocument/didSave", ["textDocument": ["uri": .string(indexURI)]])
        #expect(query(&harness, 5) == [#"{"jsonrpc":"2.0","id":5,"result":[]}"#])
    }

    /// In a notes folder (no plan at the root) the tree is kept the same way: a file added on disk
    /// is found after the save, not before.
    @Test func workspaceSymbolsKeepTheTreeUntilASave() throws {
        try FileManager.default.removeItem(atPath: directory + "/roadmap.md")
        var harness = ServerHarness()
        _ = harness.request(0, "initialize", ["processId": nil, "rootUri": .string("file://" + directory), "capabilities": [:]])
        _ = harness.notify("initialized", [:])
        let query = { (harness: inout ServerHarness, id: Int) in harness.request(id, "workspace/symbol", ["query": "kustomize"]) }
        #expect(query(&harness, 1) == [#"{"jsonrpc":"2.0","id":1,"result":[]}"#])
        try write("phases/phase-2.md", "# Phase two\n\n- [ ] Kustomize\n")
        #expect(query(&harness, 2) == [#"{"jsonrpc":"2.0","id":2,"result":[]}"#])
        _ = harness.notify("textDocument/didSave", ["textDocument": ["uri": .string(phaseURI)]])
        #expect(query(&harness, 3).first?.contains(#""name":"Kustomize""#) == true)
    }
}
