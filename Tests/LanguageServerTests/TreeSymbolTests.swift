import Foundation
import JSONText
import LanguageServer
import RoadmapKit
import Testing

/// A workspace folder that is no plan (no roadmap at its root) is read as `roadmap --tree` reads
/// it: workspace symbols list the goals and sections of its markdown files, passing over hidden
/// folders, what `.gitignore` excludes and symbolic links, with the editor's buffers winning over
/// the disk. On temporary folders; nothing is written by the server.
final class TreeSymbolTests {
    let base: String
    var notes: String { base + "/notes" }

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lsp-tree-\(UUID().uuidString)").path
        let fm = FileManager.default
        try fm.createDirectory(atPath: made + "/notes/sub", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: made + "/notes/.hidden", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: made + "/outside", withIntermediateDirectories: true)
        base = FileSystem.canonicalPath(made) ?? made
        let files = [
            "notes/a.md": "# Alpha\n\n- [ ] Learn Helm\n",
            "notes/sub/b.md": "# Beta\n\n- [ ] Helm charts\n",
            "notes/.hidden/c.md": "- [ ] Helm hidden\n",
            "notes/.gitignore": "ignored.md\n",
            "notes/ignored.md": "- [ ] Helm ignored\n",
            "outside/d.md": "# Outside\n\n- [ ] Helm outside\n",
        ]
        for (path, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: base + "/" + path)) }
        // A link to a folder out of the tree and one to a file out of it: neither is followed.
        try fm.createSymbolicLink(atPath: base + "/notes/out", withDestinationPath: base + "/outside")
        try fm.createSymbolicLink(atPath: base + "/notes/link.md", withDestinationPath: base + "/outside/d.md")
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    func started() -> ServerHarness {
        var harness = ServerHarness()
        _ = harness.request(0, "initialize", ["processId": nil, "rootUri": .string("file://" + notes), "capabilities": [:]])
        _ = harness.notify("initialized", [:])
        return harness
    }

    /// Each symbol of the answer as `name @ uri:line`.
    static func found(_ answer: [String]) throws -> [String] {
        let result = try #require(try JSONValue(parsing: answer[0])["result"]?.array)
        return result.map { symbol in
            let location = symbol["location"]
            return "\(symbol["name"]?.string ?? "?") @ \(location?["uri"]?.string ?? "?"):\(location?["range"]?["start"]?["line"]?.int ?? -1)"
        }
    }

    @Test func goalsAndSectionsOfTheTreeAsTreeReadsIt() throws {
        var harness = started()
        #expect(try Self.found(harness.request(1, "workspace/symbol", ["query": "helm"]))
            == ["Learn Helm @ file://\(notes)/a.md:2", "Helm charts @ file://\(notes)/sub/b.md:2"])
        #expect(try Self.found(harness.request(2, "workspace/symbol", ["query": "beta"])) == ["Beta @ file://\(notes)/sub/b.md:0"])
        // The exact JSON of one: its container is the tree's path to it (the folders, then the
        // file; its one title heading is the file's name), as `--tree list` places it.
        #expect(harness.request(3, "workspace/symbol", ["query": "learn"]) == [
            #"{"jsonrpc":"2.0","id":3,"result":[{"name":"Learn Helm","kind":24,"containerName":"a.md","location":{"uri":"file://\#(notes)/a.md","range":{"start":{"line":2,"character":2},"end":{"line":2,"character":16}}}}]}"#,
        ])
        #expect(harness.request(4, "workspace/symbol", ["query": "charts"]).first?.contains(#""containerName":"sub › b.md""#) == true)
    }

    /// An open buffer of a file of the tree is read instead of the file: found once, as typed.
    @Test func anOpenBufferWinsOverTheDisk() throws {
        var harness = started()
        _ = harness.open("file://\(notes)/sub/b.md", "# Beta\n\n- [ ] Helmfile charts\n")
        #expect(try Self.found(harness.request(1, "workspace/symbol", ["query": "helm"]))
            == ["Helmfile charts @ file://\(notes)/sub/b.md:2", "Learn Helm @ file://\(notes)/a.md:2"])
        // A buffer with no goal left is still the tree's file: its old goal is not read from disk.
        _ = harness.notify("textDocument/didClose", ["textDocument": ["uri": .string("file://\(notes)/sub/b.md")]])
        _ = harness.open("file://\(notes)/sub/b.md", "# Beta\n\nNo goals yet.\n")
        #expect(try Self.found(harness.request(2, "workspace/symbol", ["query": "helm"])) == ["Learn Helm @ file://\(notes)/a.md:2"])
    }
}
