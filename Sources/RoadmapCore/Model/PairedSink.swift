/// The roadmap and tracking builders fed by one scan, so a file is read once when both models
/// are wanted. The roadmap's goal indices are the ones returned to the scanner.
///
/// Concrete rather than generic over two sinks: the generic pair's type metadata was built at run
/// time on every start, and this is the only pair there is.
struct PairedSink: BlockSink {
    var first: RoadmapBuilder
    var second: TrackingBuilder

    init(_ first: RoadmapBuilder, _ second: TrackingBuilder) {
        self.first = first
        self.second = second
    }

    var wantsEveryLine: Bool { first.wantsEveryLine || second.wantsEveryLine }

    mutating func heading(level: Int, text: Range<Int>, line: Int) {
        first.heading(level: level, text: text, line: line)
        second.heading(level: level, text: text, line: line)
    }

    mutating func task(_ marker: TaskMarker, line: Int, span: LineSpan, parentGoal: Int32, depth: Int, quoted: Bool) -> Int32 {
        let index = first.task(marker, line: line, span: span, parentGoal: parentGoal, depth: depth, quoted: quoted)
        _ = second.task(marker, line: line, span: span, parentGoal: parentGoal, depth: depth, quoted: quoted)
        return index
    }

    mutating func line(_ facts: LineFacts) {
        if first.wantsEveryLine || (facts.goal >= 0 && facts.continuesParagraph) { first.line(facts) }
        if second.wantsEveryLine || (facts.goal >= 0 && facts.continuesParagraph) { second.line(facts) }
    }
}
