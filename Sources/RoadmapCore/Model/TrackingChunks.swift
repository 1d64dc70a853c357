/// The tracking model of a document that is edited again and again (the language server's
/// buffer), parsed again after an edit only in the part of the document the edit touched.
///
/// How: the document is cut into chunks at lines that open with `#` at column 0 and that the
/// parse found to be headings (ATX headings outside any fence or HTML block; a column-0 line is
/// inside no list item, quote or indented code). After such a line the block scanner is where it
/// is at the start of a file (the heading closed every paragraph, list and quote; no fence or HTML
/// block was open, or it would have swallowed the line), and so is the tracking builder (a heading
/// ends every table, bold title and group). So a chunk parsed as a file of its own gives, moved by
/// its first byte and line, what the whole parse gives on its lines; only the section tree (a
/// chunk's first heading hangs under a heading of an earlier chunk), the totals rolled up it, the
/// checkpoints (a checkpoint reaches over its subsections) and the start date are the document's,
/// and those are put together again from the chunks' parts, without reading the text.
///
/// An edit drops the chunks it reaches into or touches at either end; the chunks after it move.
/// The text between the chunks kept is parsed again, with the first line of the next kept chunk:
/// only if that line is still a heading there (nothing left open that would swallow it) does the
/// next chunk stand; otherwise it joins the text parsed again. And a kept chunk before such text
/// stands only if the text still starts with a column-0 ATX heading (the chunk was parsed with a
/// heading after it, so nothing of it was left open; an edit may have unmade that heading, and
/// then what the chunk left open may run on); otherwise it joins the text parsed again too. The
/// text parsed again is cut at its own such headings into new chunks.
///
/// The result equals `Tracking.parsing` of the whole text (a test edits real documents at random
/// and compares after every edit).
public struct TrackingChunks: Sendable {
    /// One chunk: its byte range, its line count, and its parse in its own coordinates (bytes and
    /// lines counted from the chunk's start; sections from its own document section 0).
    struct Chunk: Sendable {
        var start: Int
        var end: Int
        var lines: Int
        var part: Part
        /// Where its parts went in the model put together last (`assemble`); nil for a chunk
        /// parsed since.
        var placed: Placement? = nil
    }

    /// Where a chunk's parts went in the model put together last: its place in the chunk list,
    /// its first line less one and first byte, where its goals, fields, groups, tables, titles
    /// and Tasks details start in that model's arrays, and its sections' base (its local section
    /// i is section `sections + i` there).
    struct Placement: Sendable {
        var ordinal: Int
        var line: Int
        var byte: Int
        var goals: Int
        var sections: Int
        var fields: Int
        var groups: Int
        var tables: Int
        var titles: Int
        var distinct: Int
    }

    /// The arrays of the model put together last, which the next one copies its unchanged
    /// chunks' parts from (moved, when they moved) instead of moving every chunk's parts again.
    /// They are the model's own arrays, shared with it, not a copy.
    struct Assembled: Sendable {
        var goals: [Goal]
        var details: TaskDetailsTable
        var goalHorizons: [Horizon?]
        var continuations: Continuations
        var fields: [Field]
        var groups: [OptionGroup]
        var tables: [MetricTable]
        var titles: [BoldTitle]
    }

    /// What a chunk's parse contributes, without its bytes.
    struct Part: Sendable {
        var goals: [Goal]
        var sections: [Section]
        var continuations: Continuations
        var fields: [Field]
        var groups: [OptionGroup]
        var tables: [MetricTable]
        var titles: [BoldTitle]
        var horizons: [Horizon?]
        var durations: [Horizon?]
        var start: CivilDate?
        var startField: Int?
        var details: TaskDetailsTable
        /// Each goal's own period (`Schedule.horizon(ofGoal:in:)`), read once when the chunk is
        /// parsed, not every goal's on every keystroke by the schedule.
        var goalHorizons: [Horizon?]
        /// Local indices of the sections whose headings name a checkpoint.
        var checkpointSections: [Int]
    }

