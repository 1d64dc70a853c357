import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// The tracking builder's shortcuts (issue 28): a header row written as the last table's takes
/// that table's columns, and the searches that skip to the next byte that matters. Each against
/// the reading it skips.
struct TrackingBuilderFastPathTests {
    /// Every table's columns as `MetricTable.columns` reads them from the header row afresh.
    private func freshColumns(_ bytes: [UInt8], _ table: MetricTable) -> [MetricTable.Column]? {
        let line = bytes.withUnsafeBufferPointer { buffer in
            var splitter = LineSplitter(buffer)
            var start = 0
            for _ in 1..<table.line { start = splitter.line(at: start).end }
            return splitter.line(at: start)
        }
        return MetricTable.columns(for: PipeTable.cells(in: bytes, line.content), in: bytes)
    }

    @Test func repeatedHeaderRowsHaveTheColumnsReadAfresh() {
        let headers = ["| Skill | Current | Target |", "| Skill | Current | Target |", "| Skill | Cxrrent | Target |",
                       "| Skill | Now | Target (6 months) |", "| Skill | Now | Target (6 months) |", "|Skill|Now|Target (6 months)|",
                       "| Skill | Now | Target (3 months) |", "| Skill | Now | Target (6 months) |", "| A | B |", "| Score | Goal |",
                       "| Score | Goal |", "| Phase | Duration |", "| Skill | Current | Target |"]
        var random = SplitMix(seed: 2834)
        var compared = 0
        for _ in 0..<200 {
            var text = "# Plan\n\n"
            for _ in 0..<Int(random.next(8) + 1) {
                let header = headers[random.next(headers.count)]
                let cells = header.filter { $0 == "|" }.count - 1
                text += String(repeating: " ", count: random.next(3)) + header + "\n"
                text += "|" + String(repeating: "---|", count: cells) + "\n"
                text += "|" + String(repeating: " 12 |", count: cells) + "\n"
                text += ["\n", "\nSome text.\n\n", "\n- [ ] a goal\n\n"][random.next(3)]
            }
            let bytes = Array(text.utf8)
            let tracking = Tracking.parsing(bytes)
            for table in tracking.tables {
                #expect(table.columns == freshColumns(bytes, table), "\(text.debugDescription) line \(table.line)")
                compared += 1
            }
        }
        // Most documents hold metric tables (`| A | B |` and `| Phase | Duration |` are not).
        #expect(compared > 400, "only \(compared) tables compared")
    }

    @Test func bytePairSearchAgreesWithAPlainSearch() {
        var random = SplitMix(seed: 2835)
        let alphabet: [UInt8] = [0x60, 0x5B, 0x5A, 0x5C, 0x61, 0x20, 0xDB, 0xE0, 0x00, 0xFF]
        for _ in 0..<2_000 {
            let bytes = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
            bytes.withUnsafeBufferPointer { buffer in
                for lower in 0...bytes.count {
                    for upper in lower...bytes.count {
                        let expected = bytes[lower..<upper].firstIndex { $0 == 0x60 || $0 == 0x5B }
                        #expect(findEitherByte(0x60, 0x5B, in: buffer, from: lower, to: upper) == expected, "\(bytes) \(lower)..<\(upper)")
                        #expect(firstOffset(of: 0x5B, in: bytes, lower..<upper) == bytes[lower..<upper].firstIndex(of: 0x5B))
                    }
                }
            }
        }
    }

    @Test func boxesAndBoldFieldsAreFoundPastLongRuns() {
        // Past sixteen bytes, so the word steps run, with the byte that matters at every position.
        for k in 0..<40 {
            let pad = String(repeating: "a", count: k)
            let group = Array("**Role:** \(pad)[ ] A [x] B".utf8)
            let fields = Array("**Name:** \(pad)value **Team:** x".utf8)
            let groupTracking = Tracking.parsing(group), fieldTracking = Tracking.parsing(fields)
            #expect(groupTracking.groups.count == (k == 0 ? 1 : 0), "\(k)")
            #expect(fieldTracking.fields.count == 2, "\(k)")
        }
    }
}
