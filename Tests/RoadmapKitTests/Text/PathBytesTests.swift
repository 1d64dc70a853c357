import Testing
@testable import RoadmapKit

/// File names are bytes, strings are Unicode: `PathBytes` carries any byte string through a
/// `String` and back unchanged (issue 22: `-f $'a\377\376b.md'` was `No such file or directory`).
struct PathBytesTests {
    func roundTrips(_ bytes: [UInt8]) -> Bool { PathBytes.bytes(PathBytes.string(bytes)) == bytes }

    /// Every string of one and two bytes, and 200,000 of three to nine bytes drawn (from a fixed
    /// seed) from the bytes that matter: ASCII, continuation bytes, lead bytes, 0xEE 0xBE 0xBF
    /// (U+EF80–U+EFFF, the range raw bytes map to), 0xC0, 0xF5–0xFF (never in UTF-8).
    @Test func everyByteStringRoundTrips() {
        var failures = 0
        for a in 0...255 where !roundTrips([UInt8(a)]) { failures += 1 }
        for a in 0...255 { for b in 0...255 where !roundTrips([UInt8(a), UInt8(b)]) { failures += 1 } }
        #expect(failures == 0)
        let alphabet: [UInt8] = [0x00, 0x2F, 0x61, 0x7F, 0x80, 0x9B, 0xA9, 0xBE, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % 1_000_003)
        }
        var tried = 0
        for _ in 0..<200_000 {
            let bytes = (0..<(3 + next() % 7)).map { _ in alphabet[next() % alphabet.count] }
            if !roundTrips(bytes) { failures += 1 }
            tried += 1
        }
        #expect(failures == 0 && tried == 200_000)
    }

    /// Text that is UTF-8 and outside U+EF80–U+EFFF is the same string it always was.
    @Test func utf8IsUnchanged() {
        for text in ["roadmap.md", "café/日本.md", "✅ done", "", "\u{EF7F}\u{F000}"] {
            #expect(PathBytes.string(Array(text.utf8)) == text)
            #expect(PathBytes.bytes(text) == Array(text.utf8))
        }
    }

    /// A byte that is not part of UTF-8 is the scalar U+EF00 + byte (MirBSD's OPTU-8), and U+EF80–U+EFFF
    /// written as UTF-8 is taken byte by byte, so that the two cannot be confused.
    @Test func rawBytesMapToPrivateUse() {
        #expect(PathBytes.string([0x61, 0xFF, 0xFE, 0x62]).unicodeScalars.map(\.value) == [0x61, 0xEFFF, 0xEFFE, 0x62])
        #expect(PathBytes.string([0xC3]).unicodeScalars.map(\.value) == [0xEFC3])
        #expect(PathBytes.string(Array("\u{EF80}".utf8)).unicodeScalars.map(\.value) == [0xEFEE, 0xEFBE, 0xEF80])
        #expect(PathBytes.bytes("a\u{EFFF}\u{EFFE}b") == [0x61, 0xFF, 0xFE, 0x62])
    }

    /// A path cut into a folder and a name and joined again holds the same bytes: the mapping
    /// works scalar by scalar.
    @Test func joiningKeepsBytes() {
        let folder: [UInt8] = [0x2F, 0x74, 0xC3], name: [UInt8] = [0xA9, 0x2E, 0x6D, 0x64]
        #expect(PathBytes.bytes(PathBytes.string(folder) + PathBytes.string(name)) == folder + name)
    }
}
