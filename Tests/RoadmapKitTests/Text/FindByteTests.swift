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

/// The line splitter (a bitmask of LF and CR bytes per 64-byte block) and the line-feed count (32
/// bytes a compare, counters widened every 255 steps) against byte-by-byte answers: at every
/// start, across block edges, with CRLF, lone CRs, NUL and high bytes, and no final line ending.
struct LineEndSearchTests {
    @Test func theSplitterAgreesWithAPlainWalkFromEveryStart() {
        var random = SplitMix(seed: 28)
        let alphabet: [UInt8] = [0x0A, 0x0D, 0x80, 0xFF, 0x00, 0x61, 0x20]
        for _ in 0..<300 {
            let count = random.next(200)
            let bytes = (0..<count).map { _ in alphabet[random.next(alphabet.count)] }
            bytes.withUnsafeBufferPointer { buffer in
                var lines = LineSplitter(buffer)
                // Backwards too: a start before the block the splitter holds must still be right.
                for start in Array(0...count) + (0...count).reversed() {
                    #expect(lines.line(at: start) == LineSpan.at(start, in: buffer), "\(bytes) at \(start)")
                }
            }
        }
    }

    @Test func theSplitterWalksLongLines() {
        // Lines longer than a block, ending in every position of one.
        for length in [63, 64, 65, 127, 128, 129, 1000] {
            let bytes = Array(repeating: UInt8(0x61), count: length) + [0x0D, 0x0A] + Array(repeating: UInt8(0x62), count: length)
            bytes.withUnsafeBufferPointer { buffer in
                var lines = LineSplitter(buffer)
                #expect(lines.line(at: 0) == LineSpan(start: 0, contentEnd: length, end: length + 2))
                #expect(lines.line(at: length + 2) == LineSpan(start: length + 2, contentEnd: bytes.count, end: bytes.count))
            }
        }
    }

    @Test func theLineFeedCountAgreesWithAPlainCount() {
        var random = SplitMix(seed: 29)
        // All line feeds, past 255 compares of 32 bytes: counters that were not widened would wrap.
        var cases: [[UInt8]] = [Array(repeating: 0x0A, count: 20_000), [], [0x0A]]
        for _ in 0..<60 {
            let count = random.next(10_000)
            cases.append((0..<count).map { _ in random.next(3) == 0 ? 0x0A : UInt8(random.next(256)) })
        }
        for bytes in cases {
            for start in [0, 1, 7, 31, 33] where start <= bytes.count {
                let expected = bytes[start...].filter { $0 == 0x0A }.count
                let counted = bytes.withUnsafeBytes { LineFeeds.count(in: UnsafeRawBufferPointer(rebasing: $0[start...])) }
                #expect(counted == expected, "\(bytes.count) bytes from \(start)")
            }
        }
    }
}
