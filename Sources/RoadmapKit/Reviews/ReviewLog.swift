/// The `## Review Log` section of a roadmap and the monthly entries under it: a heading below the
/// log whose text names a month (`### 2026-11 review (2026-11-22)`) starts an entry, which runs to
/// the next heading of its level or above. Other headings and text in the log are left alone.
///
/// Like the rest of the model it points at byte ranges; reading it changes nothing, so a file with
/// a log (hand-edited or not) writes back byte for byte.
public struct ReviewLog: Sendable {
    /// The log's heading, an index into `roadmap.sections`; nil when the roadmap has no log yet.
    public let sectionIndex: Int?
    /// The log heading's level; the entries are one level below.
    public let level: Int
    /// In document order.
    public let entries: [ReviewEntry]
    /// Where the log's content ends: after its last non-blank line (and that line's ending). For a
    /// roadmap without a log, the same for the whole file: where a new log goes.
    public let end: Int

    /// Headings that name the log, plain and lower-cased.
    static let titles: [String] = ["review log", "reviews", "monthly reviews", "monthly review log", "review history"]

    package static func isLogTitle(_ title: String) -> Bool {
        titles.contains(PlainText.of(title).trimmingSpaces.lowercased())
    }

    /// - Parameter metricNames: the roadmap's metric names, so a name holding `: ` reads back whole.
    public init(_ roadmap: Roadmap, metricNames: [String] = []) {
        let bytes = roadmap.bytes
        let sections = roadmap.sections
        guard let log = sections.indices.dropFirst().first(where: { ReviewLog.isLogTitle(roadmap.text(sections[$0].titleRange)) }) else {
            sectionIndex = nil
            level = sections.count > 1 && sections.dropFirst().filter({ $0.level == 1 }).count > 1 ? 1 : 2
            entries = []
            end = ReviewLog.endOfLastNonBlankLine(bytes)
            return
        }
        sectionIndex = log
        level = sections[log].level
        let first = LineSpan.containing(sections[log].titleRange.lowerBound, in: bytes)
        // Lines from the log's heading to the end of the file: line n of the file is spans[n - firstLine].
        let spans = ReviewLog.lines(bytes, from: first.start)
        let firstLine = sections[log].line
        let after = ReviewLog.sectionEnd(log, sections)
        let logEndLine = after < sections.count ? sections[after].line : firstLine + spans.count

        var entries: [ReviewEntry] = []
        var index = log + 1
        while index < after {
            let next = ReviewLog.sectionEnd(index, sections)
            defer { index = next }
            let section = sections[index]
            guard let month = ReviewEntry.month(in: bytes, section.titleRange) else { continue }
            let endLine = next < sections.count ? min(sections[next].line, logEndLine) : logEndLine
            let heading = section.line - firstLine
            var bodyStart = heading + 1
            // A setext heading's underline is part of the heading.
            if !ReviewLog.isATXHeading(bytes, spans[heading]) { bodyStart += 1 }
            let lines = bodyStart..<max(bodyStart, endLine - firstLine)
            var reader = ReviewEntryReader(bytes: bytes, metricNames: metricNames)
            for k in lines { reader.read(spans[k]) }
            let last = ReviewLog.lastNonBlank(bytes, spans, (heading + 1)..<max(heading + 1, endLine - firstLine)) ?? heading
            entries.append(ReviewEntry(
                sectionIndex: index, line: section.line, level: section.level,
                range: Range(offsets: spans[heading].start, spans[last].end), year: month.year, month: month.month, day: month.day,
                done: reader.done, total: reader.total, percent: reader.percent, since: reader.since,
                completed: reader.completed, metrics: reader.metrics, note: reader.note, otherLines: reader.otherLines))
        }
        self.entries = entries
        end = ReviewLog.trimmedEnd(bytes, spans, 0..<(logEndLine - firstLine))
    }

    /// Oldest first (a log may be written newest first, or out of order by hand).
    public var chronological: [ReviewEntry] {
        entries.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    /// The entry of a month; the last one if a hand edit left two.
    public func entry(year: Int, month: Int) -> ReviewEntry? {
        entries.last { $0.year == year && $0.month == month }
    }

    /// The latest review of a month before `date`'s month: what a review on `date` looks back to.
    package func previous(before date: CivilDate) -> ReviewEntry? {
        chronological.last { ($0.year, $0.month) < (date.year, date.month) }
    }

    /// Whether the log lists its newest entry first; new entries then go on top.
    package var isNewestFirst: Bool {
        guard let first = entries.first, let last = entries.last, entries.count > 1 else { return false }
        return last.date < first.date
    }

    // MARK: Lines

    static func lines(_ bytes: [UInt8], from start: Int) -> [LineSpan] {
        var spans: [LineSpan] = []
        bytes.withUnsafeBufferPointer { buffer in
            var at = start
            while at < buffer.count {
                let span = LineSpan.at(at, in: buffer)
                spans.append(span)
                at = span.end
            }
        }
        return spans
    }

    static func isATXHeading(_ bytes: [UInt8], _ span: LineSpan) -> Bool {
        var i = span.start
        while i < span.contentEnd && bytes[i] == ASCII.space { i += 1 }
        return i < span.contentEnd && bytes[i] == ASCII.hash
    }

    /// Where the file's last non-blank line ends, its ending included (0 for a blank file).
    static func endOfLastNonBlankLine(_ bytes: [UInt8]) -> Int {
        var p = bytes.count
        while p > 0 && (ASCII.isSpaceOrTab(bytes[p - 1]) || ASCII.isLineEnd(bytes[p - 1])) { p -= 1 }
        return p == 0 ? 0 : LineSpan.containing(p - 1, in: bytes).end
    }

    /// The first section after `index` that is not below it.
    static func sectionEnd(_ index: Int, _ sections: [Section]) -> Int {
        var next = index + 1
        while next < sections.count && sections[next].level > sections[index].level { next += 1 }
        return next
    }

    static func lastNonBlank(_ bytes: [UInt8], _ spans: [LineSpan], _ lines: Range<Int>) -> Int? {
        let bounded = lines.clamped(to: 0..<spans.count)
        return bounded.reversed().first { k in !bytes[spans[k].content].allSatisfy(ASCII.isSpaceOrTab) }
    }

    /// The end of the last non-blank line among `lines`, its ending included; where the lines
    /// start when all are blank.
    static func trimmedEnd(_ bytes: [UInt8], _ spans: [LineSpan], _ lines: Range<Int>) -> Int {
        let bounded = lines.clamped(to: 0..<spans.count)
        if let last = lastNonBlank(bytes, spans, bounded) { return spans[last].end }
        return bounded.isEmpty ? (spans.first?.start ?? 0) : spans[bounded.lowerBound].start
    }
}