    var chunks: [Chunk] = []
    /// The arrays of the last model put together, which `chunks`' placements point into.
    var last: Assembled?
    /// How many bytes the last `tracking` call parsed again (for tests and for telling where time goes).
    public internal(set) var parsedBytes = 0
    /// How many chunks the last `tracking` call placed from their own parts (the chunks parsed
    /// again); the others were copied from the model before, moved as a whole.
    public private(set) var placedFromParts = 0

    /// No chunks: the first `tracking` parses the whole document.
    public init() {}

    /// Forgets every chunk.
    public mutating func clear() {
        chunks = []
        last = nil
    }

    /// Takes note of an edit made since the last `tracking`: `replaced` (in the text before the
    /// edit) now holds `insertedCount` bytes. Edits are given in the order they were made.
    public mutating func edited(_ replaced: Range<Int>, insertedCount: Int) {
        let delta = insertedCount - replaced.count
        // In place: the chunks before the edit stay, those it touches go, those after it move. A
        // copy of every chunk (each holds a dozen arrays) was a tenth of a keystroke.
        var touched = chunks.count
        var after = chunks.count
        for k in chunks.indices {
            if touched == chunks.count && chunks[k].end >= replaced.lowerBound { touched = k }
            if chunks[k].start > replaced.upperBound { after = k; break }
        }
        touched = min(touched, after)
        for k in after..<chunks.count {
            chunks[k].start += delta
            chunks[k].end += delta
        }
        chunks.removeSubrange(touched..<after)
    }

    /// The tracking model of `bytes`, the document after the edits told: equal to
    /// `Tracking.parsing(bytes)`, parsing again only the text no kept chunk covers.
    public mutating func tracking(_ bytes: [UInt8]) -> Tracking {
        var stretches: [ParsedStretch] = []
        return tracking(bytes, parsed: &stretches)
    }

    /// `tracking(bytes)`, and in `parsed` the stretches of the document it parsed again, in
    /// order, each parsed whole with its line facts: lint reads them rather than parse the same
    /// text a second time (`LintChunks`). The caller keeps them only as long as it needs them
    /// (they hold a copy of the text parsed, and a fact per line).
    public mutating func tracking(_ bytes: [UInt8], parsed: inout [ParsedStretch]) -> Tracking {
        parsedBytes = 0
        parsed = []
        // In place: chunks[0..<placed] are the new list so far, chunks[placed..<next] dropped ones,
        // chunks[next...] the kept ones not reached yet. A new list with every kept chunk copied
        // in (a dozen arrays retained each, and released with the old list) was a tenth of a
        // keystroke on a file of 1,000 chunks.
        var placed = 0
        var next = 0  // the first kept chunk not placed yet
        var position = 0  // the end of the last chunk placed
        // Chunks out of order or past the end would be a mistake in telling the edits: parse all.
        // By index: `for chunk in chunks` copied every chunk (a dozen arrays retained and released)
        // to read two numbers.
        var last = 0
        for k in chunks.indices {
            guard chunks[k].start >= last, chunks[k].end >= chunks[k].start, chunks[k].end <= bytes.count else { clear(); break }
            last = chunks[k].end
        }
        while position < bytes.count || (position == 0 && placed == 0) {
            while next < chunks.count && chunks[next].start < position { next += 1 }
            if next < chunks.count && chunks[next].start == position {
                if placed != next { chunks.swapAt(placed, next) }
                position = chunks[placed].end
                placed += 1
                next += 1
                continue
            }
            // A gap. The kept chunk before it stands only if the gap starts with a heading.
            while position > 0, !Self.isCut(bytes, at: position), placed > 0 {
                placed -= 1
                position = chunks[placed].start
            }
            // Parse from `position` to the next kept chunk's first line; that line must still be
            // a heading there, or the chunk joins the gap.
            var stop = next
            while true {
                let end = stop < chunks.count ? chunks[stop].start : bytes.count
                let probeEnd = stop < chunks.count ? Self.lineEnd(bytes, from: chunks[stop].start) : bytes.count
                let pieces = Self.pieces(bytes, from: position, to: end, probeEnd: probeEnd, parsed: &parsedBytes)
                if let (pieces, probe) = pieces {
                    chunks.replaceSubrange(placed..<stop, with: pieces)
                    placed += pieces.count
                    next = placed
                    parsed.append(ParsedStretch(start: position, end: end, tracking: probe))
                    position = end
                    break
                }
                stop += 1
            }
        }
        chunks.removeSubrange(placed...)
        return assemble(bytes)
    }

