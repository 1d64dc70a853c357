import Testing
@testable import RoadmapKit

/// The `✅ YYYY-MM-DD` completion date as Obsidian Tasks reads it: at the end of the goal's line,
/// followed by nothing but other Tasks fields; ticking writes it there and unticking removes it
/// from there only (issue 13).
struct DoneDateTests {
    static let date = CivilDate(iso: "2026-12-01")!

    func tick(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: Roadmap(parsing: bytes).edits(setting: 0, to: .done, doneDate: Self.date).applied(to: bytes), as: UTF8.self)
    }

    func untick(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: Roadmap(parsing: bytes).edits(setting: 0, to: .open, doneDate: nil).applied(to: bytes), as: UTF8.self)
    }

    /// `- [x] ✅ 2025-07-07`: the date is the goal's whole text. Unticking crashed (an inverted range).
    @Test(arguments: ["- [x] ✅ 2025-07-07", "- [x] ✅ 2025-07-07\n", "- [x]\t✅ 2025-07-07  \r\n", "- [x] ✅2025-07-07"])
    func dateThatIsTheWholeText(_ text: String) {
        let r = roadmap(text)
        #expect(r.goals.count == 1)
        #expect(r.doneDate(of: 0) == CivilDate(iso: "2025-07-07"))
        #expect(r.text(of: 0, withoutDoneDate: true) == "")
        let back = untick(text)
        #expect(!back.contains("✅"), "\(back)")
        #expect(roadmap(back).goals.map(\.state) == [.open], "the goal stays a goal: \(back)")
    }

    /// Ticking an empty goal writes the date as its text; unticking gives the bytes back.
    @Test(arguments: ["- [ ] ", "- [ ] \n", "- [ ]\t\n", "1. [ ]  \r\n", "- [ ] \n  continued\n"])
    func emptyGoalRoundTrip(_ text: String) {
        let ticked = tick(text)
        #expect(ticked.contains("✅ 2026-12-01"), "\(ticked)")
        #expect(roadmap(ticked).doneDate(of: 0) == Self.date)
        #expect(untick(ticked) == text)
    }

    @Test func emptyGoalGetsTheDateAsItsText() {
        #expect(tick("- [ ] ") == "- [x] ✅ 2026-12-01")
        #expect(tick("- [ ] \n  more\n") == "- [x] ✅ 2026-12-01\n  more\n")
    }

    @Test func dateInTheMiddleIsText() {
        let text = "- [x] shipped v1 ✅ 2025-01-01 then v2 later"
        #expect(roadmap(text).doneDate(of: 0) == nil)
        #expect(untick(text) == "- [ ] shipped v1 ✅ 2025-01-01 then v2 later")
        #expect(roadmap(text).text(of: 0, withoutDoneDate: true) == "shipped v1 ✅ 2025-01-01 then v2 later")
        #expect(tick("- [ ] shipped v1 ✅ 2025-01-01 then v2 later") == "- [x] shipped v1 ✅ 2025-01-01 then v2 later ✅ 2026-12-01")
    }

    /// Followed by other Tasks fields, the date is still read and removed, and they stay.
    @Test(arguments: [
        ("- [x] a ✅ 2025-01-01 📅 2025-02-01", "- [ ] a 📅 2025-02-01"),
        ("- [x] a ✅ 2025-01-01 #work #later", "- [ ] a #work #later"),
        ("- [x] a ✅ 2025-01-01 ^block-1", "- [ ] a ^block-1"),
        ("- [x] a ✅ 2025-01-01 🔁 every week", "- [ ] a 🔁 every week"),
        ("- [x] a ✅ 2025-01-01 ⏳ 2025-01-02 🛫 2025-01-03 ➕ 2024-12-01", "- [ ] a ⏳ 2025-01-02 🛫 2025-01-03 ➕ 2024-12-01"),
        ("- [x] a #tag ✅ 2025-01-01", "- [ ] a #tag"),
        ("- [x] a ✅2025-01-01", "- [ ] a"),
        ("- [x] a ✅ 2025-01-01 ✅ 2025-02-02", "- [ ] a"),
        ("- [x] ✅ 2025-01-01 #tag", "- [ ] #tag"),
        ("- [x] a ✅ 2025-01-01  ", "- [ ] a  "),
        // The fuzzer's first finding: two dates begin the text, more fields follow.
        ("- [x]\u{0B}✅2024-01-01 ✅ 2026-12-01 🔁 every week✅ 2024-01-01", "- [ ]\u{0B}🔁 every week"),
    ])
    func dateAmongTasksFields(_ text: String, _ unticked: String) {
        #expect(roadmap(text).doneDate(of: 0) != nil)
        #expect(untick(text) == unticked)
    }

    @Test(arguments: [
        ("- [ ] a ✅2024-01-01", "- [x] a ✅2024-01-01"),
        ("- [ ] a ^id-1", "- [x] a ✅ 2026-12-01 ^id-1"),
        ("- [ ] a #tag ^id-1  \n", "- [x] a #tag ✅ 2026-12-01 ^id-1  \n"),
        ("- [ ] a 📅 2026-01-01", "- [x] a 📅 2026-01-01 ✅ 2026-12-01"),
    ])
    func reTick(_ text: String, _ ticked: String) {
        #expect(tick(text) == ticked)
        if !text.contains("✅") { #expect(untick(ticked) == text) }
    }

    @Test func textWithoutDoneDateKeepsTheOtherFields() {
        #expect(roadmap("- [x] a ✅ 2025-01-01 #tag").text(of: 0, withoutDoneDate: true) == "a #tag")
        #expect(roadmap("- [x] a ✅ 2025-01-01\n  more").text(of: 0, withoutDoneDate: true) == "a more")
        // The fuzzer's second finding: the date is all of the first line, which ends in spaces.
        #expect(roadmap("- [x]\u{0B}✅ 2025-01-01  \nmore").text(of: 0, withoutDoneDate: true) == "more")
    }

    /// GFM (cmark-gfm): a box needs whitespace after it, the end of the line is not enough; `\v` and
    /// `\f` are whitespace.
    @Test func boxNeedsWhitespaceAfterIt() {
        for text in ["- [ ]", "- [ ]\n", "- [x]\r\n", "* [/]", "- [ ]\n  foo\n"] { #expect(goals(text) == [], "\(text)") }
        for text in ["- [ ] ", "- [ ]\t\n", "- [ ]\u{0B}\n", "- [ ] \r\n"] { #expect(goals(text) == [g(1, .open, "")], "\(text)") }
        #expect(goals("- [ ]\u{0B}x\n- [x]\u{0C}y\n") == [g(1, .open, "x"), g(2, .done, "y")])
    }

    /// CommonMark 0.29 has no `textarea` raw-text block: `<textarea>` alone is an HTML block of
    /// type 7, which ends at a blank line and cannot interrupt a paragraph.
    @Test func textareaIsAnOrdinaryTag() {
        #expect(goals("<textarea>\n\n- [ ] x\n") == [g(3, .open, "x")])
        #expect(goals("<textarea>\n- [ ] x\n") == [])
        #expect(goals("a\n<textarea>\n- [ ] x\n") == [g(3, .open, "x")])
    }
}
