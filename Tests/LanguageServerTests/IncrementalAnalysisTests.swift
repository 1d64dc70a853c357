import Foundation
import JSONText
import LanguageServer
import LanguageServerProtocol
import RoadmapKit
import Testing

/// The server re-analyses only what a change touched (`DocumentAnalysis.updated`): after any
/// sequence of edits, what it publishes and the model it keeps equal a full analysis of the
/// resulting text in a fresh server. Edits are random (seeded, so a failure replays) over the
/// bundled roadmaps and the corpus in ../shared/corpus (skipped by name when absent), made of
/// what changes block structure most: line ends, blank lines, fences, headings, list and task
/// markers, quotes, table pipes, HTML, dates, and pieces of the document itself.
@Suite struct IncrementalAnalysisTests {
    /// Insertions the edits draw from.
    static let pieces = [
        "x", " ", "\n", "\n\n", "\r\n", "\r", "- [ ] ", "- [x] ", "[ ]", "# ", "## Month 2\n", "```\n", "~~~", "> ",
        "    ", "  ", "|", "| --- |", "**Date:** ", "**Start Date:** 2026-01-05\n", "<div>\n", "-->", "<!--",
        "📅 2026-12-01", "✅ 2026-01-01", "1. ", "---\n", "===\n", "* ", "\t", "é", "ðŸŽ¯", "[a](missing.md)",
        "## Checkpoint: Demo\n", "**Status:** [ ] Yes [x] No\n",
    ]

    /// A small deterministic generator (SplitMix64), so every run makes the same edits.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    /// One random ranged change of `text` (positions in UTF-16, the default encoding): a
    /// deletion of up to 40 characters replaced by a piece or by a slice of the text itself.
    static func change(of lines: [Substring], _ random: inout Random) -> JSONValue {
        func position() -> (line: Int, character: Int) {
            let line = random.below(lines.count + 1)
            let length = line < lines.count ? lines[line].utf16.count : 0
            return (line, random.below(length + 2))
        }
        let start = position()
        if random.below(4) == 0 {
            // Overwrite one character, as ticking a box does: the length stays, the meaning may not.
            let text = ["x", " ", "#", "-", "`", ">", "|", "\n"][random.below(8)]
            return ["range": ["start": ["line": .number(JSONNumber(start.line)), "character": .number(JSONNumber(start.character))],
                              "end": ["line": .number(JSONNumber(start.line)), "character": .number(JSONNumber(start.character + 1))]],
                    "text": .string(text)]
        }
        var end = start
        switch random.below(4) {
        case 0: break
        case 1: end.character += random.below(40)
        case 2: end = (start.line + random.below(3), random.below(20))
        default: end = position()
        }
        let text: String
        if random.below(5) == 0, !lines.isEmpty {
            let line = lines[random.below(lines.count)]
            text = String(line.prefix(random.below(line.count + 1))) + (random.below(2) == 0 ? "\n" : "")
        } else if random.below(6) == 0 {
            text = ""
        } else {
            text = pieces[random.below(pieces.count)]
        }
        return ["range": ["start": ["line": .number(JSONNumber(start.line)), "character": .number(JSONNumber(start.character))],
                          "end": ["line": .number(JSONNumber(end.line)), "character": .number(JSONNumber(end.character))]],
                "text": .string(text)]
    }

    /// Edits `file` `count` times (one to three changes a `didChange`) and after each compares
    /// the server's diagnostics and model with a fresh server's full analysis of the same text.
    static func check(_ name: String, uri: String, text: String, edits count: Int, seed: UInt64) throws {
        var random = Random(state: seed)
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(uri, text)
        for version in 2..<(2 + count) {
            let current = harness.server.state.documents[uri]!.buffer.bytes
            let lines = String(decoding: current, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let changes = (0..<(1 + random.below(3))).map { _ in change(of: lines, &random) }
            let published = harness.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(uri), "version": .number(JSONNumber(version))], "contentChanges": .array(changes)])