    /// The chunks of `bytes[from..<to]`, parsed once and cut at their headings; nil when the line
    /// at `to` (up to `probeEnd`) is no longer a cut once what comes before it is parsed.
    /// The probe is parsed with its line facts (`ParsedStretch`): that costs a fact a line, and
    /// saves lint its own parse of the same text.
    static func pieces(_ bytes: [UInt8], from: Int, to: Int, probeEnd: Int, parsed: inout Int) -> (chunks: [Chunk], probe: Tracking)? {
        let probe = Tracking.parsing(Array(bytes[from..<probeEnd]), keepingLineFacts: true)
        parsed += probeEnd - from
        var cuts = cuts(probe.roadmap)
        var endSection = probe.roadmap.sections.count
        if to < bytes.count {
            guard let last = cuts.last, last.offset == to - from else { return nil }
            endSection = last.section
            cuts.removeLast()
        }
        var found: [Chunk] = []
        var first = (offset: 0, line: 1, section: 1)
        var counters = Counters()
        for k in 0...cuts.count {
            let next = k < cuts.count ? cuts[k] : (offset: to - from, line: Int.max, section: endSection)
            let part = Part(slicing: probe, bytes: first.offset..<next.offset, lines: first.line..<next.line,
                            sections: first.section..<next.section, counters: &counters, keepsDocument: k == 0)
            found.append(Chunk(start: from + first.offset, end: from + next.offset,
                               lines: lineCount(bytes, from + first.offset, from + next.offset), part: part))
            first = next
        }
        return (found, probe)
    }

    /// Where the chunks of a parsed text start, after its first: each column-0 ATX heading's
    /// line, with its line number and section.
    static func cuts(_ roadmap: Roadmap) -> [(offset: Int, line: Int, section: Int)] {
        let bytes = roadmap.bytes
        var found: [(offset: Int, line: Int, section: Int)] = []
        for (index, section) in roadmap.sections.enumerated().dropFirst() {
            var lineStart = min(section.titleRange.lowerBound, bytes.count)
            while lineStart > 0 && bytes[lineStart - 1] != ASCII.lf && bytes[lineStart - 1] != ASCII.cr { lineStart -= 1 }
            guard lineStart > 0, isCut(bytes, at: lineStart) else { continue }
            found.append((lineStart, section.line, index))
        }
        return found
    }

    /// Whether the line at `start` (a line start) opens as an ATX heading at column 0: one to six
    /// `#`, then a space, a tab or the line's end. Where the parse finds a heading on such a line,
    /// it is inside no container; a line that opens so is an ATX heading unless a fence or HTML
    /// block swallows it.
    static func isCut(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start
        while i < bytes.count && bytes[i] == ASCII.hash && i - start < 7 { i += 1 }
        let hashes = i - start
        guard hashes >= 1 && hashes <= 6 else { return false }
        return i == bytes.count || bytes[i] == ASCII.space || bytes[i] == ASCII.tab || bytes[i] == ASCII.lf || bytes[i] == ASCII.cr
    }

