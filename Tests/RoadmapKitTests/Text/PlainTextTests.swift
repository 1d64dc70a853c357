import Testing
@testable import RoadmapKit

/// Markdown stripped to the text a reader sees.
struct PlainTextTests {
    @Test(arguments: [("**bold** and _em_", "bold and em"), ("[link](http://a.b/c(d)) end", "link end"), ("`code` ~~gone~~", "code gone"),
                      ("snake_case_name", "snake_case_name"), ("[ ] box", "  box")])
    func stripsMarkdown(input: String, expected: String) {
        #expect(PlainText.of(input) == expected)
    }

    /// Underscores between letters stay, whatever the script; the byte version agrees with the
    /// string version, invalid UTF-8 included.
    @Test func bytesAgreeWithStrings() {
        #expect(PlainText.of("é_ü and _x_ and 日_本 and 1_2 and a_✅") == "é_ü and x and 日_本 and 1_2 and a✅")
        let bytes: [UInt8] = Array("a_".utf8) + [0xE2, 0x82] + Array("_b **c** [d](e)".utf8) + [0xF0, 0x9F]
        #expect(PlainText.of(bytes, 0..<bytes.count) == PlainText.of(String(decoding: bytes, as: UTF8.self)))
        #expect(PlainText.of(bytes, 2..<6) == "\u{FFFD}b")
    }
}
