import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// Every real file: no-op is identical; tick then untick of every open goal, and untick then
/// retick (without a date) of every done goal that has none, give back the same bytes, and a tick
/// changes exactly one line.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
struct CorpusRoundTripTests {
    @Test func everyGoalOfEveryFileRoundTrips() throws {
        let date = CivilDate(iso: "2026-11-22")!
        var files = 0, ticks = 0, unticks = 0, skippedDated = 0, mixedSpelling = 0, recurring = 0
        var failures: [String] = []
        for url in Corpus.files {
            let bytes = Corpus.bytes(url)
            let roadmap = Roadmap(parsing: bytes)
            #expect(roadmap.bytes == bytes)
            files += 1
            let original = lines(bytes)
            // Only open and done goals: [/], [-] and custom states cannot come back through a tick.
            for (index, goal) in roadmap.goals.enumerated() where goal.state == .open || goal.state == .done {
                let target: GoalState = goal.state == .done ? .open : .done
                // A done goal with a date loses it on untick, so it cannot come back byte for byte.
                if goal.state == .done && roadmap.doneDate(of: index) != nil { skippedDated += 1; continue }
                // An open goal that already carries a done date keeps it on tick and loses it on untick.
                if goal.state == .open && roadmap.doneDate(of: index) != nil { skippedDated += 1; continue }
                // A recurring goal's tick writes its next occurrence too (or `🏁 delete` removes
                // the line): RecurringTickTests check those; here only what a tick leaves in place.
                if roadmap.tickOutcome(index, to: target, completedOn: date) != .plain { recurring += 1; continue }
                let withDate = goal.state != .done
                let changed = roadmap.edits(setting: index, to: target, doneDate: withDate ? date : nil).applied(to: bytes)
                let after = lines(changed)
                if after.count != original.count || zip(original, after).filter({ $0 != $1 }).count != 1 {
                    failures.append("\(Corpus.name(url)):\(goal.line): a tick changed more than one line")
                }
                let reparsed = Roadmap(parsing: changed)
                guard reparsed.goals.count == roadmap.goals.count else {
                    failures.append("\(Corpus.name(url)):\(goal.line): goal count changed after a tick")
                    continue
                }
                let back = reparsed.edits(setting: index, to: goal.state == .done ? .done : .open, doneDate: nil).applied(to: changed)
                if back != bytes {
                    // `[X]` in a list that mixes `[x]` and `[X]` comes back as its neighbour's spelling:
                    // after an untick nothing records which one it was. Only that byte may differ.
                    let marker = goal.markerRange.lowerBound
                    var expected = bytes
                    expected[marker] = back[marker]
                    let spellings = Set(roadmap.goals.filter { $0.state == .done }.map { bytes[$0.markerRange.lowerBound] })
                    if back == expected && (bytes[marker] | 0x20) == 0x78 && (back[marker] | 0x20) == 0x78 && spellings.count == 2 {
                        mixedSpelling += 1
                    } else {
                        failures.append("\(Corpus.name(url)):\(goal.line): round trip changed bytes")
                    }
                }
                if goal.state == .done { unticks += 1 } else { ticks += 1 }
            }
        }
        print("corpus round trip: \(files) files, \(ticks) ticks and \(unticks) unticks reverted; \(mixedSpelling) of them came back as x/X from a list that mixes both spellings; \(skippedDated) goals with a ✅ date left out (an untick removes the date by design); \(recurring) recurring or 🏁 delete goals left out")
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(files > 400)
        #expect(ticks > 6000)
    }
}
