import Foundation
import RoadmapKit
import RoadmapTestSupport
import Testing

/// `roadmap lsp`, the built binary, over pipes: only protocol on stdout, nothing on stderr, exit 0
/// after shutdown and exit; and a "Check" code action, applied as an editor applies it, gives the
/// bytes `roadmap check` writes for the same goal, while the file the editor has open is never
/// written.
struct LspEndToEndTests {
    static func frame(_ object: [String: Any]) throws -> Data {
        let content = try JSONSerialization.data(withJSONObject: object)
        return Data("Content-Length: \(content.count)\r\n\r\n".utf8) + content
    }

    /// The JSON objects of a framed stream; fails on anything that is not a well-framed message.
    static func messages(_ data: Data) throws -> [[String: Any]] {
        var bytes = [UInt8](data)[...]
        var out: [[String: Any]] = []
        let separator: [UInt8] = [13, 10, 13, 10]
        while !bytes.isEmpty {
            let headerEnd = try #require((bytes.startIndex...bytes.endIndex - 4).first { Array(bytes[$0..<$0 + 4]) == separator })
            let header = String(decoding: bytes[bytes.startIndex..<headerEnd], as: UTF8.self)
            #expect(header.hasPrefix("Content-Length: "))
            let length = try #require(Int(header.dropFirst("Content-Length: ".count)))
            let content = bytes[headerEnd + 4..<headerEnd + 4 + length]
            out.append(try #require(try JSONSerialization.jsonObject(with: Data(content)) as? [String: Any]))
            bytes = bytes[(headerEnd + 4 + length)...]
        }
        return out
    }

    /// Applies LSP edits in UTF-8 positions (what the test offers) to a file with LF line ends.
    static func apply(_ edits: [[String: Any]], to bytes: [UInt8]) throws -> [UInt8] {
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { lineStarts.append(i + 1) }
        func offset(_ position: Any?) throws -> Int {
            let p = try #require(position as? [String: Int])
            return lineStarts[try #require(p["line"])] + (try #require(p["character"]))
        }
        var result = bytes
        let ranged = try edits.map { edit -> (Range<Int>, [UInt8]) in
            let range = try #require(edit["range"] as? [String: Any])
            return (try offset(range["start"])..<(try offset(range["end"])), Array(try #require(edit["newText"] as? String).utf8))
        }
        for (range, text) in ranged.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) { result.replaceSubrange(range, with: text) }
        return result
    }

    @Test func checkActionEqualsRoadmapCheck() throws {
        let file = try #require(BundledTemplate.named("career-roadmap")?.files.first)
        #expect(!file.bytes.contains(13), "the test maps positions over LF lines")
        let roadmap = Roadmap(parsing: file.bytes)
        let goals = roadmap.goals.indices.filter { roadmap.goals[$0].state == .open }.prefix(40).enumerated().filter { $0.offset % 13 == 0 }.map(\.element)
        #expect(goals.count == 4)
        let editorDir = try EndToEndTests.temporaryCopy(String(decoding: file.bytes, as: UTF8.self))
        let path = editorDir.appendingPathComponent("career-roadmap.md")
        let uri = "file://" + path.path

        var input = try Self.frame(["jsonrpc": "2.0", "id": 0, "method": "initialize",
                                    "params": ["processId": NSNull(), "rootUri": NSNull(), "capabilities": ["general": ["positionEncodings": ["utf-8"]]]]])
        input += try Self.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        input += try Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                                 "params": ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": String(decoding: file.bytes, as: UTF8.self)]]])
        for (n, goal) in goals.enumerated() {
            let position = ["line": roadmap.goals[goal].line - 1, "character": 0]
            input += try Self.frame(["jsonrpc": "2.0", "id": n + 1, "method": "textDocument/codeAction",
                                     "params": ["textDocument": ["uri": uri], "range": ["start": position, "end": position], "context": ["diagnostics": []]]])
        }
        input += try Self.frame(["jsonrpc": "2.0", "id": 99, "method": "shutdown"])
        input += try Self.frame(["jsonrpc": "2.0", "method": "exit"])

        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["lsp"]
        process.currentDirectoryURL = editorDir
        process.environment = ["PATH": "/usr/bin:/bin", "ROADMAP_TODAY": "2026-11-22"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(errors.isEmpty, "stderr: \(String(decoding: errors, as: UTF8.self))")

        let messages = try Self.messages(output)
        #expect(messages.contains { $0["method"] as? String == "textDocument/publishDiagnostics" })
        for (n, goal) in goals.enumerated() {
            let answer = try #require(messages.first { $0["id"] as? Int == n + 1 })
            let actions = try #require(answer["result"] as? [[String: Any]])
            let check = try #require(actions.first { $0["title"] as? String == "Check goal" })
            let edits = try #require((check["edit"] as? [String: Any])?["changes"] as? [String: Any])[uri] as? [[String: Any]]
            let applied = try Self.apply(try #require(edits), to: file.bytes)

            let cliDir = try EndToEndTests.temporaryCopy(String(decoding: file.bytes, as: UTF8.self))
            let check2 = try EndToEndTests.run(["check", "\(goal + 1)"], in: cliDir)
            #expect(check2.status == 0, "\(check2.stderr)")
            let written = [UInt8](try Data(contentsOf: cliDir.appendingPathComponent("career-roadmap.md")))
            #expect(applied == written, "goal #\(goal + 1)")
            #expect(applied != file.bytes)
        }
        // The editor's file is the editor's: the server never wrote it.
        #expect([UInt8](try Data(contentsOf: path)) == file.bytes)
    }
}
