import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// The heart of the product: reading never changes bytes, and a tick changes only what it must,
/// whatever the line endings and encoding.
struct LosslessTests {
    static let variants: [(String, [UInt8])] = [
        ("LF", Array("# T\n- [ ] a\n- [x] b\n".utf8)),
        ("CRLF", Array("# T\r\n- [ ] a\r\n- [x] b\r\n".utf8)),
        ("lone CR", Array("# T\r- [ ] a\r- [x] b\r".utf8)),
        ("mixed", Array("# T\r\n- [ ] a\n- [x] b\r".utf8)),
        ("no final newline", Array("# T\n- [ ] a\n- [x] b".utf8)),
        ("BOM", [0xEF, 0xBB, 0xBF] + Array("# T\n- [ ] a\n- [x] b\n".utf8)),
        ("BOM no newline CRLF", [0xEF, 0xBB, 0xBF] + Array("# T\r\n- [ ] a\r\n- [x] b".utf8)),
        ("tabs", Array("# T\n-\t[ ] a\n\t- [x] b\n".utf8)),
        ("invalid UTF-8", Array("# T\n- [ ] a ".utf8) + [0xC3, 0x28, 0xFF] + Array("\n- [x] b \u{FE0F}\n".utf8)),
        ("binary-looking", Array("# T\n- [ ] a".utf8) + (1...31).map { UInt8($0) }.filter { $0 != 10 && $0 != 13 } + Array("\n- [x] b\n".utf8)),
        ("100 KB line", Array("# T\n- [ ] a ".utf8) + Array(repeating: 0x61, count: 100_000) + Array("\n- [x] b\n".utf8)),
        ("trailing spaces", Array("# T\n- [ ] a  \n- [x] b\t\n".utf8)),
    ]

    @Test(arguments: variants)
    func readingKeepsEveryByte(name: String, bytes: [UInt8]) {
        let r = Roadmap(parsing: bytes)
        #expect(r.bytes == bytes)
        #expect(r.goals.count == 2, "\(name)")
        #expect(r.goals.map(\.state) == [.open, .done], "\(name)")
        #expect(r.title == "T", "\(name)")
    }

    @Test(arguments: variants)
    func tickAndUntickGiveBackTheSameBytes(name: String, bytes: [UInt8]) {
        let r = Roadmap(parsing: bytes)
        let date = CivilDate(iso: "2026-11-22")!
        let ticked = r.edits(setting: 0, to: .done, doneDate: date).applied(to: bytes)
        let before = lines(bytes), after = lines(ticked)
        #expect(before.count == after.count, "\(name)")
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1, "\(name)")
        // The line ending of the ticked line is untouched.
        if let (old, new) = changed.first {
            #expect(old.suffix(2).filter { $0 == 10 || $0 == 13 } == new.suffix(2).filter { $0 == 10 || $0 == 13 })
        }
        let back = Roadmap(parsing: ticked).edits(setting: 0, to: .open, doneDate: nil).applied(to: ticked)
        #expect(back == bytes, "\(name)")

        let unticked = r.edits(setting: 1, to: .open, doneDate: nil).applied(to: bytes)
        #expect(Roadmap(parsing: unticked).edits(setting: 1, to: .done, doneDate: nil).applied(to: unticked) == bytes, "\(name)")
    }

    @Test func dateGoesBeforeTrailingWhitespaceAndKeepsIt() {
        let bytes = Array("- [ ] hard break  \r\n".utf8)
        let r = Roadmap(parsing: bytes)
        let ticked = r.edits(setting: 0, to: .done, doneDate: CivilDate(iso: "2026-01-02")).applied(to: bytes)
        #expect(String(decoding: ticked, as: UTF8.self) == "- [x] hard break ✅ 2026-01-02  \r\n")
    }

    @Test func tickWithoutDateIsOneByte() {
        let bytes = Array("- [ ] a\n".utf8)
        let edits = Roadmap(parsing: bytes).edits(setting: 0, to: .done, doneDate: nil)
        #expect(edits == [TextEdit(range: 3..<4, replacement: [0x78])])
    }

    @Test func multiByteStateBecomesOneByte() {
        let bytes = Array("- [“] a\n".utf8)
        let ticked = Roadmap(parsing: bytes).edits(setting: 0, to: .done, doneDate: nil).applied(to: bytes)
        #expect(String(decoding: ticked, as: UTF8.self) == "- [x] a\n")
    }

    @Test func existingDoneDateIsNotDoubled() {
        let bytes = Array("- [ ] a ✅ 2021-04-09\n".utf8)
        let r = Roadmap(parsing: bytes)
        let ticked = r.edits(setting: 0, to: .done, doneDate: CivilDate(iso: "2026-01-02")).applied(to: bytes)
        #expect(String(decoding: ticked, as: UTF8.self) == "- [x] a ✅ 2021-04-09\n")
        #expect(Roadmap(parsing: ticked).doneDate(of: 0) == CivilDate(iso: "2021-04-09"))
    }

    @Test func untickRemovesOnlyAWellFormedDate() {
        for (line, expected) in [
            ("- [x] a ✅ 2021-04-09\n", "- [ ] a\n"),
            ("- [x] ✅ 2021-04-09 first\n", "- [ ] ✅ 2021-04-09 first\n"),  // text after it: not a done date
            ("- [x] a ✅ 2021-13-09\n", "- [ ] a ✅ 2021-13-09\n"),
            ("- [x] a ✅ expected result\n", "- [ ] a ✅ expected result\n"),
            ("- [x] a ✅ 2021-04-091\n", "- [ ] a ✅ 2021-04-091\n"),
        ] {
            let bytes = Array(line.utf8)
            let out = Roadmap(parsing: bytes).edits(setting: 0, to: .open, doneDate: nil).applied(to: bytes)
            #expect(String(decoding: out, as: UTF8.self) == expected)
        }
    }

    @Test func tickFollowsTheNearestDoneGoalsSpelling() {
        let bytes = Array("- [X] a\n- [ ] b\n  - [x] c\n  - [ ] d\n".utf8)
        let r = Roadmap(parsing: bytes)
        #expect(String(decoding: r.edits(setting: 1, to: .done, doneDate: nil).applied(to: bytes), as: UTF8.self) == "- [X] a\n- [X] b\n  - [x] c\n  - [ ] d\n")
        #expect(String(decoding: r.edits(setting: 3, to: .done, doneDate: nil).applied(to: bytes), as: UTF8.self) == "- [X] a\n- [ ] b\n  - [x] c\n  - [x] d\n")
    }

    @Test func sameStateGivesNoEdits() {
        let r = roadmap("- [x] a\n")
        #expect(r.edits(setting: 0, to: .done, doneDate: CivilDate(iso: "2026-01-01")).isEmpty)
    }
}
