/// One large file parsed as a few stretches at the same time, the parts joined into the model
/// one parse of the whole file gives (`Tracking.parsing`, `Roadmap(parsing:)`), equal in every
/// field: the command line's `status`, `list`, `next` and `check` on a large file use all cores.
///
/// Why the parts join exactly: the stretches are cut where `TrackingChunks` cuts a language
/// server's buffer, at lines that open with `#` at column 0 and that the parse finds to be ATX
/// headings. After such a line the block scanner and both builders are where they are at the start
/// of a file, so a stretch parsed alone gives, moved by its first byte and line, what the whole
/// parse gives on its lines. Each stretch is parsed with the first line of the next one (the
/// probe): the cut stands only if that line is a heading there, the last section of the stretch's
/// parse (a fence or HTML block left open swallows it: `# install` in a shell snippet). A cut that
/// does not stand joins its two stretches, parsed again together, from the last cut that stood.
/// The section tree, the totals rolled up it, the checkpoints and the start date are put together
/// from the parts, as `TrackingChunks.assemble` does. StretchedParseTests compare the two on every
/// bundled roadmap, the corpus, and the benchmark's S, M and L files with both line ends.
///
/// No concurrency here (RoadmapCore has none): the caller passes `perform`, which runs a body for
/// each stretch index, one after another or on every core (RoadmapKit's `ParsedOnAllCores` passes
/// `DispatchQueue.concurrentPerform`). The body writes only its own stretch's slot.
public enum StretchedParse {
    /// Runs `body(k)` once for each `k` in `0..<count`, in any order, possibly at the same time,
    /// and returns when all are done.
    public typealias Perform = (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void

    /// The tracking model of `bytes`, equal to `Tracking.parsing(bytes)`, parsed as up to
    /// `stretches` stretches through `perform`.
    public static func tracking(_ bytes: [UInt8], stretches: Int, perform: Perform) -> Tracking {
        tracking(bytes, cuts: cuts(bytes, stretches: stretches), perform: perform)
    }

    /// The roadmap of `bytes` (goals and sections only), equal to `Roadmap(parsing: bytes)`,
    /// parsed as up to `stretches` stretches through `perform`.
    public static func roadmap(_ bytes: [UInt8], stretches: Int, perform: Perform) -> Roadmap {
        roadmap(bytes, cuts: cuts(bytes, stretches: stretches), perform: perform)
    }

    /// `tracking(_:stretches:perform:)` cut at `cuts` (line starts, increasing, each after 0),
    /// whether or not they are headings: tests cut everywhere.
    package static func tracking(_ bytes: [UInt8], cuts: [Int], perform: Perform) -> Tracking {
        let parts = parts(bytes, cuts: cuts, tracked: true, perform: perform)
        return join(bytes, parts).tracking!
    }

    /// `roadmap(_:stretches:perform:)` cut at `cuts`.
    package static func roadmap(_ bytes: [UInt8], cuts: [Int], perform: Perform) -> Roadmap {
        let parts = parts(bytes, cuts: cuts, tracked: false, perform: perform)
        return join(bytes, parts).roadmap
    }

    // MARK: Where to cut

    /// Where stretches after the first start: the language server's opening chooses the same
    /// way (`TrackingChunks.openingStretches`, one rule: about equal shares, each from the first
    /// line at or after its share's end that opens like an ATX heading at column 0, a `#` line
    /// guessed to be inside a fence passed over). Fewer when the file has too few such lines; none
    /// for one stretch. Each cut is checked when the stretches are parsed.
    package static func cuts(_ bytes: [UInt8], stretches: Int) -> [Int] {
        guard stretches > 1, bytes.count > 1 else { return [] }
        return TrackingChunks.openingStretches(bytes, most: stretches, minimumBytes: 1).dropFirst().map(\.lowerBound)
    }

    /// Every line after the first that opens like an ATX heading at column 0, heading or not.
    package static func candidates(_ bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        var from = 1
        while let cut = nextCandidate(bytes, from: from) {
            found.append(cut)
            from = cut + 1
        }
        return found
    }

    /// The first line start at or after `from` (and after 0) that opens like an ATX heading
    /// (`TrackingChunks.isCut`). A `#` is looked for, then what is before and after it.
    static func nextCandidate(_ bytes: [UInt8], from: Int) -> Int? {
        var i = max(from, 1)
        while i < bytes.count {
            if bytes[i] == ASCII.hash {
                let before = bytes[i - 1]
                // A line start: after LF, or after a CR that no LF follows (CR alone ends a line).
                if (before == ASCII.lf || before == ASCII.cr) && TrackingChunks.isCut(bytes, at: i) { return i }
            }
            i += 1
        }
        return nil
    }

    // MARK: Parsing the stretches

    /// What one stretch's parse gives, without the stretch's bytes: each stretch's copy of them
    /// is let go as soon as it is parsed, not held until the parts are joined.
    struct Part {
        /// The goals, sections and continuation lines (a roadmap whose `bytes` are empty).
        let roadmap: Roadmap
        /// The tracking model's own parts, when one was made.
        let tracking: TrackingPart?
        /// Where the stretch starts in the file (its parse counts from there).
        var start = 0
        /// How many of its sections are its own: all but the probe's heading, when the probe is
        /// one (found while the bytes are at hand); nil when the probe is no heading.
        var sections: Int?

        init(_ roadmap: Roadmap, _ tracking: Tracking?, probe: Int?) {
            if let probe {
                sections = StretchedParse.ownSections(roadmap, probe: probe)
            } else {
                sections = roadmap.sections.count  // the file's last stretch: no probe
            }
            self.roadmap = Roadmap(bytes: [], goals: roadmap.goals, sections: roadmap.sections, continuations: roadmap.continuations)
            self.tracking = tracking.map(TrackingPart.init)
        }
    }

    /// The parts of a tracking model a join reads.
    struct TrackingPart {
        let fields: [Field]
        let groups: [OptionGroup]
        let tables: [MetricTable]
        let titles: [BoldTitle]
        let sectionHorizons: NilsOmitted<Horizon>
        let sectionDurations: NilsOmitted<Horizon>
        let checkpointSections: [Int]
        let start: CivilDate?
        let startField: Int?

        init(_ t: Tracking) {
            (fields, groups, tables, titles) = (t.fields, t.groups, t.tables, t.titles)
            (sectionHorizons, sectionDurations) = (t.sectionHorizons, t.sectionDurations)
            checkpointSections = t.checkpoints.map(\.sectionIndex)
            (start, startField) = (t.start, t.startField)
        }
    }

    /// The stretches' parts, in order. Each stretch from `0` and each cut up to the next cut is
    /// parsed with the next cut's line through `perform`; then, in order, a stretch whose probe
    /// was no heading is parsed again with the stretches after it, up to a cut that stands.
    /// - Parameter tracked: parse the tracking model too, else the roadmap alone.
    static func parts(_ bytes: [UInt8], cuts: [Int], tracked: Bool, perform: Perform) -> [Part] {
        let starts = [0] + cuts
        let count = starts.count
        var slots = [Part?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer.baseAddress!)
            // Each body writes its own slot, and nothing reads one until `perform` returns.
            perform(count) { k in
                let probe = k + 1 < count ? starts[k + 1] - starts[k] : nil
                slots.pointer[k] = count == 1 ? parse(bytes, tracked, probe: nil) : parse(stretch(bytes, starts, k, through: k), tracked, probe: probe)
            }
        }
        var parts: [Part] = []
        parts.reserveCapacity(count)
        var k = 0
        while k < count {
            var next = k + 1
            var part = slots[k]!
            slots[k] = nil
            // The stretch's own sections, if its probe is a heading; else parse on to the next cut.
            while part.sections == nil {
                slots[next] = nil
                next += 1
                let probe = next < count ? starts[next] - starts[k] : nil
                part = parse(stretch(bytes, starts, k, through: next - 1), tracked, probe: probe)
            }
            part.start = starts[k]
            parts.append(part)
            k = next
        }
        return parts
    }