            let bytes = harness.server.state.documents[uri]!.buffer.bytes
            var fresh = ServerHarness()
            fresh.initialize()
            let expected = fresh.open(uri, String(decoding: bytes, as: UTF8.self), version: version)
            let context = "\(name), seed \(seed), edit \(version - 1): \(changes.map { $0.serializedText })"
            #expect(published == expected, "\(context)")
            // Copies of the states: each answers with the analysis its server made and kept.
            var served = harness.server.state, fullState = fresh.server.state
            let incremental = try served.analysis(of: uri)
            let full = try fullState.analysis(of: uri)
            #expect(incremental.lintFindings == full.lintFindings, "\(context)")
            // And both equal lint over the whole file, as `roadmap lint` runs it.
            let wholeFile = full.isRoadmap ? RoadmapKitLint.findings(bytes, path: DocumentPath.path(ofURI: uri) ?? "", today: ServerHarness.today) : []
            #expect(incremental.lintFindings == wholeFile, "\(context)")
            #expect(incremental.bytes == full.bytes, "\(context)")
            // The model equals one parse of the whole text (a fresh server parses by chunks too).
            let whole = Tracking.parsing(bytes)
            let wholeSchedule = Schedule(whole, today: ServerHarness.today)
            #expect(incremental.roadmap.goals == whole.roadmap.goals, "\(context)")
            #expect(incremental.roadmap.sections == whole.roadmap.sections, "\(context)")
            #expect(incremental.roadmap.goals.indices.map { incremental.roadmap.text(of: $0) }
                == whole.roadmap.goals.indices.map { whole.roadmap.text(of: $0) }, "\(context)")
            #expect(incremental.roadmap.continuations.goals == whole.roadmap.continuations.goals, "\(context)")
            #expect(incremental.tracking.fields == whole.fields, "\(context)")
            #expect(incremental.tracking.groups == whole.groups, "\(context)")
            #expect(incremental.tracking.tables == whole.tables, "\(context)")
            #expect(incremental.tracking.titles == whole.titles, "\(context)")
            #expect(incremental.tracking.checkpoints == whole.checkpoints, "\(context)")
            #expect(incremental.tracking.start == whole.start, "\(context)")
            #expect(incremental.tracking.startField == whole.startField, "\(context)")
            #expect(Array(incremental.tracking.sectionHorizons) == Array(whole.sectionHorizons), "\(context)")
            #expect(Array(incremental.tracking.sectionDurations) == Array(whole.sectionDurations), "\(context)")
            // Each goal's own period is read when its chunk is parsed, not by the schedule: as the
            // whole text's goals name them.
            #expect(incremental.roadmap.knownHorizons == whole.roadmap.goals.indices.map { Schedule.horizon(ofGoal: $0, in: whole.roadmap) },
                    "\(context)")
            #expect(Array(incremental.schedule.files[0].goalDue) == Array(wholeSchedule.goalDue), "\(context)")
            #expect(incremental.schedule.files[0].checkpointDue == wholeSchedule.checkpointDue, "\(context)")
            #expect(full.roadmap.goals == whole.roadmap.goals && full.tracking.fields == whole.fields, "\(context)")
            // The inlay hints of the whole document, as an editor asks for the visible lines.
            let lineCount = bytes.count + 2
            let hints: JSONValue = ["textDocument": ["uri": .string(uri)],
                                    "range": ["start": ["line": 0, "character": 0], "end": ["line": .number(JSONNumber(lineCount)), "character": 0]]]
            #expect(harness.request(version, "textDocument/inlayHint", hints) == fresh.request(version, "textDocument/inlayHint", hints), "\(context)")
            // One failure per file is enough to read.
            guard published == expected, incremental.lintFindings == wholeFile else { return }
        }
    }

    /// Every bundled roadmap, 60 edits each, three seeds.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func bundledRoadmapsAfterRandomEdits(seed: UInt64) throws {
        let files = BundledFiles.bundled()
        #expect(files.count >= 4)
        for file in files {
            guard let text = String(validating: file.bytes, as: UTF8.self) else { continue }
            try Self.check(file.name, uri: file.uri, text: text, edits: 60, seed: seed)
        }
    }

    /// Every corpus file (../shared/corpus; skipped by name when absent), 6 edits each.
    @Test func corpusAfterRandomEdits() throws {
        var checked = 0
        for (index, file) in BundledFiles.corpus().enumerated() {
            // Invalid UTF-8 cannot travel in a JSON string; the encoding tests cover it.
            guard let text = String(validating: file.bytes, as: UTF8.self) else { continue }
            try Self.check(file.name, uri: file.uri, text: text, edits: 6, seed: UInt64(100 + index))
            checked += 1
        }
        print("incremental analysis: \(checked) corpus files edited")
    }

    /// Typing a line character by character and deleting it again, the way a person does, in
    /// the middle of a goal list, a fence and a table: every keystroke a separate version.
    @Test func typingOneCharacterAtATime() throws {
        let text = "# Plan\n\n**Start Date:** 2026-01-05\n\n## Month 1\n\n- [ ] One\n- [x] Two\n\n```\n- [ ] code\n```\n\n| Skill | Level |\n| --- | --- |\n| Go | ___% |\n\n## Month 2\n\n- [ ] Three 📅 2026-12-01\n"
        var harness = ServerHarness()
        harness.initialize()
        let uri = "file:///typing.md"
        _ = harness.open(uri, text)
        var version = 1
        for start in [6, 10, 15, 19] {
            // The cursor stays at the end of its line (a character past the end clamps to it)
            // and moves down a line after a line end is typed.
            var line = start
            for (k, character) in "\n- [x] Typed ✅ 2026-02-03\n```".enumerated() {
                version += 1
                let at: JSONValue = ["line": .number(JSONNumber(line)), "character": 200]
                let published = harness.notify("textDocument/didChange", [
                    "textDocument": ["uri": .string(uri), "version": .number(JSONNumber(version))],
                    "contentChanges": [["range": ["start": at, "end": at], "text": .string(String(character))]]])
                if character == "\n" { line += 1 }
                let bytes = harness.server.state.documents[uri]!.buffer.bytes
                var fresh = ServerHarness()
                fresh.initialize()
                #expect(published == fresh.open(uri, String(decoding: bytes, as: UTF8.self), version: version), "line \(start), keystroke \(k)")
            }
        }
    }
}

