import Foundation
import RoadmapKit
import RoadmapTestSupport
import Testing

/// The built `roadmap lsp`'s stamp, sub-goal, adopt and choose actions, applied as an editor
/// applies them, give the bytes the built `roadmap stamp`, `add 'New goal' --under N`, `adopt` and
/// `select` write to a copy of the same file.
struct LspEditActionsEndToEndTests {
    /// The results of code action requests on the 0-based line ranges `ranges` of `name` in
    /// `directory`, from `roadmap lsp` run there with `environment` (UTF-8 positions).
    static func actions(_ name: String, in directory: URL, _ ranges: [(Int, Int)], environment: [String: String] = [:]) throws -> [[[String: Any]]] {
        let path = directory.appendingPathComponent(name)
        let text = String(decoding: try Data(contentsOf: path), as: UTF8.self)
        let uri = "file://" + path.path
        var input = try LspEndToEndTests.frame(["jsonrpc": "2.0", "id": 0, "method": "initialize",
                                                "params": ["processId": NSNull(), "rootUri": NSNull(), "capabilities": ["general": ["positionEncodings": ["utf-8"]]]]])
        input += try LspEndToEndTests.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        input += try LspEndToEndTests.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                                             "params": ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": text]]])
        for (n, range) in ranges.enumerated() {
            input += try LspEndToEndTests.frame(["jsonrpc": "2.0", "id": n + 1, "method": "textDocument/codeAction", "params": [
                "textDocument": ["uri": uri], "context": ["diagnostics": []],
                "range": ["start": ["line": range.0, "character": 0], "end": ["line": range.1, "character": range.0 == range.1 ? 0 : 10_000]],
            ]])
        }
        input += try LspEndToEndTests.frame(["jsonrpc": "2.0", "id": 99, "method": "shutdown"])
        input += try LspEndToEndTests.frame(["jsonrpc": "2.0", "method": "exit"])
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["lsp"]
        process.currentDirectoryURL = directory
        var variables = ["PATH": "/usr/bin:/bin", "ROADMAP_TODAY": "2026-11-22"]
        variables.merge(environment) { $1 }
        process.environment = variables
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let messages = try LspEndToEndTests.messages(output)
        return try ranges.indices.map { n in
            let answer = try #require(messages.first { $0["id"] as? Int == n + 1 })
            return try #require(answer["result"] as? [[String: Any]])
        }
    }

    /// The file after the action titled `title` among `actions`.
    static func applied(_ title: String, _ actions: [[String: Any]], to bytes: [UInt8], uri: String) throws -> [UInt8] {
        let action = try #require(actions.first { $0["title"] as? String == title }, "no '\(title)' among \(actions.map { $0["title"] ?? "" })")
        let edits = try #require((action["edit"] as? [String: Any])?["changes"] as? [String: Any])[uri] as? [[String: Any]]
        return try LspEndToEndTests.apply(try #require(edits), to: bytes)
    }

    /// `roadmap ARGUMENTS` on a copy of `text`; the bytes it wrote.
    static func written(_ arguments: [String], _ text: String, name: String) throws -> [UInt8] {
        let directory = try EndToEndTests.temporaryCopy(text, name: name)
        let run = try EndToEndTests.run(["-f", name] + arguments, in: directory)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    @Test func addASubGoalEqualsRoadmapAddUnder() throws {
        let file = try #require(BundledTemplate.named("career-roadmap")?.files.first)
        let text = String(decoding: file.bytes, as: UTF8.self)
        let roadmap = Roadmap(parsing: file.bytes)
        let goals = stride(from: 0, to: roadmap.goals.count, by: max(1, roadmap.goals.count / 5)).map { $0 }
        let directory = try EndToEndTests.temporaryCopy(text)
        let answers = try Self.actions("career-roadmap.md", in: directory, goals.map { (roadmap.goals[$0].line - 1, roadmap.goals[$0].line - 1) })
        let uri = "file://" + directory.appendingPathComponent("career-roadmap.md").path
        for (goal, actions) in zip(goals, answers) {
            let applied = try Self.applied("Add a sub-goal", actions, to: file.bytes, uri: uri)
            #expect(applied == (try Self.written(["add", "New goal", "--under", String(goal + 1)], text, name: "career-roadmap.md")), "goal #\(goal + 1)")
        }
    }

    static let plain = """
    # Plan

    ## Milestones

    - Ship v1
    - ✅ Write the docs
    1. Hire a designer

    ## Project

    - [ ] Launch

    **Status:** [ ] Planned [x] Active [ ] Done
    **Size:** [ ] S [ ] M

    """

    @Test func adoptAndChooseEqualRoadmapAdoptAndSelect() throws {
        let bytes = Array(Self.plain.utf8)
        let directory = try EndToEndTests.temporaryCopy(Self.plain, name: "plan.md")
        let uri = "file://" + directory.appendingPathComponent("plan.md").path
        let answers = try Self.actions("plan.md", in: directory, [(0, 14), (12, 12), (13, 13)])
        #expect(try Self.applied("Turn 3 bullets into goals", answers[0], to: bytes, uri: uri) == (try Self.written(["adopt"], Self.plain, name: "plan.md")))
        #expect(try Self.applied("Choose Done", answers[1], to: bytes, uri: uri) == (try Self.written(["select", "Status", "Done"], Self.plain, name: "plan.md")))
        #expect(try Self.applied("Choose Planned", answers[1], to: bytes, uri: uri) == (try Self.written(["select", "Status", "Planned"], Self.plain, name: "plan.md")))
        #expect(try Self.applied("Choose M", answers[2], to: bytes, uri: uri) == (try Self.written(["select", "Size", "M"], Self.plain, name: "plan.md")))
    }

    /// In a git repository: the stamp the server offers equals `roadmap stamp` on the committed
    /// file (skipped, with a SKIP line, when git is not installed).
    @Test func stampEqualsRoadmapStamp() throws {
        guard let repository = try GitRepository.make(for: "stampEqualsRoadmapStamp") else { return }
        let text = "# Plan\n\n- [x] Ship it\n- [ ] Polish\n- [x] Docs\n"
        try repository.write("plan.md", "# Plan\n\n- [x] Ship it\n- [ ] Polish\n- [ ] Docs\n")
        try repository.commit("first", on: "2026-10-02")
        try repository.write("plan.md", text)
        try repository.commit("second", on: "2026-10-07")
        let uri = "file://" + repository.directory.appendingPathComponent("plan.md").path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let answers = try Self.actions("plan.md", in: repository.directory, [(2, 4)], environment: ["PATH": path])
        let applied = try Self.applied("Stamp 2 done dates from git", answers[0], to: Array(text.utf8), uri: uri)
        let stamp = repository.run(["-f", "plan.md", "stamp"], today: "2026-11-22")
        #expect(stamp.status == .success, "\(stamp.stderr)")
        #expect(applied == Array(try repository.read("plan.md").utf8))
        #expect(String(decoding: applied, as: UTF8.self) == "# Plan\n\n- [x] Ship it ✅ 2026-10-02\n- [ ] Polish\n- [x] Docs ✅ 2026-10-07\n")
    }
}
