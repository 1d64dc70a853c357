import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// `InlineBoxes.read` rules out a line with fewer than two `[` before looking for boxes (issue 28):
/// the test that counts them against a plain count, at every range of random lines rich in
/// brackets, and the reading against the box search it skips, which needs two boxes for a group.
struct InlineBoxesFastPathTests {
    @Test func bracketsAreCountedAsAPlainCountDoes() {
        var random = SplitMix(seed: 2830)
        let alphabet: [UInt8] = Array("[] x:`*".utf8) + [0x00, 0xFF, 0x0A]
        for _ in 0..<2_000 {
            let bytes = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
            for lower in 0...bytes.count {
                for upper in lower...bytes.count {
                    let expected = bytes[lower..<upper].filter { $0 == ASCII.leftBracket }.count >= 2
                    #expect(InlineBoxes.hasTwoBrackets(bytes, lower..<upper) == expected, "\(bytes) \(lower)..<\(upper)")
                    if !expected { #expect(InlineBoxes.boxOffsets(in: bytes, lower..<upper).count < 2) }
                }
            }
        }
    }
}
