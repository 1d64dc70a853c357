/// `roadmap lint`'s findings for a document that is edited again and again (the language server's
/// buffer): after an edit only the part of the document the edit touched is linted again.
///
/// How: the document is cut at its top-level ATX headings into chunks. At such a heading the
/// block scanner is where it would be at the start of a file: the heading closes every open list
/// item, quote, paragraph and indented code (a heading that a top-level fence or HTML block
/// swallows is no heading, so no cut), and every check resets there too (lists, option groups,
/// bold titles, tables and raw HTML end at a heading). So linting a chunk as a file of its own
/// finds what linting the whole file finds on the chunk's lines, for every check that looks at
/// one list, group or line at a time. Two checks look at the whole file: done goals without a
/// done date (listed together once there are more than three) and blank checkpoint dates (due
/// dates count from the plan's start, which may be anywhere); those are found over the whole
/// parsed file, which the caller has anyway.
///
/// A chunk's findings are kept with its byte range and reused while the edits leave its bytes
/// alone (an edit moves the chunks after it) and it still starts and ends at the same cuts; its
/// findings are kept with lines counted from the chunk's first line, and moved to where the chunk
/// is now (a duplicate goal's message names the line of the first one: that moves too). The
/// cache is dropped when today or the path changes.
/// Links are looked up on disk only when their chunk is linted; `clear()` forgets every chunk, so
/// a link whose target appeared is seen again (the server clears on save).
public struct LintChunks: Sendable {
    struct Chunk: Sendable {
        var start: Int
        var end: Int
        /// Lines counted from the chunk's first line as 1 (so are the lines they name); fix ranges
        /// byte ranges from the chunk's start.
        var findings: [LintFinding]
    }

    var chunks: [Chunk] = []
    var today: CivilDate?
    var path = ""
    /// How many chunks the last `findings` call linted (for tests and for telling where time goes).
    public private(set) var linted = 0
    /// How many chunks the last `findings` call reused unchanged.
    public private(set) var reused = 0
    /// How many of the chunks linted by the last `findings` call were linted from a stretch the
    /// caller had parsed already (`parsed`), not parsed again.
    public private(set) var fromParse = 0

    /// A cache with no chunks: the first `findings` lints the whole document.
    public init() {}

    /// Forgets every chunk: the next `findings` lints the whole document.
    public mutating func clear() { chunks = [] }

    /// Takes note of an edit made to the document since the last `findings`: `replaced` (in the
    /// text before the edit) now holds `insertedCount` bytes. Chunks it touches are forgotten;
    /// those after it move. Edits are given in the order they were made.
    public mutating func edited(_ replaced: Range<Int>, insertedCount: Int) {
        let delta = insertedCount - replaced.count
        chunks = chunks.compactMap { chunk in
            // Bytes before the edit, or after it, are the same bytes; a chunk the edit reaches into is not.
            if chunk.end <= replaced.lowerBound { return chunk }
            guard chunk.start >= replaced.upperBound else { return nil }
            var moved = chunk
            moved.start += delta
            moved.end += delta
            return moved
        }
    }

    /// Every finding of `tracking`'s document, by line, exactly as `Lint.findings` gives them for
    /// the same bytes; chunks unchanged since the last call are not linted again.
    /// - Parameters:
    ///   - schedule: the document's schedule (its start, or the plan's, and today).
    ///   - parsed: stretches of the document already parsed with their line facts
    ///     (`TrackingChunks.tracking(_:parsed:)`): a chunk to lint that lies in one is linted from
    ///     that parse, all the stretch's chunks at once, instead of being parsed again.
    public mutating func findings(_ tracking: Tracking, schedule: Schedule, path: String, parsed: [ParsedStretch] = [],
                                  exists: (String) -> Bool) -> [LintFinding] {
        findings(tracking, schedule: schedule, path: path, stretches: StretchFindings(parsed, path: path), exists: exists)
    }

    /// `findings(_:schedule:path:parsed:exists:)`, with the stretches parsed (two or more: an
    /// opening, `TrackingChunks.trackingOnAllCores`) linted on every core, each whole, before
    /// their findings are handed out in order: the same findings. `exists` is called from every
    /// core (each stretch looks a path up once).
    public mutating func findings(_ tracking: Tracking, schedule: Schedule, path: String, parsed: [ParsedStretch],
                                  onAllCores exists: @Sendable (String) -> Bool) -> [LintFinding] {
        var stretches = StretchFindings(parsed, path: path)
        if parsed.count > 1 {
            stretches.linted = OpeningOnAllCores.perform(parsed.count) { Lint.chunkFindings(parsed[$0].tracking, path: path, exists: exists) }
        }
        return findings(tracking, schedule: schedule, path: path, stretches: stretches, exists: exists)
    }