    /// The stretches `first` to `last` of `bytes` (each from its start in `starts`), with the
    /// line that starts the next one, if any: what is parsed together.
    static func stretch(_ bytes: [UInt8], _ starts: [Int], _ first: Int, through last: Int) -> [UInt8] {
        let end = last + 1 < starts.count ? TrackingChunks.lineEnd(bytes, from: starts[last + 1]) : bytes.count
        return Array(bytes[starts[first]..<end])
    }

    /// - Parameter probe: where the next stretch's first line starts in `bytes`; nil at the end.
    static func parse(_ bytes: [UInt8], _ tracked: Bool, probe: Int?) -> Part {
        if tracked {
            let tracking = Tracking.parsing(bytes)
            return Part(tracking.roadmap, tracking, probe: probe)
        }
        return Part(Roadmap(parsing: bytes), nil, probe: probe)
    }

    /// The parts' storage, shared by the bodies `perform` runs: each writes one slot.
    struct Slots: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Part?>
        init(_ pointer: UnsafeMutablePointer<Part?>) { self.pointer = pointer }
    }

    /// The sections of a stretch's parse less the probe's heading, when the probe (the line at
    /// `probe`, the parse's last) is a heading there: then it is the last section, and its line
    /// starts at `probe`. Nil otherwise.
    static func ownSections(_ roadmap: Roadmap, probe: Int) -> Int? {
        let sections = roadmap.sections
        guard sections.count > 1, let last = sections.last else { return nil }
        let bytes = roadmap.bytes
        var lineStart = min(last.titleRange.lowerBound, bytes.count)
        while lineStart > 0 && bytes[lineStart - 1] != ASCII.lf && bytes[lineStart - 1] != ASCII.cr { lineStart -= 1 }
        return lineStart == probe ? sections.count - 1 : nil
    }

    // MARK: Joining the parts

    /// The whole file's roadmap, and its tracking model when the parts have one, from the parts
    /// in order: goals, sections, fields, groups, tables and titles moved by their stretch's first
    /// byte and line and renumbered; the section tree, totals and checkpoints made again.
    static func join(_ bytes: [UInt8], _ parts: [Part]) -> (roadmap: Roadmap, tracking: Tracking?) {
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
        var checkpointSections: [Int] = []
        var open: [Int] = [0]
        var line = 0  // lines before the stretch
        // Room for every goal, field and section at once, not grown (and copied) part by part.
        goals.reserveCapacity(parts.reduce(0) { $0 + $1.roadmap.goals.count })
        sections.reserveCapacity(parts.reduce(1) { $0 + ($1.sections ?? 0) })
        fields.reserveCapacity(parts.reduce(0) { $0 + ($1.tracking?.fields.count ?? 0) })
        let tracked = parts.allSatisfy { $0.tracking != nil }
        for part in parts {
            let roadmap = part.roadmap
            let own = part.sections ?? roadmap.sections.count
            let goalBase = goals.count
            let before = sections.count - 1  // local section 0 is what is open where the stretch starts
            // A local section i is `before + i` (local 0 is what is open where the stretch starts).
            let mover = TrackingChunks.Mover(lines: line, bytes: part.start, goals: goalBase, titles: titles.count, sections: before)

            sections[before].ownGoals += roadmap.sections[0].ownGoals
            for local in 1..<own {
                let s = roadmap.sections[local]
                while let last = open.last, last != 0, sections[last].level >= s.level { open.removeLast() }
                let parent = open.last ?? 0
                let index = sections.count
                var placed = Section(level: s.level, line: s.line + line, titleRange: mover.moved(s.titleRange), parentIndex: parent)
                placed.ownGoals = s.ownGoals
                sections.append(placed)
                sections[parent].children.append(index)
                open.append(index)
            }
            if part.start == 0 {
                goals += roadmap.goals  // the first stretch's goals are where they are
            } else {
                // `Mover.moved(_:)` inline: a local section i is `before + i`, the document's too.
                let (b, l, s, g) = (Int32(truncatingIfNeeded: part.start), Int32(truncatingIfNeeded: line),
                                    Int32(truncatingIfNeeded: before), Int32(truncatingIfNeeded: goalBase))
                for var goal in roadmap.goals {
                    goal._line += l
                    goal._lineStart += b
                    goal._lineEnd += b
                    goal._box += b
                    goal._text += b
                    goal._section += s
                    if goal._parent >= 0 { goal._parent += g }
                    goals.append(goal)
                }
            }
            continuations.append(roadmap.continuations, goals: 0..<roadmap.goals.count, goalOffset: goalBase, byteOffset: part.start)
            if let tracking = part.tracking {
                let fieldBase = fields.count
                for field in tracking.fields { fields.append(mover.moved(field)) }
                groups += tracking.groups.map(mover.moved)
                tables += tracking.tables.map(mover.moved)
                titles += tracking.titles.map(mover.moved)
                horizons += tracking.sectionHorizons[1..<own]
                durations += tracking.sectionDurations[1..<own]
                for section in tracking.checkpointSections where section < own {
                    checkpointSections.append(mover.section(section))
                }
                if start == nil, let date = tracking.start, let field = tracking.startField {
                    start = date
                    startField = field + fieldBase
                }
                if firstStartLabel == nil, let field = tracking.startField { firstStartLabel = field + fieldBase }
            }
            // The probe's heading is the next stretch's first line.
            if own < roadmap.sections.count { line += roadmap.sections[own].line - 1 }
        }
        // Totals, as `RoadmapBuilder.finish` rolls them up.
        for i in sections.indices { sections[i].goals = sections[i].ownGoals }
        for i in sections.indices.dropFirst().reversed() {
            if let parent = sections[i].parentIndex { sections[parent].goals += sections[i].goals }
        }
        let roadmap = Roadmap(bytes: bytes, goals: goals, sections: sections, continuations: continuations)
        guard tracked else { return (roadmap, nil) }
        let tracking = Tracking(roadmap, fields: fields, groups: groups, tables: tables, titles: titles, horizons: horizons,
                                durations: durations, start: start, startField: start == nil ? firstStartLabel : startField,
                                checkpointSections: checkpointSections)
        return (roadmap, tracking)
    }
}

extension Roadmap {
    /// A roadmap from parts already found (`StretchedParse`), as a parse without line facts
    /// leaves it: no Tasks details or goal periods read yet.
    init(bytes: [UInt8], goals: [Goal], sections: [Section], continuations: Continuations) {
        self.bytes = bytes
        self.goals = goals
        self.sections = sections
        self.continuations = continuations
        self.lineFacts = []
        self.knownDetails = nil
        self.knownHorizons = nil
    }
}
