import Testing
@testable import RoadmapKit

/// The sanitiser every byte for the terminal goes through (issue 13), on its own.
struct VisibleControlsTests {
    func shown(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { VisibleControls.append($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func escapes() {
        #expect(shown(Array("\u{1B}]0;t\u{07}\u{1B}[2J".utf8)) == #"\e]0;t\x07\e[2J"#)
        #expect(shown([0x09, 0x0A, 0x0D, 0x7F, 0xC2, 0x9B, 0x9B, 0xFF, 0xC2, 0xA0]) == "\t\n\\x0d\\x7f\\x9b\\x9b\\xff\u{A0}")
        #expect(shown(Array("plain ✅ é 日本".utf8)) == "plain ✅ é 日本")
    }

    /// Each control at each position of a 24-byte run, where the eight-byte fast path could skip it.
    @Test func noPositionIsSkipped() {
        let controls: [[UInt8]] = (0x00...0x1F).filter { $0 != 0x09 && $0 != 0x0A }.map { [UInt8($0)] } + [[0x7F], [0xC2, 0x85], [0x9B]]
        for control in controls {
            for at in 0..<24 {
                var bytes = [UInt8](repeating: 0x61, count: 24)
                bytes.replaceSubrange(at..<at, with: control)
                let text = shown(bytes)
                #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }, "\(control) at \(at)")
                #expect(text.count == 24 + (control == [0x1B] ? 2 : 4))
            }
        }
    }
}

extension VisibleControlsTests {
    /// A path's raw bytes (U+EF80–U+EFFF, `PathBytes`) are shown as the bytes they are.
    @Test func rawPathBytesAreShownAsBytes() {
        #expect(shown(Array("a\u{EFFF}\u{EFFE}b.md".utf8)) == #"a\xff\xfeb.md"#)
        #expect(shown(Array("\u{EF80}\u{EFBF}\u{EFC0}\u{EF7F}\u{F000}".utf8)) == #"\x80\xbf\xc0"# + "\u{EF7F}\u{F000}")
    }
}
