import Foundation
import JSONText
import LanguageServer
import Testing

/// Every request of the capabilities added here, at positions on every line (sampled on long
/// files), at their ends and past the end of the document, over the bundled roadmaps, the corpus
/// (skipped by name when ../shared is absent) and hostile texts: each is answered with a result,
/// never an error or a crash.
@Suite struct RobustnessTests {
    static let hostile = [
        "", "\u{FEFF}# T\r- [ ] a 📅 \r", "📅 ✅ ** [ ] [x] [", "# A\n## B\n### C\n- [ ] x\n#\n##\n- [ ] **", "**S:** [ ] [ ] [ ]\n**",
        "- [ ] [link](../../../etc/passwd.md)\n- [ ] [self](x.md)\n", "# 3-Month Checkpoint\n**Date:** 9999-12-31\n- [ ] a (Month 999999999)\n",
        String(repeating: "  - [ ] deep\n", count: 300), "Setext\n===\n- [x] ✅ 2026-02-30\n\nB\n---\n- [/] 📅 0000-01-01\n",
    ]

    @Test func everyRequestIsAnsweredOnEveryFile() {
        var harness = ServerHarness()
        harness.initialize()
        var documents = BundledFiles.all().map { ($0.uri, String(decoding: $0.bytes, as: UTF8.self)) }
        documents += Self.hostile.enumerated().map { ("untitled:hostile-\($0.offset)", $0.element) }
        for (uri, text) in documents {
            _ = harness.open(uri, text)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let step = max(1, lines.count / 12)
            var requests: [(String, JSONValue)] = [
                ("textDocument/inlayHint", ["textDocument": ["uri": .string(uri)], "range": ["start": ["line": 0, "character": 0], "end": ["line": 1_000_000, "character": 0]]]),
                ("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]]),
                ("workspace/executeCommand", ["command": "roadmap.status", "arguments": [.string(uri)]]),
                ("workspace/executeCommand", ["command": "roadmap.review", "arguments": [.string(uri)]]),
            ]
            for line in stride(from: 0, through: lines.count + 1, by: step) {
                let length = line < lines.count ? lines[line].utf16.count : 0
                for character in [0, length / 2, length, length + 7] {
                    let at: JSONValue = ["textDocument": ["uri": .string(uri)], "position": ["line": .number(JSONNumber(line)), "character": .number(JSONNumber(character))]]
                    requests.append(("textDocument/hover", at))
                    requests.append(("textDocument/completion", at))
                }
            }
            for (k, (method, params)) in requests.enumerated() {
                let answer = harness.request(k + 1, method, params)
                // Commands may refuse as the command line does: a document without goals is no
                // roadmap, and review will not draft into a file that ends inside a code block.
                let allowed = method == "workspace/executeCommand"
                    && (answer.first?.contains("not a roadmap") == true || answer.first?.contains(#""code":-32803"#) == true)
                #expect(answer.count == 1 && (answer[0].contains(#""result":"#) || allowed), "\(uri) \(method) \(params): \(answer)")
            }
            _ = harness.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        }
        #expect(harness.request(0, "workspace/symbol", ["query": ""]).first?.contains(#""result":[]"#) == true)
    }

    @Test func workspaceSymbolsAcrossManyOpenFilesStopAtTheLimit() {
        var harness = ServerHarness()
        harness.initialize()
        for file in BundledFiles.bundled() { _ = harness.open(file.uri, String(decoding: file.bytes, as: UTF8.self)) }
        let answer = harness.request(1, "workspace/symbol", ["query": ""])
        #expect(answer.first?.contains(#""result":["#) == true)
        let count = answer.first.map { $0.components(separatedBy: #""location":"#).count - 1 } ?? 0
        #expect(count > 0 && count <= 1000)
    }
}
