import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

/// `findByte` (the core's own byte search, eight bytes a step) agrees with a byte-by-byte search,
/// at every start and length around a word, whatever byte is looked for and whatever is near it.
struct FindByteTests {
    @Test func agreesWithAPlainSearch() {
        var random = SplitMix(seed: 23)
        for _ in 0..<400 {
            let count = random.next(40)
            // Few distinct bytes, so matches are frequent; 0x80 and 0xFF test the word's high bits.
            let alphabet: [UInt8] = [0x0A, 0x0D, 0x80, 0xFF, 0x01, 0x00, 0x61]
            let bytes = (0..<count).map { _ in alphabet[random.next(alphabet.count)] }
            let byte = alphabet[random.next(alphabet.count)]
            bytes.withUnsafeBytes { raw in
                for start in 0...count {
                    let expected = bytes[start...].firstIndex(of: byte)
                    let found = raw.baseAddress.flatMap { findByte(byte, in: $0 + start, count: count - start) }
                    #expect(found.map { $0 - raw.baseAddress! } == expected, "\(bytes) from \(start) for \(byte)")
                }
            }
        }
    }
}
