import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// The tallies look at every goal's text twice after the scan, for a habit (`::` or `🔁`) and for a
/// count (a `/`); both checks go eight or sixteen bytes a step (issue 28). Against the plain
/// byte-by-byte reading, on random bytes rich in the bytes they look for and bytes one off them,
/// at every sub-range, so a wrong word test or a missed tail shows.
struct GoalScanFastPathTests {
    /// The reading before the word-at-a-time search, kept here as the definition.
    private func plainMayBeHabit(_ bytes: [UInt8], _ text: Range<Int>) -> Bool {
        var i = text.lowerBound
        while i + 1 < text.upperBound {
            if bytes[i] == ASCII.colon && bytes[i + 1] == ASCII.colon { return true }
            if bytes[i] == 0xF0 && i + 3 < text.upperBound && bytes[i + 1] == 0x9F && bytes[i + 2] == 0x94 && bytes[i + 3] == 0x81 { return true }
            i += 1
        }
        return false
    }

    @Test func habitCheckAgreesWithTheByteByByteReading() {
        var random = SplitMix(seed: 2832)
        let pieces: [[UInt8]] = [[0xF0, 0x9F, 0x94, 0x81], [0xF0, 0x9F, 0x94], [0xF0, 0x9F, 0x94, 0x82], [0xF0], [0x3A], [0x3A, 0x3A],
                                 [0x3B], [0xF1], [0x61], [0x20], Array("abcdefghijklmnop".utf8), [0x00], [0xFF], [0x81]]
        for _ in 0..<3_000 {
            let bytes = (0..<random.next(10)).flatMap { _ in pieces[random.next(pieces.count)] }
            for lower in 0...bytes.count {
                for upper in lower...bytes.count {
                    #expect(Roadmap.mayBeHabit(bytes, lower..<upper) == plainMayBeHabit(bytes, lower..<upper),
                            "\(bytes) \(lower)..<\(upper)")
                }
            }
        }
    }

    @Test func habitCheckFindsEveryForm() {
        for text in ["Run 🔁 every day", "🔁", "x 🔁", "Read [repeat:: every week]", "a::", "::", "a long text before the marker ::"] {
            let bytes = Array(text.utf8)
            #expect(Roadmap.mayBeHabit(bytes, 0..<bytes.count), "\(text)")
        }
        for text in ["Run every day", "a:b", "🔂 x", "a long text with a single colon: here and no other marker"] {
            let bytes = Array(text.utf8)
            #expect(!Roadmap.mayBeHabit(bytes, 0..<bytes.count), "\(text)")
        }
    }

    @Test func byteCheckAgreesWithAPlainSearch() {
        var random = SplitMix(seed: 2833)
        let alphabet: [UInt8] = [0x2F, 0x2E, 0x30, 0x61, 0x20, 0xAF, 0x00, 0xFF]
        for _ in 0..<2_000 {
            let bytes = (0..<random.next(70)).map { _ in alphabet[random.next(alphabet.count)] }
            for lower in 0...bytes.count {
                for upper in lower...bytes.count {
                    #expect(containsByte(ASCII.slash, bytes, lower..<upper) == bytes[lower..<upper].contains(ASCII.slash),
                            "\(bytes) \(lower)..<\(upper)")
                }
            }
        }
    }
}
