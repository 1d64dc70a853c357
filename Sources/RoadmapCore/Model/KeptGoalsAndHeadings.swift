/// A roadmap that keeps of its bytes only its headings' titles and its goals' lines (first and
/// continuation lines), every range of its model moved to point into them: what a read-only
/// report of a notes folder reads of a file (tallies per heading, titles, goal texts, done and
/// due dates, hours, habits, dependencies), at a fraction of the file's bytes. A notes tree of
/// 20,000 files held 34 MB of bytes, mostly paragraphs, front matter, code and tables that
/// `status` never reads (issue 28).
///
/// What it cannot answer is what lives in the bytes it drops: fields, choices, metric tables,
/// bold titles and checkpoints point at lines that are not goals, so a tracking model holding any
/// of them is not reduced (`Tracking.keepingGoalsAndHeadings` gives nil); and the kept bytes are
/// not the file, so nothing may parse them again, edit them or write them back.
extension Roadmap {
    /// This roadmap with only its headings' titles and its goals' lines kept (each kept stretch
    /// followed by a line feed), the same goals, sections, tallies and continuation lines.
    package func keepingGoalsAndHeadings() -> Roadmap {
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(sections.count + goals.count + continuations.lineCount)
        for section in sections.dropFirst() { pieces.append(section.titleRange) }
        for goal in goals { pieces.append(goal.lineRange) }
        pieces += continuations.lineRanges
        let kept = KeptStretches(pieces, of: bytes)
        var goals = self.goals
        for index in goals.indices {
            let delta = Int32(truncatingIfNeeded: kept.delta(at: goals[index].lineRange))
            goals[index]._lineStart += delta
            goals[index]._lineEnd += delta
            goals[index]._box += delta
            goals[index]._text += delta
        }
        var sections = [self.sections[0]]  // the document: no title
        sections.reserveCapacity(self.sections.count)
        for section in self.sections.dropFirst() {
            var moved = Section(level: section.level, line: section.line, titleRange: kept.moved(section.titleRange), parentIndex: section.parentIndex)
            moved.children = section.children
            moved.ownGoals = section.ownGoals
            moved.goals = section.goals
            sections.append(moved)
        }
        return Roadmap(bytes: kept.bytes, goals: goals, sections: sections, continuations: continuations.moving(kept.moved))
    }
}

extension Tracking {
    /// The model on `Roadmap.keepingGoalsAndHeadings`, its section horizons and durations as
    /// they are; nil when it holds fields, choices, metric tables, bold titles or checkpoints,
    /// whose text is not kept.
    package func keepingGoalsAndHeadings() -> Tracking? {
        guard fields.isEmpty, groups.isEmpty, tables.isEmpty, titles.isEmpty, checkpoints.isEmpty, startField == nil else { return nil }
        return Tracking(kept: roadmap.keepingGoalsAndHeadings(), horizons: sectionHorizons, durations: sectionDurations)
    }

    private init(kept roadmap: Roadmap, horizons: NilsOmitted<Horizon>, durations: NilsOmitted<Horizon>) {
        self.roadmap = roadmap
        fields = []
        groups = []
        tables = []
        titles = []
        checkpoints = []
        sectionHorizons = horizons
        sectionDurations = durations
        start = nil
        startField = nil
    }
}

/// Stretches of a text copied one after another, each followed by a line feed, and where each
/// went: an offset inside a stretch moves by that stretch's delta.
private struct KeptStretches {
    /// The stretches' bytes.
    private(set) var bytes: [UInt8] = []
    /// The stretches in the original text, sorted and merged where they touch or overlap.
    private var from: [Range<Int>] = []
    /// Per stretch, its start in `bytes` less its start in the text.
    private var deltas: [Int] = []

    init(_ pieces: [Range<Int>], of text: [UInt8]) {
        let sorted = pieces.sorted { $0.lowerBound < $1.lowerBound }
        for piece in sorted {
            if let last = from.last, piece.lowerBound <= last.upperBound {
                from[from.count - 1] = last.lowerBound..<max(last.upperBound, piece.upperBound)
            } else {
                from.append(piece)
            }
        }
        // Copied as memory, not byte by byte (`+=` of a slice went a byte at a time: half of the
        // reduction's cost, issue 28).
        let total = from.reduce(0) { $0 + $1.count + 1 }
        var deltas: [Int] = []
        deltas.reserveCapacity(from.count)
        let stretches = from
        bytes = text.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
                for stretch in stretches {
                    deltas.append(count - stretch.lowerBound)
                    count = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: UnsafeBufferPointer(rebasing: source[stretch])) + count
                    buffer[count] = 0x0A
                    count += 1
                }
            }
        }
        self.deltas = deltas
    }

    /// The delta of the stretch holding `range` (every range asked for is one of the pieces,
    /// so inside one stretch).
    func delta(at range: Range<Int>) -> Int {
        // The last stretch starting at or before the range.
        var low = 0, high = from.count
        while low < high {
            let mid = (low + high) / 2
            if from[mid].lowerBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        precondition(low > 0 && range.upperBound <= from[low - 1].upperBound, "a range outside the kept text")
        return deltas[low - 1]
    }

    /// `range` moved into `bytes`.
    func moved(_ range: Range<Int>) -> Range<Int> {
        let delta = delta(at: range)
        return (range.lowerBound + delta)..<(range.upperBound + delta)
    }
}