    /// The offset after the line at `start` and its ending.
    static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count && bytes[i] != ASCII.lf && bytes[i] != ASCII.cr { i += 1 }
        if i < bytes.count && bytes[i] == ASCII.cr { i += 1 }
        if i < bytes.count && bytes[i] == ASCII.lf { i += 1 }
        return i
    }

    /// How many line endings `bytes[start..<end]` holds (CRLF is one).
    static func lineCount(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var count = 0
        var i = start
        while i < end {
            let b = bytes[i]
            if b == ASCII.lf {
                count += 1
            } else if b == ASCII.cr && !(i + 1 < end && bytes[i + 1] == ASCII.lf) {
                count += 1
            }
            i += 1
        }
        return count
    }

    /// The whole document's model from its chunks' parts, and each chunk's placement in it.
    ///
    /// Patched, not put together from scratch: a run of chunks that were next to each other in
    /// the model before (all of them but those an edit touched) takes its goals, fields, groups,
    /// tables, titles, Tasks details, periods and continuation lines from that model's arrays as
    /// one slice, moved by how far the run moved (bytes, lines, goals, sections, titles: the same
    /// for the whole run), and copied unmoved when it did not move (the chunks before an edit).
    /// Only chunks parsed again are placed from their parts. Moving every chunk's parts on every
    /// keystroke (a dozen arrays a chunk, retained and released) was a fifth of a keystroke on a
    /// file of 1,000 chunks. The sections, their tree and totals, and the checkpoints are made
    /// again from the parts, as before: a heading typed changes the parents after it.
    mutating func assemble(_ bytes: [UInt8]) -> Tracking {
        var goals: [Goal] = []
        var sections: [Section] = [Section(level: 0, line: 0, titleRange: 0..<0, parentIndex: nil)]
        var continuations = Continuations()
        var fields: [Field] = []
        var groups: [OptionGroup] = []
        var tables: [MetricTable] = []
        var titles: [BoldTitle] = []
        var horizons: [Horizon?] = [nil]
        var durations: [Horizon?] = [nil]
        var start: CivilDate?
        var startField: Int?
        var firstStartLabel: Int?
        var details = TaskDetailsTable()
        var goalHorizons: [Horizon?] = []
        var checkpointSections: [Int] = []
        var open: [Int] = [0]
        // Room for every goal and field at once, not grown (and copied) as the chunks are added.
        var goalCount = 0, fieldCount = 0, sectionCount = 1
        for k in chunks.indices {
            goalCount += chunks[k].part.goals.count
            fieldCount += chunks[k].part.fields.count
            sectionCount += chunks[k].part.sections.count - 1
        }
        goals.reserveCapacity(goalCount)
        details.reserveCapacity(goalCount)
        goalHorizons.reserveCapacity(goalCount)
        fields.reserveCapacity(fieldCount)
        sections.reserveCapacity(sectionCount)
        horizons.reserveCapacity(sectionCount)
        durations.reserveCapacity(sectionCount)
        // Where the next chunk's parts go: advanced by each chunk's counts as it is met, while
        // the arrays are filled when a run ends.
        var next = Placement(ordinal: 0, line: 0, byte: 0, goals: 0, sections: 0, fields: 0, groups: 0, tables: 0, titles: 0, distinct: 0)
        let last = self.last
        placedFromParts = 0

        // The run of placed chunks not copied yet: its first chunk's placement before and now,
        // and the placement before and index of its last chunk.
        var run: (first: Placement, now: Placement, last: Placement, tail: Int)?

        // Copies the parts of the run, chunks adjacent in the model before, from its arrays.
        func copyRun(_ run: (first: Placement, now: Placement, last: Placement, tail: Int), _ last: Assembled) {
            let (old, now, oldEnd) = (run.first, run.now, run.last)
            let goalRun = old.goals..<(oldEnd.goals + chunks[run.tail].part.goals.count)
            let fieldRun = old.fields..<(oldEnd.fields + chunks[run.tail].part.fields.count)
            let groupRun = old.groups..<(oldEnd.groups + chunks[run.tail].part.groups.count)
            let tableRun = old.tables..<(oldEnd.tables + chunks[run.tail].part.tables.count)
            let titleRun = old.titles..<(oldEnd.titles + chunks[run.tail].part.titles.count)
            let distinctRun = old.distinct..<(oldEnd.distinct + chunks[run.tail].part.details.distinctCount)
            let mover = Mover(lines: now.line - old.line, bytes: now.byte - old.byte, goals: now.goals - old.goals,
                              titles: now.titles - old.titles, sections: now.sections - old.sections)
            details.append(last.details, goals: goalRun, distinct: distinctRun)
            goalHorizons += last.goalHorizons[goalRun]
            continuations.append(last.continuations, goals: goalRun, goalOffset: mover.goals, byteOffset: mover.bytes)
            if mover.isStill {
                goals += last.goals[goalRun]
                fields += last.fields[fieldRun]
                groups += last.groups[groupRun]
                tables += last.tables[tableRun]
                titles += last.titles[titleRun]
            } else {
                for i in goalRun { goals.append(mover.moved(last.goals[i])) }
                for i in fieldRun { fields.append(mover.moved(last.fields[i])) }
                for i in groupRun { groups.append(mover.moved(last.groups[i])) }
                for i in tableRun { tables.append(mover.moved(last.tables[i])) }
                for i in titleRun { titles.append(mover.moved(last.titles[i])) }
            }
        }

        for k in chunks.indices {
            let b = chunks[k].start
            let sectionBase = sections.count - 1  // local section i is sectionBase + i (0, none after the first chunk, the one before)
            let was = last == nil ? nil : chunks[k].placed
            next.ordinal = k
            next.byte = b
            next.sections = sectionBase
            chunks[k].placed = next
            // A placed chunk joins the run before it when it was next to that run's last chunk.
            if let current = run, !(was != nil && was!.ordinal == current.last.ordinal + 1) {
                copyRun(current, last!)
                run = nil
            }
            if let was {
                if let current = run {
                    run = (current.first, current.now, was, k)
                } else {
                    run = (was, next, was, k)
                }
            } else {
                placedFromParts += 1
                let part = chunks[k].part
                let mover = Mover(lines: next.line, bytes: b, goals: next.goals, titles: next.titles, sections: sectionBase)
                for goal in part.goals { goals.append(mover.moved(goal)) }  // no array made per chunk
                details.append(part.details)
                goalHorizons += part.goalHorizons
                continuations.append(part.continuations, goals: 0..<part.goals.count, goalOffset: next.goals, byteOffset: b)
                for field in part.fields { fields.append(mover.moved(field)) }
                for group in part.groups { groups.append(mover.moved(group)) }
                for table in part.tables { tables.append(mover.moved(table)) }
                for title in part.titles { titles.append(mover.moved(title)) }
            }
            // What is the document's, from the parts: sections, their periods, checkpoints, the start.
            sections[sectionBase].ownGoals += chunks[k].part.sections[0].ownGoals
            let localSections = chunks[k].part.sections.count
            for local in 1..<max(1, localSections) {
                let s = chunks[k].part.sections[local]
                while let top = open.last, top != 0, sections[top].level >= s.level { open.removeLast() }
                let parent = open.last ?? 0
                let index = sections.count
                var placed = Section(level: s.level, line: s.line + next.line, titleRange: (s.titleRange.lowerBound + b)..<(s.titleRange.upperBound + b),
                                     parentIndex: parent)
                placed.ownGoals = s.ownGoals
                sections.append(placed)
                sections[parent].children.append(index)
                open.append(index)
                horizons.append(chunks[k].part.horizons[local])
                durations.append(chunks[k].part.durations[local])
            }
            for local in chunks[k].part.checkpointSections { checkpointSections.append(local + sectionBase) }
            if start == nil, let date = chunks[k].part.start, let field = chunks[k].part.startField {
                start = date
                startField = field + next.fields
            }
            if firstStartLabel == nil, let field = chunks[k].part.startField { firstStartLabel = field + next.fields }
            next.line += chunks[k].lines
            next.goals += chunks[k].part.goals.count
            next.fields += chunks[k].part.fields.count
            next.groups += chunks[k].part.groups.count
            next.tables += chunks[k].part.tables.count
            next.titles += chunks[k].part.titles.count
            next.distinct += chunks[k].part.details.distinctCount
        }
        if let current = run { copyRun(current, last!) }
        // Totals, as `RoadmapBuilder.finish` rolls them up.
        for i in sections.indices { sections[i].goals = sections[i].ownGoals }
        for i in sections.indices.dropFirst().reversed() {
            if let parent = sections[i].parentIndex { sections[parent].goals += sections[i].goals }
        }
        self.last = Assembled(goals: goals, details: details, goalHorizons: goalHorizons, continuations: continuations, fields: fields,
                              groups: groups, tables: tables, titles: titles)
        let roadmap = Roadmap(bytes: bytes, goals: goals, sections: sections, continuations: continuations, details: details,
                              horizons: goalHorizons)
        return Tracking(roadmap, fields: fields, groups: groups, tables: tables, titles: titles, horizons: horizons,
                        durations: durations, start: start, startField: start == nil ? firstStartLabel : startField,
                        checkpointSections: checkpointSections)
    }
}

