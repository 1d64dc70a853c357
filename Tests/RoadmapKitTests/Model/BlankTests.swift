import Testing
@testable import RoadmapKit
@testable import RoadmapCore

@Suite struct BlankTests {
    @Test(arguments: [
        "____", "_______________________________", "___%", "$________ - $________", "____ / 30", "___/5",
        "YYYY-MM-DD", "[Name]", "[YYYY-MM-DD HH:MM UTC]", "TBD", "**____**", "$____", "____ – ____",
    ])
    func blank(_ value: String) {
        let bytes = Array(value.utf8)
        #expect(Blank.isBlank(bytes, 0..<bytes.count))
    }

    @Test(arguments: [
        "Ada", "2026-01-15", "$120K - $____", "____ years", "75%", "__", "[x]", "[ ]", "[link](https://x.y)",
        "Junior AI Infrastructure Engineer", "", "30 / ____ 5", "TBDX",
    ])
    func filled(_ value: String) {
        let bytes = Array(value.utf8)
        #expect(!Blank.isBlank(bytes, 0..<bytes.count))
    }

    @Test func tokens() {
        let bytes = Array("$____ - $________ by YYYY-MM-DD [Who]".utf8)
        let found = Blank.tokens(in: bytes, 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(found == ["____", "________", "YYYY-MM-DD", "[Who]"])
    }
}
