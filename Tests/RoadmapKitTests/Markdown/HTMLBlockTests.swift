import Testing
@testable import RoadmapKit

/// HTML blocks (CommonMark §4.6): their lines are raw HTML, not markdown.
struct HTMLBlockTests {
    @Test func commentSpanningLines() {
        #expect(goals("<!--\n- [ ] hidden\n-->\n- [ ] shown\n") == [g(4, .open, "shown")])
    }

    @Test func commentOnOneLineEndsAtOnce() {
        #expect(goals("<!-- note -->\n- [ ] shown\n") == [g(2, .open, "shown")])
    }

    @Test func blockTagEndsAtBlankLine() {
        #expect(goals("<details>\n- [ ] raw html\n\n- [ ] markdown again\n</details>\n") == [g(4, .open, "markdown again")])
    }

    @Test(arguments: ["<div>", "<DIV class=\"x\">", "</section>", "<table>", "<p>"])
    func blockTags(tag: String) {
        #expect(goals("\(tag)\n- [ ] raw\n") == [])
    }

    @Test func rawTextTagsSpanBlankLines() {
        #expect(goals("<pre>\n\n- [ ] inside pre\n</pre>\n- [ ] after\n") == [g(5, .open, "after")])
    }

    @Test func otherCompleteTagStartsABlock() {
        #expect(goals("<custom-tag a=\"1\">\n- [ ] raw\n") == [])
    }

    @Test func otherTagCannotInterruptAParagraph() {
        #expect(goals("text\n<span>\n\n- [ ] goal\n") == [g(4, .open, "goal")])
    }

    @Test func inlineHTMLInAParagraphIsNotABlock() {
        #expect(goals("<span>text</span> more\n- [ ] goal\n") == [g(2, .open, "goal")])
    }
}
