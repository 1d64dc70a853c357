import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

/// `DuplicateGoals.key`: the bytes two goals of one list are compared by, built without a String
/// per goal for ASCII text, must be exactly the UTF-8 of the text the rule is written in (the
/// goal's plain text without its done date, lowercased: `DuplicateGoals.referenceKey`).
@Suite struct DuplicateGoalsTests {
    /// Goals that take each turn of the rule: emphasis, links, code, snake_case, a done date (not
    /// ASCII), a date that is all the text, continuation lines, trailing whitespace, capitals,
    /// non-ASCII letters and mojibake.
    static let tricky = """
    # Plan

    - [ ] **Learn** Go
    - [ ] learn go
    - [ ] Read [the book](book.md) and `code`
    - [ ] snake_case _emphasis_ ~~struck~~
    - [x] Ship it ✅ 2026-01-02
    - [x] ✅ 2026-01-02
    - [x] ✅ 2026-01-02 Date first
    - [x] Two dates ✅ 2026-01-02 ✅ 2026-01-03
    - [x] Not a date ✅ 2026-13-02
    - [x] Dated ✅ 2026-01-02 then text 📅 2026-02-01
    - [x] Dated ✅ 2026-01-02
      and continued
    - [ ] First line
      continued here\t
      and here
    - [ ] \u{0B}
    - [ ] Trailing spaces   \t
    - [ ] CAPITALS and MiXeD
    - [ ] Ärger über Straße
    - [ ] CafÃ© mojibake
    - [ ] KELVIN \u{212A}
    > - [ ] quoted [link](x.md
    1. [ ] ordered ]( odd
    - [ ]
    - [ ] a\\*b [x] [ ]
    - [ ] Dataview due [due:: 2026-02-01]
    - [ ] Dataview due [due:: 2026-03-01]
    - [x] Dataview done [completion:: 2026-01-02]
    - [ ] Block linked ^abc-1
    - [ ] Prioritised ⏫ #tag
    - [ ] Tagged only #tag #other
    - [ ] A colon: not a field
    - [ ] Caret ^ alone and x^2
    - [ ] Block linked, upper ^ABC
    - [ ] Q&amp;A and Q&A
    - [ ] Ship the gRPC syllabus — see [notes](notes/grpc.md)
    - [ ] ship THE grpc syllabus — SEE [notes](notes/grpc.md)
    - [ ] 复习 Kubernetes 网络 with a summary
    - [ ] Übung: Docker-Grundlagen ÀÉÎÕÜÝÞ × ß ÿ µ
    - [ ] übung: docker-grundlagen àéîõüýþ × ß ÿ µ
    - [ ] Emoji 🎯 and ✅ inside, ⏫ not last
    - [ ] Greek ΑΒΓ and Cyrillic АБВ
    - [ ] Kelvin K and Ohm Ω and Ⓐ and Ⅻ
    - [ ] Mojibake pair Ã© and one Ã alone
    - [ ] Ã© ✅ 2026-01-02
    - [ ] __bold__ and *em* with `code` ~~x~~
    - [ ] \u{00}nul and \u{7F}del
    - [x] 🎯 Goal ✅ 2026-01-02 📅 2026-02-01 ⏫
    - [ ] Capital İ dotted and ǅ title case

    """

    func keysMatch(_ bytes: [UInt8], _ name: String) {
        noFieldsMissed(bytes, name)
        findingsMatch(bytes, name)
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        var scratch: [UInt8] = []
        for index in roadmap.goals.indices {
            let key = DuplicateGoals.key(of: index, in: roadmap, scratch: &scratch)
            let expected = Array(DuplicateGoals.referenceKey(of: index, in: roadmap).utf8)
            #expect(key == expected, "\(name): goal \(index + 1)")
        }
    }

