import Foundation
import RoadmapTestSupport
import Testing
@testable import RoadmapKit

/// A notes folder read as one roadmap (`RoadmapSession.loadTree`) on real folders: what is read
/// and skipped, links and loops, binary and vanished files, and counts that add up.
final class TreeSessionTests {
    let directory: String

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-tree-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        directory = FileSystem.canonicalPath(made) ?? made
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func write(_ name: String, _ text: String) throws {
        try writeBytes(name, Array(text.utf8))
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func tree(_ folder: String? = "notes", _ options: TreeOptions = TreeOptions()) throws -> LoadedTree {
        try RoadmapSession(currentDirectory: directory) { _ in nil }.loadTree(folder, options: options)
    }

    func paths(_ tree: LoadedTree) -> [String] { tree.plan.files.dropFirst().map(\.path) }

    @Test func foldersThenFilesThenHeadingsWithTheFolderFilesFirst() throws {
        try write("notes/b.md", "- [ ] b\n")
        try write("notes/a.md", "# A\n- [x] a\n")
        try write("notes/sub/c.markdown", "- [ ] c\n")
        try write("notes/sub/deeper/d.md", "- [ ] d\n")
        try write("notes/readme.txt", "- [ ] not markdown\n")
        let tree = try tree()
        #expect(paths(tree) == ["notes/a.md", "notes/b.md", "notes/sub/c.markdown", "notes/sub/deeper/d.md"])
        #expect(tree.plan.isTree)
        #expect(tree.plan.tally.total == 4)
        #expect(tree.plan.tally.done == 1)
        #expect(tree.plan.files.map(\.key) == ["", "a", "b", "sub/c", "sub/deeper/d"])
        #expect(tree.plan.label(ofFile: 0) == "notes")
        // The folder `sub` rolls up its own file and everything below it.
        let sub = tree.plan.root.sections.firstIndex { PlainText.of(tree.plan.root.bytes, $0.titleRange) == "sub" }
        #expect(sub.map { tree.plan.tally(ofFile: 0, section: $0).total } == 2)
        #expect(tree.plan.displayPath(ofFile: 4, section: 0) == ["sub", "deeper", "d.md"])
        #expect(tree.notes.isEmpty)
    }

    @Test func hiddenNodeModulesAndIgnoredAreSkippedUnlessAsked() throws {
        try write("notes/a.md", "- [ ] a\n")
        try write("notes/.obsidian/h.md", "- [ ] hidden\n")
        try write("notes/.hidden.md", "- [ ] hidden file\n")
        try write("notes/node_modules/pkg/n.md", "- [ ] module\n")
        try write("notes/.gitignore", "drafts/\n*.tmp.md\n")
        try write("notes/drafts/x.md", "- [ ] draft\n")
        try write("notes/y.tmp.md", "- [ ] tmp\n")
        try write("notes/sub/.gitignore", "!keep.tmp.md\n")
        try write("notes/sub/keep.tmp.md", "- [ ] kept by a negation\n")
        try write("notes/sub/.ignore", "secret.md\n")
        try write("notes/sub/secret.md", "- [ ] secret\n")
        #expect(paths(try tree()) == ["notes/a.md", "notes/sub/keep.tmp.md"])
        #expect(paths(try tree("notes", TreeOptions(includesHidden: true))) == ["notes/.hidden.md", "notes/a.md", "notes/.obsidian/h.md", "notes/sub/keep.tmp.md"])
        #expect(paths(try tree("notes", TreeOptions(ignoresRules: true))) == ["notes/a.md", "notes/y.tmp.md", "notes/drafts/x.md", "notes/node_modules/pkg/n.md", "notes/sub/keep.tmp.md", "notes/sub/secret.md"])
    }

    @Test func symbolicLinksAreNotFollowedSoLoopsAndLinksOutChangeNothing() throws {
        try write("notes/a.md", "- [ ] a\n")
        try write("outside/o.md", "- [ ] outside\n")
        try FileManager.default.createSymbolicLink(atPath: directory + "/notes/out", withDestinationPath: directory + "/outside")
        try FileManager.default.createSymbolicLink(atPath: directory + "/notes/loop", withDestinationPath: directory + "/notes")
        try FileManager.default.createSymbolicLink(atPath: directory + "/notes/self", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: directory + "/notes/link.md", withDestinationPath: directory + "/outside/o.md")
        let tree = try tree()
        #expect(paths(tree) == ["notes/a.md"])
        #expect(tree.notes.isEmpty)
    }

    @Test func theFolderNamedIsReadThroughALinkAsRipgrepDoes() throws {
        try write("real/a.md", "- [ ] a\n")
        try FileManager.default.createSymbolicLink(atPath: directory + "/notes", withDestinationPath: directory + "/real")
        let tree = try tree()
        #expect(paths(tree) == ["notes/a.md"])
        #expect(tree.notes.isEmpty)
    }

    @Test func aBinaryFileIsPassedOverWithANote() throws {
        try write("notes/a.md", "- [ ] a\n")
        try writeBytes("notes/b.md", [0x2D, 0x20, 0x5B, 0x20, 0x5D, 0x00, 0x01])
        let tree = try tree()
        #expect(paths(tree) == ["notes/a.md"])
        #expect(tree.notes.map(\.path) == ["notes/b.md"])
        #expect(tree.notes[0].message.contains("binary"))
    }

    @Test func aFileThatVanishesIsPassedOverWithANote() {
        let read = RoadmapSession.readTree(["gone.md"], fullPaths: [directory + "/gone.md"], tracking: false)
        guard case let .failure(error) = read[0] else {
            Issue.record("a missing file was read")
            return
        }
        #expect(error.path == "gone.md")
        #expect(error.message.contains("passed over"))
    }

    @Test func aControlCharacterInANameIsPassedOverWithANoteMadeVisibleByTheConsole() throws {
        try write("notes/a.md", "- [ ] a\n")
        try write("notes/bad\u{1B}[2J.md", "- [ ] b\n")
        let tree = try tree()
        #expect(paths(tree) == ["notes/a.md"])
        #expect(tree.notes.count == 1)
    }

    @Test func aFolderIsRequired() throws {
        try write("notes/a.md", "- [ ] a\n")
        #expect(throws: SessionError.self) { try self.tree("notes/a.md") }
    }

    @Test func theCurrentFolderByDefault() throws {
        try write("a.md", "- [ ] a\n")
        let tree = try RoadmapSession(currentDirectory: directory) { _ in nil }.loadTree(nil)
        #expect(paths(tree) == ["a.md"])
        #expect(tree.plan.files[0].path == "./")
    }

    /// Totals of the corpus read as a tree (everything, `--hidden --no-ignore`) equal the sum of
    /// its markdown files found by Foundation's own walk and read one by one.
    @Test func theCorpusAsATreeCountsWhatItsFilesCountOneByOne() throws {
        let files = Corpus.markdownFiles()
        guard !files.isEmpty else {
            print("SKIP TreeSessionTests.theCorpusAsATreeCountsWhatItsFilesCountOneByOne: ../shared/corpus is absent")
            return
        }
        let folder = Corpus.shared.appendingPathComponent("corpus").path
        let tree = try RoadmapSession(currentDirectory: directory) { _ in nil }.loadTree(folder, options: TreeOptions(includesHidden: true, ignoresRules: true))
        var sum = Tally()
        var read = 0
        for url in files {
            let bytes = Corpus.bytes(url)
            guard TextFileCheck.problem(bytes, path: url.path) == nil else { continue }
            sum += Roadmap(parsing: bytes).sections[0].goals
            read += 1
        }
        #expect(tree.plan.files.count - 1 == read)
        #expect(tree.plan.tally == sum)
        #expect(tree.plan.goalsInOrder.count == sum.total)
        #expect(tree.notes.count == files.count - read)
    }

    /// For `status` (issue 28): a plain note keeps only its headings and goals, from the worker
    /// on; a note with fields keeps its whole bytes; the plan counts the same.
    @Test func goalsAndHeadingsOnlyDropsWhatStatusNeverReads() throws {
        let plain = "---\ntitle: A\n---\n\n# A note\n\nA paragraph nobody reads in status.\n\n## Tasks\n\n- [x] one ✅ 2026-11-20\n- [/] two\n\n```\n- [ ] example\n```\n"
        let fields = "# Form\n\n**Name:** Ada\n\n- [ ] three\n"
        try write("notes/plain.md", plain)
        try write("notes/form.md", fields)
        let session = RoadmapSession(currentDirectory: directory) { _ in nil }
        let whole = try session.loadTree("notes", tracking: true)
        let kept = try session.loadTree("notes", tracking: true, goalsAndHeadingsOnly: true)
        #expect(kept.plan.files.map(\.path) == whole.plan.files.map(\.path))
        #expect(kept.plan.files.map(\.roadmap.bytes.count) == [whole.plan.files[0].roadmap.bytes.count, fields.utf8.count,
                                                              "title: A\nA note\nTasks\n- [x] one ✅ 2026-11-20\n- [/] two\n".utf8.count])
        #expect(kept.plan.files[2].tracking?.roadmap.bytes == kept.plan.files[2].roadmap.bytes)
        // Front matter reads as a thematic break and a setext heading (`title: A`), as CommonMark has it.
        #expect(String(decoding: kept.plan.files[2].roadmap.bytes, as: UTF8.self) == "title: A\nA note\nTasks\n- [x] one ✅ 2026-11-20\n- [/] two\n")
        #expect(kept.plan.tally == whole.plan.tally)
        #expect(kept.plan.goalsInOrder.map { kept.plan.files[$0.file].roadmap.text(of: $0.goal) }
                == whole.plan.goalsInOrder.map { whole.plan.files[$0.file].roadmap.text(of: $0.goal) })
    }
}
