// Compiled as part of RoadmapTestSupport by SwiftPM, and into the one fuzzer module with the
// RoadmapKit sources by scripts/fuzz.sh, where there is no RoadmapKit module to import.
#if canImport(RoadmapKit)
import RoadmapKit
#endif

/// Every event one scan reports, in order, so two scans can be compared event by event.
package struct ScanRecording: BlockSink {
    package enum Event: Equatable {
        case heading(level: Int, text: Range<Int>, line: Int)
        case task(TaskMarker, line: Int, span: LineSpan, parentGoal: Int32, depth: Int, quoted: Bool)
        case line(LineFacts)
    }
    package private(set) var events: [Event] = []
    private var tasks: Int32 = 0

    package var wantsEveryLine: Bool { true }

    package init() {}

    package mutating func heading(level: Int, text: Range<Int>, line: Int) {
        events.append(.heading(level: level, text: text, line: line))
    }

    package mutating func task(_ marker: TaskMarker, line: Int, span: LineSpan, parentGoal: Int32, depth: Int, quoted: Bool) -> Int32 {
        events.append(.task(marker, line: line, span: span, parentGoal: parentGoal, depth: depth, quoted: quoted))
        tasks += 1
        return tasks - 1
    }

    package mutating func line(_ facts: LineFacts) {
        events.append(.line(facts))
    }
}

extension Invariants {
    /// The simple-line path (`scanSimpleLine`) reports exactly what the general algorithm reports.
    package static func simpleLinesAgree(_ bytes: [UInt8]) -> [String] {
        var simple = ScanRecording(), general = ScanRecording()
        BlockScanner.scan(bytes, into: &simple)
        BlockScanner.scan(bytes, into: &general, simpleLines: false)
        guard simple.events != general.events else { return [] }
        let common = min(simple.events.count, general.events.count)
        let k = (0..<common).first { simple.events[$0] != general.events[$0] } ?? common
        let shown = { (events: [ScanRecording.Event]) in k < events.count ? "\(events[k])" : "nothing" }
        return ["simple-line scan differs from the general one at event \(k): \(shown(simple.events)) instead of \(shown(general.events))"]
    }
}
