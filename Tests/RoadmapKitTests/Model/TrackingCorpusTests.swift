import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
import RoadmapTestSupport

/// Roadmaps nobody here wrote: building the tracking model never fails, everything it finds lies
/// inside the file and off goal lines, and select / set then restore give back identical bytes.
@Suite struct TrackingCorpusTests {
    static let files = Corpus.markdownFiles()

    @Test func everyFileBuildsAndRoundTrips() throws {
        guard !Self.files.isEmpty else { return }
        var totals = (fields: 0, groups: 0, metrics: 0, checkpoints: 0, options: 0)
        for url in Self.files {
            let bytes = try [UInt8](Data(contentsOf: url))
            let name = url.lastPathComponent
            let tracking = Tracking(Roadmap(parsing: bytes))
            _ = Schedule(tracking, today: CivilDate(iso: "2026-11-22")!)
            // Built from kept line facts or from a rescan, the model is the same.
            let kept = Tracking(Roadmap(parsing: bytes, keepingLineFacts: true))
            #expect(kept.fields == tracking.fields && kept.groups == tracking.groups && kept.tables == tracking.tables
                    && kept.titles == tracking.titles && kept.checkpoints == tracking.checkpoints, "\(name): kept facts differ")
            // Read in one scan for both models (what status does), the result is the same too.
            let once = Tracking.parsing(bytes)
            #expect(once.roadmap.goals == tracking.roadmap.goals && once.roadmap.sections == tracking.roadmap.sections, "\(name): one-scan roadmap differs")
            #expect(once.fields == tracking.fields && once.groups == tracking.groups && once.tables == tracking.tables
                    && once.titles == tracking.titles && once.checkpoints == tracking.checkpoints && once.start == tracking.start,
                    "\(name): one-scan tracking differs")
            totals.fields += tracking.fields.count
            totals.groups += tracking.groups.count
            totals.metrics += tracking.metrics.count
            totals.checkpoints += tracking.checkpoints.count
            let goalLines = Set(tracking.roadmap.goals.map(\.line))
            for field in tracking.fields {
                #expect(field.valueRange.upperBound <= field.lineSpan.contentEnd && field.labelRange.lowerBound >= field.lineSpan.start, "\(name):\(field.line)")
                #expect(!goalLines.contains(field.line), "\(name):\(field.line) field on a goal line")
            }
            for group in tracking.groups {
                #expect(!goalLines.contains(group.line), "\(name):\(group.line) group on a goal line")
                for k in group.options.indices {
                    totals.options += 1
                    let after = tracking.edits(selecting: k, in: group).applied(to: bytes)
                    let again = Tracking(Roadmap(parsing: after))
                    let reparsed = again.groups.first { $0.line == group.line }
                    #expect(reparsed?.ticked == [k], "\(name):\(group.line) option \(k)")
                    let restore = group.options.map { TextEdit(range: $0.markerOffset..<($0.markerOffset + 1), replacement: [bytes[$0.markerOffset]]) }
                    let same = restore.applied(to: after) == bytes
                    #expect(same, "\(name):\(group.line) restore")
                    #expect(again.roadmap.goals.count == tracking.roadmap.goals.count, "\(name):\(group.line) goals changed")
                }
            }
            // Set then restore the first fields of each file. Numbered blanks, and items not under a
            // bold group label, are fields only while blank: once filled they are list items.
            let settable = tracking.fields.indices.filter {
                let field = tracking.fields[$0]
                return field.form == .boldLabel || (field.form == .item && field.titleIndex != nil)
            }
            for index in settable.prefix(12) {
                let field = tracking.fields[index]
                let after = tracking.edits(settingField: index, to: "Filled in").applied(to: bytes)
                let again = Tracking(Roadmap(parsing: after))
                guard let same = again.fields.indices.first(where: { again.fields[$0].line == field.line && again.label(of: $0) == tracking.label(of: index) }) else {
                    Issue.record("\(name):\(field.line) field \(tracking.label(of: index)) lost after set")
                    continue
                }
                let restored = again.edits(settingField: same, to: tracking.roadmap.text(field.valueRange)).applied(to: after) == bytes
                #expect(restored, "\(name):\(field.line) set/restore \(tracking.label(of: index))")
            }
            for metric in tracking.metrics.prefix(12) {
                let table = tracking.tables[metric.table]
                guard let column = table.currentColumn ?? table.targetColumns.first,
                      let cell = table.cell(metric.row, column),
                      let edits = tracking.edits(settingMetric: metric, column: column, to: "42") else { continue }
                let after = edits.applied(to: bytes)
                let again = Tracking(Roadmap(parsing: after))
                #expect(again.tables.count == tracking.tables.count, "\(name): tables changed")
                #expect(again.roadmap.goals.count == tracking.roadmap.goals.count, "\(name): goals changed")
                let restore = TextEdit(range: cell.interior.lowerBound..<(cell.interior.upperBound + after.count - bytes.count), replacement: Array(bytes[cell.interior]))
                let same = [restore].applied(to: after) == bytes
                #expect(same, "\(name):\(table.rows[metric.row].line) cell restore")
            }
        }
        print("Tracking corpus: \(Self.files.count) files, \(totals.fields) fields, \(totals.groups) groups (\(totals.options) options), \(totals.metrics) metrics, \(totals.checkpoints) checkpoints")
    }

    /// Large and hostile input stays fast: a big generated plan, and one huge line of backticks
    /// and boxes (code-span matching must not go quadratic).
    @Test func largeInputsStayLinear() {
        var text = "# Plan\n**Start Date:** 2026-01-15\n\n"
        for i in 0..<10_000 {
            text += "## Month \(i % 36 + 1)\n**Owner \(i):** ____\n- Status: [ ] Not Started [x] Going\n- [ ] Goal \(i) (Week \(i % 52 + 1))\n\n| Skill | Now | Target |\n|---|---|---|\n| S\(i) | 1 | 2 |\n\n"
        }
        text += String(repeating: "`` [ ] x ", count: 20_000) + "\n"
        let bytes = Array(text.utf8)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let tracking = Tracking(Roadmap(parsing: bytes))
            let schedule = Schedule(tracking, today: CivilDate(iso: "2026-11-22")!)
            #expect(tracking.fields.count == 10_001)
            #expect(tracking.groups.count == 10_000)
            #expect(tracking.metrics.count == 10_000)
            #expect(schedule.goalDue.allSatisfy { $0 != nil })
        }
        #expect(elapsed < .seconds(20), "took \(elapsed)")
        print("Tracking on \(bytes.count / 1024) KB: \(elapsed)")
    }
}
