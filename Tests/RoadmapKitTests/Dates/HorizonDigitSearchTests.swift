import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// `HorizonScanner` looks for a goal's first digit eight bytes a step (issue 28): against a
/// byte-by-byte search on random bytes rich in the digits' neighbours and high bytes, on every
/// sub-range, and the word test against a per-byte one.
struct HorizonDigitSearchTests {
    @Test func firstDigitAgreesWithAPlainSearch() {
        var random = SplitMix(seed: 2834)
        // `/` and `:` border the digits; 0xB0...0xB9 are digits with the top bit set.
        let alphabet: [UInt8] = [0x2F, 0x30, 0x35, 0x39, 0x3A, 0x61, 0x20, 0xB0, 0xB9, 0xBA, 0xAF, 0x00, 0xFF, 0x7F]
        for _ in 0..<3_000 {
            let bytes = (0..<random.next(40)).map { _ in random.next(6) == 0 ? alphabet[random.next(alphabet.count)] : 0x61 }
            bytes.withUnsafeBufferPointer { buffer in
                for lower in 0...bytes.count {
                    for upper in lower...bytes.count {
                        let expected = bytes[lower..<upper].firstIndex(where: ASCII.isDigit) ?? upper
                        #expect(HorizonScanner.firstDigit(in: buffer, lower..<upper) == expected, "\(bytes) \(lower)..<\(upper)")
                    }
                }
            }
        }
    }

    @Test func theWordTestFindsEveryDigit() {
        var random = SplitMix(seed: 2835)
        for _ in 0..<100_000 {
            let bytes = (0..<8).map { _ in UInt8(random.next(256)) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(HorizonScanner.hasDigit(word) == bytes.contains(where: ASCII.isDigit), "\(bytes)")
        }
        for digit in UInt8(0x30)...0x39 {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: 0xB0, count: 8)
                bytes[place] = digit
                #expect(HorizonScanner.hasDigit(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }))
            }
        }
    }
}