    /// `findings(_:schedule:path:parsed:exists:)`, with the stretches `parsed` linted already
    /// (`TrackingChunks.trackingOnAllCores(_:parsed:linting:exists:linted:)`, for the same path).
    public mutating func findings(_ tracking: Tracking, schedule: Schedule, path: String, parsed: [ParsedStretch],
                                  linted: StretchLint, exists: (String) -> Bool) -> [LintFinding] {
        var stretches = StretchFindings(parsed, path: path)
        if linted.path == path && linted.findings.count == parsed.count { stretches.linted = linted.findings }
        return findings(tracking, schedule: schedule, path: path, stretches: stretches, exists: exists)
    }

    private mutating func findings(_ tracking: Tracking, schedule: Schedule, path: String, stretches: StretchFindings,
                                   exists: (String) -> Bool) -> [LintFinding] {
        var stretches = stretches
        if today != schedule.today || self.path != path {
            chunks = []
            today = schedule.today
            self.path = path
        }
        let bytes = tracking.roadmap.bytes
        let old = chunks
        var next = 0  // the first old chunk not passed yet: both lists are in document order
        var kept: [Chunk] = []
        linted = 0
        reused = 0
        fromParse = 0
        var found: [LintFinding] = []
        let cuts = Self.cuts(tracking.roadmap)
        for (k, (start, end, firstLine)) in cuts.enumerated() where start < end {
            while next < old.count && old[next].start < start { next += 1 }
            let chunk: Chunk
            if next < old.count, old[next].start == start, old[next].end == end {
                chunk = old[next]
                reused += 1
            } else if let local = stretches.findings(start: start, end: end, lines: firstLine..<(k + 1 < cuts.count ? cuts[k + 1].firstLine : Int.max),
                                                     exists: exists) {
                chunk = Chunk(start: start, end: end, findings: local)
                linted += 1
                fromParse += 1
            } else {
                let local = Lint.findings(Array(bytes[start..<end]), today: schedule.today, path: path, exists: exists)
                    .filter { !Lint.wholeFileKinds.contains($0.kind) }
                chunk = Chunk(start: start, end: end, findings: local)
                linted += 1
            }
            if start == 0 {
                found.append(contentsOf: chunk.findings)
            } else {
                for finding in chunk.findings { found.append(finding.moved(lines: firstLine - 1, bytes: start)) }
            }
            kept.append(chunk)
        }
        chunks = kept
        // Each chunk's findings are in `Lint.findings`'s order (by line, then by check, then as
        // the check found them) and the chunks follow each other, so `found` is in that order;
        // the whole-file checks' findings go in between, each before the first finding that
        // comes after it (no chunk finding shares a check with them).
        let whole = Lint.wholeFileFindings(tracking, schedule: schedule).enumerated().sorted {
            ($0.element.line, Lint.checkOrder($0.element.kind), $0.offset) < ($1.element.line, Lint.checkOrder($1.element.kind), $1.offset)
        }.map(\.element)
        guard !whole.isEmpty else { return found }
        var merged: [LintFinding] = []
        merged.reserveCapacity(found.count + whole.count)
        var k = 0
        for finding in found {
            while k < whole.count && (whole[k].line, Lint.checkOrder(whole[k].kind)) < (finding.line, Lint.checkOrder(finding.kind)) {
                merged.append(whole[k])
                k += 1
            }
            merged.append(finding)
        }
        merged.append(contentsOf: whole[k...])
        return merged
    }

    /// The chunks' findings from stretches already parsed: each stretch is linted whole, once,
    /// the first time one of its chunks is asked for, and its findings are handed out by line.
    /// Linting a stretch whole finds on each of its chunks' lines what linting the chunk alone
    /// finds (the reason chunks may be linted alone at all: every check's lists, groups, titles
    /// and tables end at a cut); the line the parse may have read past the stretch's end is the
    /// next chunk's heading, and its findings are the next chunk's, which are not handed out.
    struct StretchFindings {
        let parsed: [ParsedStretch]
        let path: String
        /// The stretch being handed out, its findings by line in document coordinates' lines
        /// less one (`base`), and the next finding not handed out yet.
        var current = -1
        var base = 0
        var found: [LintFinding] = []
        var cursor = 0
        /// Each stretch's findings, when they were found beforehand (on every core); empty when
        /// each stretch is linted as it is first asked for.
        var linted: [[LintFinding]] = []

