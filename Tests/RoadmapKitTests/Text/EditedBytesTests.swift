import Testing
@testable import RoadmapKit
@testable import RoadmapStorage
import RoadmapTestSupport

/// Edited bytes kept as pieces must be the bytes the edits make when applied one by one from the
/// end of the file (the way they were applied before pieces), with the same length and hash.
struct EditedBytesTests {
    /// The reference: each edit in turn, from the last position to the first.
    func appliedOneByOne(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: edit.replacement)
        }
        return result
    }

    /// The revert of `cancel` on a done goal: ` ✅ date` inserted where ` ❌ date` is removed
    /// (issue 25: undoing such a cancel stopped on "overlapping text edits").
    @Test func anInsertionAtTheStartOfAReplacedRangeGoesBeforeIt() {
        let bytes = Array("- [-] A X\n".utf8)
        let edits = [TextEdit(range: 7..<7, replacement: Array(" Y".utf8)), TextEdit(range: 7..<9, replacement: [])]
        #expect(EditedBytes(bytes, edits).bytes == Array("- [-] A Y\n".utf8))
        #expect(EditedBytes(bytes, edits.reversed()).bytes == Array("- [-] A Y\n".utf8))
    }

    @Test func randomEditsGiveTheSameBytesAsOneByOne() {
        var random = SplitMix(seed: 7)
        for _ in 0..<2000 {
            let bytes = (0..<random.next(200)).map { _ in UInt8(random.next(256)) }
            var edits: [TextEdit] = []
            var position = 0
            while position <= bytes.count && edits.count < 6 {
                let start = position + random.next(30)
                guard start <= bytes.count else { break }
                let end = min(bytes.count, start + random.next(4))
                edits.append(TextEdit(range: start..<end, replacement: (0..<random.next(5)).map { _ in UInt8(random.next(256)) }))
                position = end == start ? end + 1 : end  // an insertion and a replacement at one place overlap
            }
            edits.shuffle(using: &random)
            let edited = EditedBytes(bytes, edits)
            let expected = appliedOneByOne(edits, to: bytes)
            #expect(edited.bytes == expected)
            #expect(edits.applied(to: bytes) == expected)
            #expect(edited.count == expected.count)
            #expect(edited.hash == XXH64.hash(expected))
        }
    }

    /// Insertions at the place a replacement starts: the one listed later comes first, as before.
    @Test func insertionsAtOnePlaceKeepTheirOrder() {
        let bytes = Array("ab".utf8)
        let edits = [TextEdit(range: 1..<2, replacement: "B"), TextEdit(range: 1..<1, replacement: "1"), TextEdit(range: 1..<1, replacement: "2")]
        #expect(String(decoding: edits.applied(to: bytes), as: UTF8.self) == "a21B")
    }
}

