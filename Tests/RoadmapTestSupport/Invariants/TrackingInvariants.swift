// Compiled as part of RoadmapTestSupport by SwiftPM, and into the one fuzzer module with the
// RoadmapKit sources by scripts/fuzz.sh, where there is no RoadmapKit module to import.
#if canImport(RoadmapKit)
import RoadmapKit
#endif

/// The tracking model's share of the fuzz invariants (see `Invariants`), the properties
/// TrackingCorpusTests asserts on real files: the same model from kept line facts as from a rescan;
/// fields and option groups inside their lines and never on a goal's line; choosing an option in a
/// group ticks exactly that one, keeps every goal, and restoring the boxes gives the bytes back.
extension Invariants {
    package static func tracking(_ roadmap: Roadmap, groupLimit: Int = 2) -> [String] {
        var problems: [String] = []
        let bytes = roadmap.bytes
        let kept = Tracking(roadmap)
        let rescanned = Tracking(Roadmap(parsing: bytes))
        if kept.fields != rescanned.fields || kept.groups != rescanned.groups || kept.tables != rescanned.tables
            || kept.titles != rescanned.titles || kept.checkpoints != rescanned.checkpoints {
            problems.append("tracking model from kept line facts differs from a rescan")
        }
        // Checkpoints find their fields and titles by binary search over section indices.
        if !zip(kept.fields, kept.fields.dropFirst()).allSatisfy({ $0.line <= $1.line && $0.sectionIndex <= $1.sectionIndex }) {
            problems.append("fields are not in document order")
        }
        if !zip(kept.titles, kept.titles.dropFirst()).allSatisfy({ $0.line <= $1.line && $0.sectionIndex <= $1.sectionIndex }) {
            problems.append("bold titles are not in document order")
        }
        let goalLines = Set(roadmap.goals.map(\.line))
        for field in kept.fields {
            if field.labelRange.lowerBound < field.lineSpan.start || field.valueRange.upperBound > field.lineSpan.contentEnd {
                problems.append("field on line \(field.line): ranges outside its line")
            }
            if goalLines.contains(field.line) { problems.append("field on goal line \(field.line)") }
        }
        for group in kept.groups.prefix(groupLimit) {
            if goalLines.contains(group.line) { problems.append("option group on goal line \(group.line)") }
            for k in group.options.indices {
                let after = kept.edits(selecting: k, in: group).applied(to: bytes)
                let again = Tracking(Roadmap(parsing: after))
                if again.groups.first(where: { $0.line == group.line })?.ticked != [k] {
                    problems.append("option group on line \(group.line): choosing option \(k + 1) did not tick just it")
                }
                if again.roadmap.goals.count != roadmap.goals.count { problems.append("choosing on line \(group.line) changed the goals") }
                let restore = group.options.map { TextEdit(range: $0.markerOffset..<($0.markerOffset + 1), replacement: [bytes[$0.markerOffset]]) }
                if restore.applied(to: after) != bytes { problems.append("option group on line \(group.line): restoring differs") }
            }
        }
        return problems
    }
}
