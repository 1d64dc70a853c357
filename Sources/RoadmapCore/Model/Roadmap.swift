/// A roadmap file: its bytes, which are the source of truth, and the goals and sections found in
/// them, which point back into the bytes. Parsing is total: any bytes give a roadmap.
public struct Roadmap: Sendable {
    /// The file's bytes as read: every range of the model points into them.
    public let bytes: [UInt8]
    /// The goals (task items) in document order; a goal's index is its id less one.
    public let goals: [Goal]
    /// Index 0 is the document; the others are headings in document order.
    public let sections: [Section]
    /// Lines after the first that continue a goal's text, by goal index.
    package let continuations: Continuations
    /// Every line's block facts, kept only when asked for (the tracking model reads them).
    package let lineFacts: [LineFacts]
    /// Each goal's Tasks fields, read already (`TrackingChunks` reads them once per chunk it
    /// parses, so a keystroke does not read every goal's again); nil when not read yet.
    package let knownDetails: TaskDetailsTable?
    /// Each goal's own period (`Schedule.horizon(ofGoal:in:)`), read already by `TrackingChunks`
    /// as the details are; nil when not read yet.
    package let knownHorizons: [Horizon?]?

    /// Reads the roadmap from any bytes: parsing never fails.
    public init(parsing bytes: [UInt8]) {
        self.init(parsing: bytes, keepingLineFacts: false)
    }

    package init(parsing bytes: [UInt8], keepingLineFacts: Bool) {
        var builder = RoadmapBuilder(keepsLineFacts: keepingLineFacts, reservingFor: bytes)
        BlockScanner.scan(bytes, into: &builder)
        builder.finish(bytes)
        self.init(bytes: bytes, builder: builder)
    }

    /// A roadmap from a builder that has seen the whole scan.
    init(bytes: [UInt8], builder: RoadmapBuilder) {
        self.bytes = bytes
        self.goals = builder.goals
        self.sections = builder.sections
        self.continuations = builder.continuations
        self.lineFacts = builder.facts
        self.knownDetails = nil
        self.knownHorizons = nil
    }

    /// The document's title: its first level-1 heading, else its first heading.
    public var title: String? {
        let headings = sections.dropFirst()
        guard let heading = headings.first(where: { $0.level == 1 }) ?? headings.first else { return nil }
        return text(heading.titleRange)
    }

    /// Everything together.
    public var tally: Tally { sections[0].goals }

    /// Decodes bytes for display. Invalid UTF-8 shows as U+FFFD; the bytes themselves never change.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A goal's whole text: its first line and any continuation lines, joined by spaces.
    /// - Parameter withoutDoneDate: the text shown to people: without the done date, and since
    ///   issue 26 without every other Tasks field too (`text(of:withoutFields:)`); the name stays
    ///   because every front end already asks for its display text this way.
    public func text(of goalIndex: Int, withoutDoneDate: Bool = false) -> String {
        text(of: goalIndex, withoutFields: withoutDoneDate)
    }

    /// A goal's whole text, as `text(of:)`.
    /// - Parameter withoutFields: leave out the Obsidian Tasks fields at the end of its first
    ///   line, but not its tags: what the plugin calls the description, and what roadmap shows.
    public func text(of goalIndex: Int, withoutFields: Bool) -> String {
        text(of: goalIndex, removing: withoutFields ? { $0 != .tag } : nil)
    }

    /// A goal's whole text without the Tasks fields of the kinds `removing` names (all of it when nil).
    package func text(of goalIndex: Int, removing: ((TasksFields.Kind) -> Bool)?) -> String {
        let text = goals[goalIndex].textRange
        var result = ""
        var from = text.lowerBound
        if let removing {
            for removed in fieldRemovals(goalIndex, tasksFields(of: goalIndex), removing) {
                result += self.text(Range(offsets: from, removed.lowerBound))
                from = removed.upperBound
            }
        }
        result += self.text(Range(offsets: from, text.upperBound))
        // A date that was all the text leaves only the whitespace after it, which the line without
        // the date would not count as text (its text starts after the whitespace).
        if trimmingTrailingWhitespace(result).isEmpty { result = "" }
        for range in continuations[goalIndex] ?? [] {
            let piece = self.text(range)
            if !piece.isEmpty { result += result.isEmpty ? piece : " " + piece }
        }
        return trimmingTrailingWhitespace(result)
    }

    /// The heading path of a section, outermost first (the document itself is left out).
    public func path(ofSection index: Int) -> [String] {
        var titles: [String] = []
        var current: Int? = index
        while let i = current, i > 0 {
            titles.append(text(sections[i].titleRange))
            current = sections[i].parentIndex
        }
        return titles.reversed()
    }

    /// A goal's text as byte pieces (first line, then continuation lines), trailing spaces and
    /// tabs (and line tabulations, form feeds) of the last piece left out: what `text(of:)` decodes, without decoding.
    package func textPieces(of goalIndex: Int) -> [ArraySlice<UInt8>] {
        var pieces = [bytes[goals[goalIndex].textRange]]
        if let more = continuations[goalIndex] {
            for range in more where !range.isEmpty { pieces.append(bytes[range]) }
            if pieces[0].isEmpty { pieces.removeFirst() }
        }
        var last = pieces[pieces.count - 1]
        while let b = last.last, ASCII.isLineWhitespace(b) { last = last.dropLast() }
        pieces[pieces.count - 1] = last
        return pieces
    }

    /// The heading path for display: like `path(ofSection:)` but without the document's title
    /// heading when one level-1 heading holds everything (it would begin every path).
    public func displayPath(ofSection index: Int) -> [String] {
        let full = path(ofSection: index)
        let top = sections[0].children
        if top.count == 1, sections[top[0]].level == 1, topSections != top, !full.isEmpty {
            return Array(full.dropFirst())
        }
        return full
    }

    /// Goals nested below a goal, directly or not, counted by state.
    ///
    /// They are the goals right after it, up to the first that is not: a goal inside its item
    /// has its parent there too. So a goal belongs when its parent is the goal or an earlier
    /// member, which takes constant time (walking each one's ancestors made `list` cubic on a
    /// deeply nested file).
    public func childTally(of goalIndex: Int) -> Tally {
        var tally = Tally()
        var i = goalIndex + 1
        while i < goals.count, let parent = goals[i].parentIndex, parent >= goalIndex {
            tally.add(goals[i].state)
            i += 1
        }
        return tally
    }
}

extension Roadmap {
    /// The sections a report starts from: below the title when one level-1 heading holds all the
    /// others (the usual `# Title` document), else the top-level headings.
    package var topSections: [Int] {
        let top = sections[0].children
        if top.count == 1, sections[top[0]].level == 1, sections[0].ownGoals.total == 0 {
            let below = sections[top[0]].children
            if sections[top[0]].ownGoals.total == 0 && !below.isEmpty { return below }
        }
        return top
    }
}

package func trimmingTrailingWhitespace(_ s: String) -> String {
    var scalars = s.unicodeScalars[...]
    while let last = scalars.last, last == " " || last == "\t" || last == "\u{0B}" || last == "\u{0C}" { scalars = scalars.dropLast() }
    return String(scalars)
}