    /// Bytes that are no UTF-8 inside a goal go through the String (`String(decoding:)` repairs them).
    @Test func invalidUTF8() {
        var bytes = Array("# P\n\n- [ ] Bad ".utf8) + [0xC3] + Array(" byte\n- [ ] bad ".utf8) + [0xC3] + Array(" BYTE\n".utf8)
        keysMatch(bytes, "a lone lead byte")
        bytes = Array("# P\n\n- [ ] Cut ".utf8) + [0xE2, 0x80] + Array("\n  ".utf8) + [0x94] + Array(" on\n".utf8)
        keysMatch(bytes, "a character cut by a line end")
    }

    /// Where `mayHoldFields` says a goal has no fields but tags, reading its fields finds none.
    func noFieldsMissed(_ bytes: [UInt8], _ name: String) {
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        for index in roadmap.goals.indices where !roadmap.mayHoldFields(index) {
            #expect(roadmap.tasksFields(of: index).fields.allSatisfy { $0.kind == .tag }, "\(name): goal \(index + 1)")
        }
    }

    /// `lowercase`, character by character, against `String.lowercased()`: every character it
    /// gives an answer for, in the planes goals are written in.
    @Test func lowercaseAgreesWithTheStandardLibrary() {
        var checked = 0
        var wrong: [String] = []
        for value in UInt32(0x80)...0x1FFFF {
            guard let lower = DuplicateGoals.lowercase(value), let scalar = Unicode.Scalar(value) else { continue }
            if String(scalar).lowercased().unicodeScalars.map(\.value) != [lower] { wrong.append("U+" + String(value, radix: 16)) }
            checked += 1
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
        #expect(checked > 20_000)
    }

    /// The findings against a reading that is the rule as written: a dictionary of each goal's
    /// list and `referenceKey`.
    func findingsMatch(_ bytes: [UInt8], _ name: String) {
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        let input = LintInput(roadmap: roadmap, tracking: Tracking(roadmap), exists: { _ in true })
        let lists = ListMembership(roadmap.lineFacts)
        struct Key: Hashable { let list: Int; let text: String }
        var seen: [Key: Int] = [:]
        var expected: [String] = []
        for index in roadmap.goals.indices {
            guard let list = lists.list(ofLine: roadmap.goals[index].line - 1) else { continue }
            let text = DuplicateGoals.referenceKey(of: index, in: roadmap)
            guard !text.isEmpty else { continue }
            if let first = seen[Key(list: list, text: text)] {
                expected.append("\(roadmap.goals[index].line) \(input.quoted(goal: index)) is also the goal on line \(roadmap.goals[first].line)")
            } else {
                seen[Key(list: list, text: text)] = index
            }
        }
        #expect(DuplicateGoals.findings(input).map { "\($0.line) \($0.message)" } == expected, "\(name)")
    }

    @Test func trickyGoals() {
        keysMatch(Array(Self.tricky.utf8), "tricky")
        keysMatch(Array(Self.tricky.replacingOccurrences(of: "\n", with: "\r\n").utf8), "tricky, CRLF")
    }

    /// Duplicates are found across the ASCII keys and the others, in one list only.
    @Test func findingsAcrossForms() {
        let text = "# P\n\n- [ ] **Learn** Go\n- [ ] learn go\n- [ ] Café\n- [ ] CAFÉ\n- [x] Done ✅ 2026-01-02\n- [ ] done\n\nA paragraph ends the list.\n\n- [ ] learn go\n"
        let found = Lint.findings(Array(text.utf8), today: CivilDate(iso: "2026-11-22")!, exists: { _ in true })
            .filter { $0.kind == .duplicateGoal }.map { "\($0.line) \($0.message)" }
        #expect(found == ["4 'learn go' is also the goal on line 3", "6 'CAFÉ' is also the goal on line 5",
                          "8 'done' is also the goal on line 7"])
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpusGoals() {
        for url in Corpus.files { keysMatch(Corpus.bytes(url), Corpus.name(url)) }
    }

    @Test func bundledRoadmaps() throws {
        let folder = PackagePaths.roadmaps
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!names.isEmpty)
        for name in names { keysMatch(Corpus.bytes(folder.appendingPathComponent(name)), name) }
    }
}
