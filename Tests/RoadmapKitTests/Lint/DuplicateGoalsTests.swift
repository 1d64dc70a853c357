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

    """

    func keysMatch(_ bytes: [UInt8], _ name: String) {
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        var scratch: [UInt8] = []
        for index in roadmap.goals.indices {
            let key = DuplicateGoals.key(of: index, in: roadmap, scratch: &scratch)
            let expected = Array(DuplicateGoals.referenceKey(of: index, in: roadmap).utf8)
            #expect(key == expected, "\(name): goal \(index + 1)")
        }
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