extension TrackingChunks {
    /// Where the next piece's goals, fields, groups, tables and titles start in a probe's arrays
    /// (each in document order, so every piece takes the run after the one before).
    struct Counters {
        var goals = 0, fields = 0, groups = 0, tables = 0, titles = 0
    }

    /// Moves a part's model by lines and bytes, and renumbers its goals, titles and sections.
    /// Sections are moved by one number for all: a chunk's local section i is the document's
    /// section base + i, section 0 included (only the first chunk has anything before its first
    /// heading, and its base is 0); a closure per chunk, allocated, cost more than the moving.
    struct Mover {
        let lines: Int
        let bytes: Int
        let goals: Int
        let titles: Int
        let sections: Int

        init(lines: Int, bytes: Int, goals: Int, titles: Int, sections: Int) {
            (self.lines, self.bytes, self.goals, self.titles, self.sections) = (lines, bytes, goals, titles, sections)
        }

        /// Nothing moves: what is moved is copied as it is.
        var isStill: Bool { lines == 0 && bytes == 0 && goals == 0 && titles == 0 && sections == 0 }

        func section(_ index: Int) -> Int { index + sections }

        func moved(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + bytes)..<(r.upperBound + bytes) }
        func moved(_ s: LineSpan) -> LineSpan { LineSpan(start: s.start + bytes, contentEnd: s.contentEnd + bytes, end: s.end + bytes) }

