import JSONText
import LanguageServer
import LanguageServerProtocol
import RoadmapKit
import Testing

/// Applying a code action's edits to the editor's buffer gives, byte for byte, what the command
/// line writes for the same change: the core's edits (`Roadmap.edits(setting:to:doneDate:)`,
/// which `roadmap check`, `uncheck`, `start`, `cancel` and `reopen` write) applied to the file.
/// Over every bundled roadmap (in both position encodings) and the corpus in ../shared/corpus
/// (UTF-16; skipped, with a SKIP line naming it, when ../shared is absent).
@Suite struct ActionEquivalenceTests {
    static let states: [String: GoalState] = ["Check": .done, "Uncheck": .open, "Start": .inProgress, "Cancel": .cancelled, "Reopen": .open]

    /// The document after the client applies `edits`, as a client does: every range refers to
    /// the text before any edit, so they are applied from the last to the first, each through
    /// the incremental sync the server itself uses for `didChange`.
    static func applied(_ edits: [JSONValue], to bytes: [UInt8], encoding: PositionEncoding) throws -> [UInt8] {
        var buffer = TextDocumentBuffer(TextDocumentItem(uri: "file:///x.md", languageId: "markdown", version: 1, text: String(decoding: bytes, as: UTF8.self)), encoding: encoding)
        let parsed = try edits.map { try LanguageServerProtocol.TextEdit(json: $0) }
        for edit in parsed.sorted(by: { $0.range.start > $1.range.start }) {
            buffer.apply([.ranged(edit.range, text: edit.newText)], version: 2)
        }
        return buffer.bytes
    }

    /// Every action offered on a sample of goals' lines (all goals of a small file, `sample`
    /// spread over a large one): its edits applied equal the core's. Returns how many were compared.
    static func compare(_ file: BundledFiles.File, encoding: PositionEncoding, sample: Int = 40) throws -> Int {
        let roadmap = Roadmap(parsing: file.bytes)
        guard !roadmap.goals.isEmpty else { return 0 }
        var harness = ServerHarness()
        harness.initialize(encoding == .utf8 ? ["general": ["positionEncodings": ["utf-8"]]] : [:])
        _ = harness.open(file.uri, String(decoding: file.bytes, as: UTF8.self))
        let step = max(1, roadmap.goals.count / sample)
        var compared = 0
        for goal in stride(from: 0, to: roadmap.goals.count, by: step) {
            // The goal's line, asked as the client asks: a cursor at the start of the line.
            let line = roadmap.goals[goal].line - 1
            let position: JSONValue = ["line": .number(JSONNumber(line)), "character": 0]
            let answer = harness.request(goal + 1, "textDocument/codeAction", [
                "textDocument": ["uri": .string(file.uri)], "range": ["start": position, "end": position], "context": ["diagnostics": []],
            ])
            guard let result = try JSONValue(parsing: answer[0])["result"]?.array else {
                Issue.record("\(file.name): goal \(goal + 1): no result: \(answer)")
                continue
            }
            // Other goals on the same line (a second box in a table row) are changed too.
            let onLine = roadmap.goals.indices.filter { roadmap.goals[$0].line == line + 1 }
            for action in result where action["kind"]?.string == "refactor.rewrite" {
                // Stamp, add, adopt and choose are compared in `EditActionEquivalenceTests`.
                let verb = action["title"]?.string?.split(separator: " ").first.map(String.init)
                guard !["Stamp", "Add", "Turn", "Choose"].contains(verb) else { continue }
                guard let title = action["title"]?.string, let verb,
                      let state = states[verb], let edits = action["edit"]?["changes"]?[file.uri]?.array else {
                    Issue.record("\(file.name): unexpected action \(action.serializedText)")
                    continue
                }
                let change = GoalChanges.changes.first { $0.title == verb }!
                let core = onLine.filter { change.appliesTo(roadmap.goals[$0].state) }
                    .flatMap { roadmap.edits(setting: $0, to: state, doneDate: ServerHarness.today) }
                let expected = core.applied(to: file.bytes)
                let got = try applied(edits, to: file.bytes, encoding: encoding)
                #expect(got == expected, "\(file.name): \(title) on line \(line + 1) (\(encoding))")
                // The fewest characters: each client edit replaces exactly one core edit's bytes.
                #expect(edits.count == core.count, "\(file.name): \(title) on line \(line + 1)")
                compared += 1
            }
        }
        return compared
    }

    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func bundledRoadmaps(encoding: PositionEncoding) throws {
        var compared = 0
        for file in BundledFiles.bundled() { compared += try Self.compare(file, encoding: encoding) }
        #expect(compared > 100)
    }

    @Test func corpus() throws {
        var compared = 0, files = 0
        for file in BundledFiles.corpus() where String(validating: file.bytes, as: UTF8.self) != nil {
            compared += try Self.compare(file, encoding: .utf16, sample: 12)
            files += 1
        }
        if files > 0 { #expect(compared > 1000) }
        print("action equivalence: \(files) corpus files, \(compared) actions")
    }
}