        init(_ parsed: [ParsedStretch], path: String) {
            self.parsed = parsed
            self.path = path
        }

        /// The findings of the chunk `start..<end` on `lines`, in its own coordinates (its first
        /// line 1, its first byte 0), when it lies in a stretch parsed; nil when it does not.
        /// Chunks are asked for in document order.
        mutating func findings(start: Int, end: Int, lines: Range<Int>, exists: (String) -> Bool) -> [LintFinding]? {
            if current < 0 || !(parsed[current].start <= start && end <= parsed[current].end) {
                // A stretch is used only from a chunk that starts where it starts: that chunk's
                // first line is the stretch's.
                guard let index = parsed.firstIndex(where: { $0.start == start && end <= $0.end }) else { return nil }
                current = index
                base = lines.lowerBound - 1
                found = index < linted.count ? linted[index] : Lint.chunkFindings(parsed[index].tracking, path: path, exists: exists)
                cursor = 0
            }
            let stretchStart = parsed[current].start
            var local: [LintFinding] = []
            while cursor < found.count && found[cursor].line + base < lines.lowerBound { cursor += 1 }
            while cursor < found.count && found[cursor].line + base < lines.upperBound {
                local.append(found[cursor].moved(lines: base - (lines.lowerBound - 1), bytes: stretchStart - start))
                cursor += 1
            }
            return local
        }
    }

    /// The chunks: from the start of the document, and from the start of each top-level ATX
    /// heading's line (byte ranges and 1-based first lines).
    static func cuts(_ roadmap: Roadmap) -> [(start: Int, end: Int, firstLine: Int)] {
        let bytes = roadmap.bytes
        var starts: [(Int, Int)] = [(0, 1)]
        for section in roadmap.sections.dropFirst() {
            var lineStart = min(section.titleRange.lowerBound, bytes.count)
            while lineStart > 0 && bytes[lineStart - 1] != ASCII.lf && bytes[lineStart - 1] != ASCII.cr { lineStart -= 1 }
            guard lineStart > 0, isATXHeading(bytes, at: lineStart) else { continue }
            starts.append((lineStart, section.line))
        }
        var result: [(start: Int, end: Int, firstLine: Int)] = []
        for (k, (start, line)) in starts.enumerated() {
            result.append((start, k + 1 < starts.count ? starts[k + 1].0 : bytes.count, line))
        }
        return result
    }

    /// Whether the line at `i` opens like an ATX heading: up to three spaces, one to six `#`, then
    /// a space, a tab or the line's end. (A top-level heading whose line opens so is an ATX
    /// heading: a setext heading's first line opening so would have been one itself.)
    static func isATXHeading(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start
        while i < bytes.count && i - start < 3 && bytes[i] == ASCII.space { i += 1 }
        var hashes = 0
        while i < bytes.count && bytes[i] == ASCII.hash { i += 1; hashes += 1 }
        guard hashes >= 1 && hashes <= 6 else { return false }
        return i == bytes.count || bytes[i] == ASCII.space || bytes[i] == ASCII.tab
            || bytes[i] == ASCII.lf || bytes[i] == ASCII.cr
    }
}

extension Lint {
    /// The kinds whose checks look at the whole file rather than one list, group or line.
    static let wholeFileKinds: [LintFinding.Kind] = [.noDoneDate, .futureDoneDate, .checkpointDateBlank]

    /// Where a kind's check runs in `findings` (findings on one line come in this order).
    static func checkOrder(_ kind: LintFinding.Kind) -> Int {
        switch kind {
        case .almostTask: 0
        case .doubleTick: 1
        case .doneWithOpenSubGoals, .openWithSubGoalsDone: 2
        case .noDoneDate, .futureDoneDate: 3
        case .badDueDate, .badRecallDate: 4
        case .checkpointDateBlank: 5
        case .duplicateGoal: 6
        case .missingLink: 7
        case .mojibake: 8
        case .danglingDependency, .duplicateTaskID, .dependencyCycle, .unreadRecurrence, .linkOutOfPlan: 9
        }
    }

    /// The findings of the whole-file checks, over a file already parsed.
    static func wholeFileFindings(_ tracking: Tracking, schedule: Schedule) -> [LintFinding] {
        let input = LintInput(roadmap: tracking.roadmap, tracking: tracking, exists: { _ in true })
        return DoneDates.findings(input, today: schedule.today) + CheckpointDates.findings(input, schedule: schedule)
    }
}
