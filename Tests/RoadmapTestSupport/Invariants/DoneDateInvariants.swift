// Compiled as part of RoadmapTestSupport by SwiftPM, and into the one fuzzer module with the
// RoadmapKit sources by scripts/fuzz.sh, where there is no RoadmapKit module to import.
#if canImport(RoadmapKit)
import RoadmapKit
#endif

/// The done-date share of the fuzz invariants (see `Invariants`), for every goal of a document:
/// ticking and unticking give edits inside the file that do not overlap, keep every goal where it
/// was, and leave the goal with the state asked for; a tick leaves a done date (the one it wrote
/// or the one already there), an untick none, and the unticked text is the text without its done
/// date; `text(of:withoutDoneDate:)` never traps.
extension Invariants {
    /// Everything the fuzzer checks on one input: the input as a file, and the input as the
    /// recipe of a document full of done dates (`DoneDateDocuments`).
    package static func fuzzViolations(of bytes: [UInt8]) -> [String] {
        let problems = violations(of: bytes)
        guard problems.isEmpty else { return problems }
        // The first 4 KB make the recipe: a 100 KB seed would make a document of 25,000 lines.
        let document = DoneDateDocuments.document(from: Array(bytes.prefix(4096)))
        let shown = String(decoding: document, as: UTF8.self).debugDescription
        return (violations(of: document) + doneDates(Roadmap(parsing: document), goalLimit: 24)).map { "done-date document \(shown): \($0)" }
    }

    /// - Parameter goalLimit: how many goals, spread over the file, get the edits (each edit costs
    ///   a re-parse).
    package static func doneDates(_ roadmap: Roadmap, goalLimit: Int = .max) -> [String] {
        var problems: [String] = []
        let step = max(1, roadmap.goals.count / max(1, goalLimit))
        for index in stride(from: 0, to: roadmap.goals.count, by: step) {
            let name = "goal #\(index + 1) (line \(roadmap.goals[index].line))"
            let withoutDate = roadmap.text(of: index, removing: { $0 == .done })
            _ = roadmap.text(of: index)
            let existing = roadmap.doneDate(of: index)
            for state in [GoalState.done, .open] {
                // A recurring goal's tick writes a new line (or `🏁 delete` removes one), so goals
                // move by design; `Invariants.roundTrips` checks that its edits still undo.
                if roadmap.tickOutcome(index, to: state, completedOn: date) != .plain { continue }
                let edits = roadmap.edits(setting: index, to: state, doneDate: date)
                guard let after = applying(edits, to: roadmap, keeping: index, as: state) else {
                    problems.append("\(name) set \(state): edits overlap, leave the file or move goals"); continue
                }
                let fields = after.tasksFields(of: index)
                if state == .done && roadmap.goals[index].state != .done && after.doneDate(of: index) != (existing ?? date) {
                    problems.append("\(name) ticked: done date \(after.doneDate(of: index)?.description ?? "none"), not \((existing ?? date).description)")
                }
                if state == .open && roadmap.goals[index].state == .done {
                    if fields.hasDoneDate { problems.append("\(name) unticked: a done date is left") }
                    if after.text(of: index) != withoutDate {
                        problems.append("\(name) unticked: text '\(after.text(of: index))' is not '\(withoutDate)'")
                    }
                }
            }
        }
        return problems
    }

    /// The roadmap after `edits`, if they are sorted, disjoint and inside the file, and every goal
    /// is on its line after them with its state (goal `index` with `state`).
    private static func applying(_ edits: [TextEdit], to roadmap: Roadmap, keeping index: Int, as state: GoalState) -> Roadmap? {
        let bytes = roadmap.bytes
        guard edits.allSatisfy({ $0.range.upperBound <= bytes.count }),
              zip(edits, edits.dropFirst()).allSatisfy({ $0.range.upperBound <= $1.range.lowerBound }) else { return nil }
        let after = Roadmap(parsing: edits.applied(to: bytes))
        guard after.goals.count == roadmap.goals.count else { return nil }
        for (k, (old, new)) in zip(roadmap.goals, after.goals).enumerated() {
            let expected = k == index && !edits.isEmpty ? state : old.state
            if new.line != old.line || new.state != expected { return nil }
        }
        return after
    }
}