/// Lint looks at the disk for links only when it lints their chunk, so a file that appears is
/// not seen while the edits are elsewhere; a save (of any document) makes the server look again.
@Suite struct LinkRecheckTests {
    @Test func aSaveLooksAtLinksAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lsp-links-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let uri = "file://" + folder.appendingPathComponent("plan.md").path
        let text = "# Plan\n\n- [ ] Read [notes](notes.md)\n\n## Later\n\n- [ ] Write\n"
        var harness = ServerHarness()
        harness.initialize()
        let missing = "link to 'notes.md' points nowhere"
        #expect(harness.open(uri, text).joined().contains(missing))

        try Data("# Notes\n".utf8).write(to: folder.appendingPathComponent("notes.md"))
        func typeInLaterSection(_ version: Int) -> String {
            harness.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(uri), "version": .number(JSONNumber(version))],
                "contentChanges": [["range": ["start": ["line": 6, "character": 11], "end": ["line": 6, "character": 11]], "text": "!"]]]).joined()
        }
        // The edit is in the other chunk: the link's chunk is not linted again.
        #expect(typeInLaterSection(2).contains(missing))
        _ = harness.notify("textDocument/didSave", ["textDocument": ["uri": .string(uri)]])
        #expect(!typeInLaterSection(3).contains(missing))
    }
}
