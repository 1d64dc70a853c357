import Foundation
import JSONText
import LanguageServer
import RoadmapKit
import Testing

/// The lint findings that need the whole plan (`Lint.planFindings`: a `⛔` naming no `🆔`, one
/// `🆔` on two goals, goals waiting for each other in a circle, a recurrence rule roadmap cannot
/// read) are published on the open file they are in, with lint's rule and words, as `roadmap
/// lint` run at the plan's index finds them: a phase file opened alone is linted in its index's
/// plan, and a change in one open file of the plan publishes the others again.
final class PlanLintDiagnosticsTests {
    let directory: String

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lsp-planlint-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: made + "/phases", withIntermediateDirectories: true)
        directory = FileSystem.canonicalPath(made) ?? made
        try Data(Self.index.utf8).write(to: URL(fileURLWithPath: directory + "/roadmap.md"))
        try Data(Self.phase1.utf8).write(to: URL(fileURLWithPath: directory + "/phases/phase-1.md"))
        try Data(Self.phase2.utf8).write(to: URL(fileURLWithPath: directory + "/phases/phase-2.md"))
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    static let index = "# Plan\n\n- [ ] [Phase one](phases/phase-1.md)\n- [ ] [Phase two](phases/phase-2.md)\n- [ ] Write it up ⛔ docs\n"
    static let phase1 = "# Phase one\n\n- [ ] Docker 🆔 dock\n- [ ] Basics 🆔 base\n"
    static let phase2 = "# Phase two\n\n- [ ] Helm ⛔ dock\n"
    var indexURI: String { "file://" + directory + "/roadmap.md" }
    var phase1URI: String { "file://" + directory + "/phases/phase-1.md" }
    var phase2URI: String { "file://" + directory + "/phases/phase-2.md" }

    static func finding(_ line: Int, _ end: Int, _ code: String, _ message: String) -> String {
        #"{"range":{"start":{"line":\#(line),"character":0},"end":{"line":\#(line),"character":\#(end)}},"severity":2,"code":"\#(code)","source":"roadmap","message":"\#(message)"}"#
    }

    static func dangling(_ line: Int, _ end: Int, _ id: String) -> String {
        finding(line, end, "danglingDependency", "'⛔ \(id)' names no goal's 🆔: add '🆔 \(id)' to the goal this one waits for, or take it out")
    }

    /// In one file: each plan-wide rule, on its line, in lint's words (`roadmap lint r.md` prints
    /// the same three).
    @Test func theWholePlanRulesArePublishedOnTheirLines() {
        var harness = ServerHarness()
        harness.initialize()
        let text = "# Plan\n\n- [ ] A ⛔ zzz\n- [ ] B 🆔 b1 ⛔ c1\n- [ ] C 🆔 c1 ⛔ b1\n- [ ] R 🔁 every January\n"
        #expect(harness.open("file:///r.md", text) == [DiagnosticsTests.published("file:///r.md", version: 1, [
            Self.dangling(2, 13, "zzz"),
            Self.finding(3, 18, "dependencyCycle", "these goals wait for each other, so none can be ready: #2 'B' → #3 'C' → #2"),
            Self.finding(5, 24, "unreadRecurrence", "roadmap cannot read '🔁 every January': month names (every January on the 15th) are not supported: write every year, from a date in that month; check would refuse it (docs/recurrence.md)"),
        ])])
    }

    /// A file opened by a path through a symbolic link (a notes folder linked into a project, as
    /// CI's `../shared` is): the plan is read by canonical paths, the document is still its own
    /// file in it, and gets its findings (none were published: the fresh-clone CI run caught it).
    @Test func aFileOpenedThroughALinkedFolderGetsItsFindings() throws {
        let linked = directory + "-link"
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: directory)
        defer { try? FileManager.default.removeItem(atPath: linked) }
        var harness = ServerHarness()
        harness.initialize()
        let uri = "file://" + linked + "/roadmap.md"
        #expect(harness.open(uri, Self.index) == [DiagnosticsTests.published(uri, version: 1, [Self.dangling(4, 24, "docs")])])
    }

    /// The index names an id no file of the plan has; the phases' ids are found in their files.
    @Test func theIndexIsLintedWithItsPhases() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.open(indexURI, Self.index) == [DiagnosticsTests.published(indexURI, version: 1, [Self.dangling(4, 24, "docs")])])
    }

    /// A phase opened alone is linted in its index's plan: its `⛔ dock` names phase one's goal (no
    /// finding), and an id phase one has already is named, with the place as lint at the index
    /// writes it.
    @Test func aPhaseOpenedAloneIsLintedInItsIndexsPlan() {
        var harness = ServerHarness()
        harness.initialize()
        let text = Self.phase2 + "- [ ] Ship 🆔 base\n"
        #expect(harness.open(phase2URI, text) == [DiagnosticsTests.published(phase2URI, version: 1, [
            Self.finding(3, 18, "duplicateTaskID", "'🆔 base' is also on phases/phase-1.md:4, so '⛔ base' names two goals; give one of them another id"),
        ])])
    }

    /// Two phases open, their index not: taking the id out of phase one leaves phase two's `⛔`
    /// naming nothing, and phase two's diagnostics are published again with the finding.
    @Test func aChangeInOnePhaseRepublishesTheOtherPhase() {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(phase1URI, Self.phase1)
        // Phase one is published again too (one plan root): nothing in either.
        #expect(harness.open(phase2URI, Self.phase2) == [DiagnosticsTests.published(phase2URI, version: 1, []), DiagnosticsTests.published(phase1URI, version: 1, [])])
        let drop: JSONValue = [["range": ["start": ["line": 2, "character": 12], "end": ["line": 2, "character": 20]], "text": ""]]
        let changed = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(phase1URI), "version": 2], "contentChanges": drop])
        let phase2 = changed.filter { $0.contains("publishDiagnostics") && $0.contains(#""uri":"\#(phase2URI)""#) }
        #expect(phase2 == [DiagnosticsTests.published(phase2URI, version: 1, [Self.dangling(2, 17, "dock")])], "\(changed)")
        // Put back: the finding goes again.
        let back: JSONValue = [["range": ["start": ["line": 2, "character": 12], "end": ["line": 2, "character": 12]], "text": " 🆔 dock"]]
        let again = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(phase1URI), "version": 3], "contentChanges": back])
        #expect(again.filter { $0.contains(#""uri":"\#(phase2URI)""#) } == [DiagnosticsTests.published(phase2URI, version: 1, [])], "\(again)")
    }

    /// A link out of the plan's folder, as lint names it: on the index's line, beside the
    /// finding of a link that points nowhere.
    @Test func aLinkOutOfThePlansFolder() throws {
        try FileManager.default.createDirectory(atPath: directory + "/plan", withIntermediateDirectories: true)
        try Data("# Outside\n- [ ] a\n".utf8).write(to: URL(fileURLWithPath: directory + "/outside.md"))
        let uri = "file://" + directory + "/plan/roadmap.md"
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.open(uri, "# Guide\n- [ ] [Out](../outside.md)\n- [ ] [Gone](gone.md)\n") == [DiagnosticsTests.published(uri, version: 1, [
            Self.finding(1, 26, "linkOutOfPlan", "link to '../outside.md' leaves the plan's folder; not followed"),
            Self.finding(2, 21, "missingLink", "link to 'gone.md' points nowhere"),
        ])])
    }

    /// A phase's buffer that gives the index's missing id clears the index's finding, the buffer
    /// winning over the file on disk.
    @Test func aPhaseBufferFixesTheIndexsFinding() {
        var harness = ServerHarness()
        harness.initialize()
        #expect(harness.open(indexURI, Self.index) == [DiagnosticsTests.published(indexURI, version: 1, [Self.dangling(4, 24, "docs")])])
        _ = harness.open(phase1URI, Self.phase1)
        let give: JSONValue = [["range": ["start": ["line": 3, "character": 20], "end": ["line": 3, "character": 20]], "text": "\n- [ ] Docs 🆔 docs"]]
        let changed = harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(phase1URI), "version": 2], "contentChanges": give])
        #expect(changed.filter { $0.contains(#""uri":"\#(indexURI)""#) } == [DiagnosticsTests.published(indexURI, version: 1, [])], "\(changed)")
    }
}
