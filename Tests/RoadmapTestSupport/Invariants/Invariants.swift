// Compiled as part of RoadmapTestSupport by SwiftPM, and into the one fuzzer module with the
// RoadmapKit sources by scripts/fuzz.sh, where there is no RoadmapKit module to import.
#if canImport(RoadmapKit)
import RoadmapKit
#endif

/// Properties that must hold for any bytes at all, checked by the fuzzer (`Fuzz/FuzzRoadmap.swift`)
/// and by the regression tests for the inputs it found. Test support, not product: both run the same
/// code, and the product ships none of it.
package enum Invariants {
    /// What is wrong with how `bytes` parse and edit, as one-line messages; empty when all is well.
    /// - Parameter goalLimit: how many goals get the edit round trips (each costs a re-parse).
    package static func violations(of bytes: [UInt8], goalLimit: Int = 4) -> [String] {
        var problems: [String] = []
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        if roadmap.bytes != bytes || [TextEdit]().applied(to: bytes) != bytes {
            problems.append("write-back without change differs")
        }
        problems += structure(roadmap)
        problems += simpleLinesAgree(bytes)
        problems += journalCoding(bytes)
        problems += tracking(roadmap)
        guard problems.isEmpty else { return problems }
        let step = max(1, roadmap.goals.count / max(1, goalLimit))
        for index in stride(from: 0, to: roadmap.goals.count, by: step) {
            problems += roundTrips(index, roadmap)
            if !problems.isEmpty { break }
        }
        return problems
    }

    /// Every goal points at a well-formed box on a paragraph line of its own, outside code and HTML.
    package static func structure(_ roadmap: Roadmap) -> [String] {
        let bytes = roadmap.bytes
        var problems: [String] = []
        var previousLine = 0
        for (index, goal) in roadmap.goals.enumerated() {
            let name = "goal #\(index + 1) (line \(goal.line))"
            guard goal.line > previousLine, goal.lineRange.upperBound <= bytes.count,
                  goal.lineRange.lowerBound <= goal.boxRange.lowerBound, goal.boxRange.upperBound <= goal.lineRange.upperBound,
                  goal.boxRange.upperBound <= goal.textRange.lowerBound, goal.textRange.lowerBound <= goal.textRange.upperBound
            else { problems.append("\(name): ranges out of order"); continue }
            previousLine = goal.line
            if bytes[goal.boxRange.lowerBound] != UInt8(ascii: "[") || bytes[goal.boxRange.upperBound - 1] != UInt8(ascii: "]") {
                problems.append("\(name): box is not [c]")
            }
            if let parent = goal.parentIndex, parent >= index { problems.append("\(name): parent comes after it") }
            guard goal.line - 1 < roadmap.lineFacts.count else { problems.append("\(name): no line facts"); continue }
            let facts = roadmap.lineFacts[goal.line - 1]
            if facts.number != goal.line || facts.role != .paragraph || facts.goal != Int32(index) || facts.continuesParagraph {
                problems.append("\(name): its line is \(facts.role), not the first line of its paragraph")
            }
        }
        if !zip(roadmap.continuations.goals, roadmap.continuations.goals.dropFirst()).allSatisfy({ $0 <= $1 }) {
            problems.append("continuation lines are not in goal order")
        }
        for facts in roadmap.lineFacts where facts.role != .paragraph && facts.goal >= 0 {
            problems.append("line \(facts.number): a \(facts.role) line belongs to goal #\(facts.goal + 1)")
        }
        return problems
    }

    /// Any bytes, as a goal's text, an argument and a revert edit, survive a journal line.
    package static func journalCoding(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let entry = JournalEntry(time: 1, command: [text, "x"], goals: [text], lines: [1, bytes.count],
                                 beforeHash: "a", afterHash: "b", revert: [TextEdit(range: 0..<bytes.count, replacement: bytes)])
        let line = entry.encoded
        guard line.last == UInt8(ascii: "\n"), !line.dropLast().contains(UInt8(ascii: "\n")),
              JournalEntry(decoding: line.dropLast()) == entry else { return ["journal entry does not round-trip"] }
        return []
    }

    package static let date = CivilDate(year: 2024, month: 2, day: 29)!

    /// For an open goal without a done date of its own: check (with and without a date) changes only
    /// that goal, and uncheck gives back the original bytes; the journal's inverse edits undo the
    /// check; re-applying the edits onto the same bytes moved down by a prefix moves them intact.
    /// (A done or custom state cannot round-trip through check and uncheck, and uncheck removes a
    /// stale done date by design, so those goals are left out.)
    package static func roundTrips(_ index: Int, _ roadmap: Roadmap) -> [String] {
        let bytes = roadmap.bytes
        let goal = roadmap.goals[index]
        guard goal.state == .open, !roadmap.tasksFields(of: index).hasDoneDate else { return [] }
        var problems: [String] = []
        for doneDate in [date, nil] {
            let name = "goal #\(index + 1) (line \(goal.line)) checked \(doneDate == nil ? "without" : "with") a date"
            let edits = roadmap.edits(setting: index, to: .done, doneDate: doneDate)
            let checked = edits.applied(to: bytes)
            // A recurring goal's tick adds its next occurrence (or `🏁 delete` removes the line):
            // the goals move, so only what holds for any edit is checked.
            if roadmap.tickOutcome(index, to: .done, completedOn: doneDate) != .plain {
                if edits.inverted(on: bytes).applied(to: checked) != bytes {
                    problems.append("\(name): inverse edits do not restore the bytes")
                }
                _ = Roadmap(parsing: checked)
                continue
            }
            let after = Roadmap(parsing: checked)
            guard after.goals.count == roadmap.goals.count else { return ["\(name): goal count changed"] }
            let delta = checked.count - bytes.count
            for (k, (old, new)) in zip(roadmap.goals, after.goals).enumerated() {
                let shift = old.lineRange.lowerBound > goal.lineRange.lowerBound ? delta : 0
                let state = k == index ? GoalState.done : old.state
                if new.state != state || new.line != old.line || new.boxRange.lowerBound != old.boxRange.lowerBound + shift {
                    problems.append("\(name): goal #\(k + 1) changed")
                }
            }
            if after.edits(setting: index, to: .open, doneDate: nil).applied(to: checked) != bytes {
                problems.append("\(name), then unchecked: bytes differ")
            }
            if edits.inverted(on: bytes).applied(to: checked) != bytes {
                problems.append("\(name): inverse edits do not restore the bytes")
            }
            let prefix: [UInt8] = Array("<!-- moved -->\n\n".utf8)
            if let moved = edits.rebased(from: bytes, onto: prefix + bytes), moved.applied(to: prefix + bytes) != prefix + checked {
                problems.append("\(name): rebased edits land elsewhere")
            }
            _ = UnifiedDiff.render(bytes, edits, path: "fuzz.md")
        }
        return problems
    }
}