        func moved(_ g: Goal) -> Goal {
            var goal = g
            let b = Int32(truncatingIfNeeded: bytes)
            goal._line += Int32(truncatingIfNeeded: lines)
            goal._lineStart += b
            goal._lineEnd += b
            goal._box += b
            goal._text += b
            goal._section = Int32(truncatingIfNeeded: section(Int(g._section)))
            if goal._parent >= 0 { goal._parent += Int32(truncatingIfNeeded: goals) }
            return goal
        }

        func moved(_ f: Field) -> Field {
            Field(form: f.form, line: f.line + lines, lineSpan: moved(f.lineSpan), labelRange: moved(f.labelRange),
                  valueRange: moved(f.valueRange), sectionIndex: section(f.sectionIndex),
                  titleIndex: f.titleIndex.map { $0 + titles }, isBlank: f.isBlank)
        }

        func moved(_ g: OptionGroup) -> OptionGroup {
            OptionGroup(line: g.line + lines, lineSpan: moved(g.lineSpan), labelRange: moved(g.labelRange),
                        options: g.options.map { OptionGroup.Option(boxRange: moved($0.boxRange), textRange: moved($0.textRange), isTicked: $0.isTicked) },
                        sectionIndex: section(g.sectionIndex), titleIndex: g.titleIndex.map { $0 + titles })
        }

        func moved(_ t: MetricTable) -> MetricTable {
            MetricTable(line: t.line + lines, sectionIndex: section(t.sectionIndex),
                        columns: t.columns.map { MetricTable.Column(header: moved($0.header), role: $0.role, horizon: $0.horizon) },
                        rows: t.rows.map { row in
                            MetricTable.Row(line: row.line + lines, lineSpan: moved(row.lineSpan),
                                            cells: row.cells.map { MetricTable.Cell(interior: moved($0.interior), content: moved($0.content)) })
                        })
        }

        func moved(_ t: BoldTitle) -> BoldTitle {
            BoldTitle(line: t.line + lines, lineSpan: moved(t.lineSpan), textRange: moved(t.textRange),
                      sectionIndex: section(t.sectionIndex), depth: t.depth, body: t.body.map(moved), lastLine: t.lastLine + lines)
        }
    }
}

