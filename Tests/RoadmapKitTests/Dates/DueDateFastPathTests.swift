import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// `DueDate.signified` skips reading Tasks fields when the text has no 0xF0 and no colon (issue
/// 28): against the general reading on every due form, near misses, and random bytes rich in
/// the bytes the check and the fields look at, on every sub-range.
struct DueDateFastPathTests {
    private func agree(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        DueDate.signified(in: bytes, range) == DueDate.fieldDate(in: bytes, range)
    }

    @Test func everyDueFormIsStillRead() {
        let texts = ["Ship it 📅 2026-01-15", "Ship it 📆 2026-01-15", "Ship it 🗓 2026-01-15", "Ship it 🗓️2026-01-15",
                     "Ship it [due:: 2026-01-15]", "Ship it (due:: 2026-01-15), ", "x 📅 2026-01-15 #tag ^abc",
                     "a long goal text well past eight bytes a word [due::2026-02-28] ⏫"]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(DueDate.signified(in: bytes, 0..<bytes.count) != nil, "\(text)")
            #expect(agree(bytes, 0..<bytes.count), "\(text)")
        }
    }

    @Test func agreesWithTheFieldReadingOnRandomText() {
        var random = SplitMix(seed: 2830)
        // The due symbols' bytes, the colon, brackets, digits and a date's dash, plain letters.
        let pieces: [[UInt8]] = [[0xF0, 0x9F, 0x93, 0x85], [0xF0, 0x9F, 0x97, 0x93], [0xF0], [0x3A], Array("due::".utf8),
                                 Array(" 2026-01-15".utf8), Array("[".utf8), Array("]".utf8), Array("a".utf8),
                                 Array(" ".utf8), Array("abcdefgh".utf8), [0xEF, 0xB8, 0x8F], [0xE2, 0x9C, 0x85]]
        for _ in 0..<3_000 {
            let bytes = (0..<random.next(8)).flatMap { _ in pieces[random.next(pieces.count)] }
            for lower in 0...bytes.count {
                for upper in lower...bytes.count { #expect(agree(bytes, lower..<upper), "\(bytes) \(lower)..<\(upper)") }
            }
        }
    }

    @Test func theCheckFindsEveryColonAndLeadByte() {
        var random = SplitMix(seed: 2831)
        // Bytes one off the two it looks for, so that a wrong word test shows.
        let alphabet: [UInt8] = [0x61, 0x20, 0x3A, 0x39, 0x3B, 0xF0, 0xEF, 0xF1, 0x70, 0xBA, 0x00, 0xFF]
        for _ in 0..<3_000 {
            let bytes = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
            for lower in 0...bytes.count {
                for upper in lower...bytes.count {
                    let expected = bytes[lower..<upper].contains { $0 == 0xF0 || $0 == 0x3A }
                    #expect(DueDate.mayHoldDueField(bytes, lower..<upper) == expected, "\(bytes) \(lower)..<\(upper)")
                }
            }
        }
    }
}