extension TrackingChunks.Part {
    /// The part of `probe` (a parse of several chunks) on `lines`, `bytes` and `sections`, in its
    /// own coordinates, as parsing those bytes alone gives it. `keepsDocument`: the first part,
    /// which holds the goals before any heading.
    init(slicing probe: Tracking, bytes range: Range<Int>, lines: Range<Int>, sections range2: Range<Int>,
         counters: inout TrackingChunks.Counters, keepsDocument: Bool) {
        let roadmap = probe.roadmap
        func run<T>(_ all: [T], _ from: inout Int, _ line: (T) -> Int) -> Range<Int> {
            var end = from
            while end < all.count && line(all[end]) < lines.upperBound { end += 1 }
            defer { from = end }
            return from..<end
        }
        let goalRun = run(roadmap.goals, &counters.goals) { $0.line }
        let fieldRun = run(probe.fields, &counters.fields) { $0.line }
        let groupRun = run(probe.groups, &counters.groups) { $0.line }
        let tableRun = run(probe.tables, &counters.tables) { $0.line }
        let titleRun = run(probe.titles, &counters.titles) { $0.line }
        let sectionBase = range2.lowerBound - 1
        // A probe's section 0 holds parts only in its first piece, whose sections start at 1 (base 0).
        let mover = TrackingChunks.Mover(lines: -(lines.lowerBound - 1), bytes: -range.lowerBound, goals: -goalRun.lowerBound,
                                         titles: -titleRun.lowerBound, sections: -sectionBase)
        var document = Section(level: 0, line: 0, titleRange: 0..<0, parentIndex: nil)
        if keepsDocument { document.ownGoals = roadmap.sections[0].ownGoals }
        var own = [document]
        for index in range2 {
            let s = roadmap.sections[index]
            var section = Section(level: s.level, line: s.line + mover.lines, titleRange: mover.moved(s.titleRange), parentIndex: 0)
            section.ownGoals = s.ownGoals
            own.append(section)
        }
        sections = own
        goals = roadmap.goals[goalRun].map(mover.moved)
        var continuations = Continuations()
        continuations.append(roadmap.continuations, goals: goalRun, goalOffset: mover.goals, byteOffset: mover.bytes)
        self.continuations = continuations
        fields = probe.fields[fieldRun].map(mover.moved)
        groups = probe.groups[groupRun].map(mover.moved)
        tables = probe.tables[tableRun].map(mover.moved)
        titles = probe.titles[titleRun].map(mover.moved)
        horizons = [nil] + probe.sectionHorizons[range2]
        durations = [nil] + probe.sectionDurations[range2]
        let (start, field) = Tracking.start(in: probe.fields[fieldRun], bytes: roadmap.bytes)
        self.start = start
        startField = field.map { $0 - fieldRun.lowerBound }
        var details = TaskDetailsTable()
        for goal in goalRun { details.append(roadmap.taskDetails(of: goal)) }
        self.details = details
        goalHorizons = goalRun.map { Schedule.horizon(ofGoal: $0, in: roadmap) }
        checkpointSections = probe.checkpoints.compactMap { range2.contains($0.sectionIndex) ? $0.sectionIndex - sectionBase : nil }
    }
}

/// A stretch of a document that `TrackingChunks` parsed as a text of its own, from a cut (or the
/// document's start) to a cut (or its end): its tracking model, whose roadmap kept its line facts,
/// in the stretch's own coordinates (bytes and lines counted from `start`). The text parsed may
/// run on past `end` by one line, the heading that starts the next chunk.
public struct ParsedStretch: Sendable {
    /// The stretch's first byte in the document: the start of a line.
    public let start: Int
    /// The byte after the stretch: where the next chunk starts, or the document's end.
    public let end: Int
    /// The parse of the stretch, with line facts.
    package let tracking: Tracking
}

extension Roadmap {
    /// A roadmap from parts already found (`TrackingChunks`, `KeptGoalsAndHeadings`), without line
    /// facts; what was not read ahead of time (details, horizons: nil) is read from the text when asked.
    init(bytes: [UInt8], goals: [Goal], sections: [Section], continuations: Continuations, details: TaskDetailsTable? = nil,
         horizons: [Horizon?]? = nil) {
        self.bytes = bytes
        self.goals = goals
        self.sections = sections
        self.continuations = continuations
        self.lineFacts = []
        self.knownDetails = details
        self.knownHorizons = horizons
    }

    /// The due date a goal's own Tasks field gives it (`DueDate.signified` of its text), read
    /// from the fields already read when they were.
    package func signifiedDue(of index: Int) -> CivilDate? {
        if let known = knownDetails { return known.due(of: index) }
        return DueDate.signified(in: bytes, goals[index].textRange)
    }
}

extension Tracking {
    /// A tracking model from parts already found (`TrackingChunks`); the checkpoints, which reach
    /// over sections, are found again.
    init(_ roadmap: Roadmap, fields: [Field], groups: [OptionGroup], tables: [MetricTable], titles: [BoldTitle],
         horizons: [Horizon?], durations: [Horizon?], start: CivilDate?, startField: Int?, checkpointSections: [Int]) {
        self.roadmap = roadmap
        self.fields = fields
        self.groups = groups
        self.tables = tables
        self.titles = titles
        sectionHorizons = NilsOmitted(horizons)
        sectionDurations = NilsOmitted(durations)
        self.start = start
        self.startField = startField
        checkpoints = Tracking.checkpoints(roadmap, fields, titles, horizons, candidates: checkpointSections)
    }
}

/// Each goal's `TaskDetails`, read once: most goals have no Tasks field, so they share one slot.
package struct TaskDetailsTable: Sendable {
    /// Per goal, an index into `distinct`, or -1 for a goal with no field.
    private var slots: [Int32] = []
    private var distinct: [TaskDetails] = []
    private static let none = TaskDetails(TasksFields([], text: 0..<0), in: [])

    /// The details of goal `index`.
    subscript(index: Int) -> TaskDetails {
        let slot = slots[index]
        return slot < 0 ? Self.none : distinct[Int(slot)]
    }

    /// The due date of goal `index`'s details, read without copying them all (the schedule asks
    /// for every goal's on every keystroke).
    func due(of index: Int) -> CivilDate? {
        let slot = slots[index]
        return slot < 0 ? nil : distinct[Int(slot)].due
    }

    /// The done date of goal `index`'s details, read without copying them all.
    func done(of index: Int) -> CivilDate? {
        let slot = slots[index]
        return slot < 0 ? nil : distinct[Int(slot)].done
    }

    /// Adds the next goal's details.
    mutating func append(_ details: TaskDetails) {
        if details == Self.none {
            slots.append(-1)
        } else {
            slots.append(Int32(truncatingIfNeeded: distinct.count))
            distinct.append(details)
        }
    }

    /// Adds the goals of `other`, after these.
    mutating func append(_ other: TaskDetailsTable) {
        let base = Int32(truncatingIfNeeded: distinct.count)
        // Copied whole, then moved in place: the model is put together from every chunk's table
        // on a keystroke, and an append per goal was half a million instructions on M.
        let first = slots.count
        slots += other.slots
        if base != 0 {
            slots.withUnsafeMutableBufferPointer { p in
                for i in first..<p.count where p[i] >= 0 { p[i] += base }
            }
        }
        distinct += other.distinct
    }

    /// How many distinct details it holds (goals with a Tasks field, less those alike).
    var distinctCount: Int { distinct.count }

    /// Adds the goals `goals` of `other`, whose details are `other`'s distinct details
    /// `distinct` (a run of chunks of a model put together before, `TrackingChunks.assemble`).
    mutating func append(_ other: TaskDetailsTable, goals: Range<Int>, distinct wanted: Range<Int>) {
        let shift = Int32(truncatingIfNeeded: distinct.count - wanted.lowerBound)
        let first = slots.count
        slots += other.slots[goals]
        if shift != 0 {
            slots.withUnsafeMutableBufferPointer { p in
                for i in first..<p.count where p[i] >= 0 { p[i] += shift }
            }
        }
        distinct += other.distinct[wanted]
    }

    /// Makes room for `count` goals in all.
    mutating func reserveCapacity(_ count: Int) {
        slots.reserveCapacity(count)
    }
}
