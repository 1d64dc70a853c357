/// Reads fields, option groups, bold titles and metric tables from the block scanner's line facts.
/// Only paragraph lines that are not goals are read, so nothing inside code, HTML or a goal's
/// text is ever taken for a field. One pass, constant work per byte.
struct TrackingBuilder: BlockSink {
    let bytes: [UInt8]
    private var sectionLines: [Int]
    private(set) var fields: [Field] = []
    private(set) var groups: [OptionGroup] = []
    private(set) var tables: [MetricTable] = []
    private(set) var titles: [BoldTitle] = []

    private var section = 0
    /// The bold title that items below take as their context.
    private var contextTitle: Int?
    /// The context title has had items: a blank line now ends its list, and its reach.
    private var contextHasItems = false
    /// The bold title whose body the following lines extend.
    private var bodyTitle: Int?
    /// The previous line, when it was a paragraph line that could be a table's header row.
    private var previous: LineFacts?
    private var table: TableDraft?
    private var taskCount: Int32 = 0
    /// The last header row read as a table's, and its columns (`columns(for:row:)`).
    private var lastHeaderRow: (row: Range<Int>, columns: [MetricTable.Column]?)?

    private struct TableDraft {
        var depth: Int
        var line: Int
        var section: Int
        /// Nil for a table that is not a metric table: its rows are only skipped.
        var columns: [MetricTable.Column]?
        var rows: [MetricTable.Row] = []
    }

    init(bytes: [UInt8], sections: [Section]) {
        self.bytes = bytes
        sectionLines = sections.map(\.line)
        learnsSections = false
    }

    /// For a scan that builds the roadmap at the same time: sections are learnt as their headings
    /// arrive, so the file is read once.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        sectionLines = [0]
        learnsSections = true
    }

    /// Sections come from `heading` calls rather than from a finished roadmap.
    private let learnsSections: Bool
    /// The last line seen, to tell a setext heading (reported after its text) from an ATX one.
    private var lastLine = 0
    /// Inside a setext heading's text, when sections are known before the scan (the underline
    /// ends it).
    private var inSetextText = false

    // MARK: BlockSink (when the roadmap did not keep its line facts)

    var wantsEveryLine: Bool { true }

    mutating func heading(level: Int, text: Range<Int>, line: Int) {
        guard learnsSections else { return }
        if line <= lastLine {
            // A setext heading: its text lines were read as a paragraph before the underline came.
            endTable()
            var retracted = lastLine
            while retracted >= line {
                retract(line: retracted)
                retracted -= 1
            }
            endTitles()
            previous = nil
        }
        sectionLines.append(line)
    }

    mutating func task(_ marker: TaskMarker, line: Int, span: LineSpan, parentGoal: Int32, depth: Int, quoted: Bool) -> Int32 {
        defer { taskCount += 1 }
        return taskCount
    }

    mutating func line(_ facts: LineFacts) {
        lastLine = facts.number
        if facts.role != .paragraph { inSetextText = false }
        while section + 1 < sectionLines.count && sectionLines[section + 1] <= facts.number { section += 1 }
        switch facts.role {
        case .thematicBreak where facts.containerDepth > 0:
            // `1. ____` is a list item holding a thematic break: a numbered blank.
            endTable()
            let context = contextTitle.flatMap { titles[$0].depth < facts.containerDepth ? $0 : nil }
            let range = facts.content
            if context != nil { contextHasItems = true }
            if context != nil, Blank.isBlank(bytes, range), let number = itemNumber(facts) {
                addField(.numbered, facts, label: number, value: BoldLabel.trimmed(range, in: bytes), context: context)
                extendBody(facts)
            }
        case .heading, .setextUnderline, .thematicBreak:
            endTable()
            endTitles()
        case .blank:
            endTable()
            if contextHasItems { contextTitle = nil }
        case .code, .fence, .html:
            endTable()
            extendBody(facts)
        case .paragraph:
            paragraph(facts)
            return
        }
        previous = nil
    }

    mutating func finish() {
        endTable()
    }

    // MARK: Lines

    private mutating func paragraph(_ facts: LineFacts) {
        let range = facts.content
        if section > 0 && (facts.number == sectionLines[section] || inSetextText) {
            // The text of a setext heading: its first line is the section's, and every paragraph
            // line after it up to the underline is heading text too.
            inSetextText = true
            endTable()
            endTitles()
            previous = nil
            return
        }
        if facts.goal >= 0 {
            endTable()
            if facts.startsListItem {
                leaveTitle(ifNotAbove: facts)
                if contextTitle != nil { contextHasItems = true }
            }
            extendBody(facts)
            previous = nil
            return
        }
        if let draft = table, facts.continuesParagraph, facts.containerDepth == draft.depth {
            addRow(facts, range)
            return
        }
        endTable()
        if facts.continuesParagraph, let header = previous, header.containerDepth == facts.containerDepth,
           let count = PipeTable.delimiterCellCount(bytes, range) {
            let headerRange = header.content
            let headers = PipeTable.cells(in: bytes, headerRange)
            if headers.count == count {
                retract(line: header.number)
                table = TableDraft(depth: facts.containerDepth, line: header.number, section: section,
                                   columns: columns(for: headers, row: headerRange))
                previous = nil
                return
            }
        }
        read(facts, range)
        previous = facts
    }

    /// Fields, option groups and titles on one paragraph line.
    private mutating func read(_ facts: LineFacts, _ range: Range<Int>) {
        let isItem = facts.startsListItem
        if isItem { leaveTitle(ifNotAbove: facts) }
        let context = contextTitle.flatMap { titles[$0].depth < facts.containerDepth ? $0 : nil }
        if isItem && context != nil { contextHasItems = true }

        if let boxes = InlineBoxes.read(in: bytes, range) {
            groups.append(OptionGroup(
                line: facts.number, lineSpan: facts.span, labelRange: boxes.label,
                options: boxes.boxes.map { OptionGroup.Option(boxRange: Range(offsets: $0.offset, $0.offset + 3), textRange: $0.text, isTicked: $0.isTicked) },
                sectionIndex: section, titleIndex: context))
            if !isItem { leaveTitle(ifNotAbove: facts) }
            extendBody(facts)
            return
        }
        if let first = BoldLabel.read(at: range.lowerBound, in: bytes, end: range.upperBound) {
            let added = boldFields(from: first, facts, range, context: isItem ? context : nil)
            if added && !isItem {
                startTitle(facts, text: first.text)
                return
            }
            if isItem {
                extendBody(facts)
                return
            }
        }
        if !isItem, let text = BoldLabel.title(in: bytes, range) {
            startTitle(facts, text: text)
            return
        }
        extendBody(facts)
        if isItem {
            itemField(facts, range, context: context)
        } else {
            leaveTitle(ifNotAbove: facts)
        }
    }

    /// `**A:** x **B:** y`: one field per label; a label with no value adds nothing.
    private mutating func boldFields(from first: BoldLabel, _ facts: LineFacts, _ range: Range<Int>, context: Int?) -> Bool {
        var label = first
        var added = false
        while true {
            var valueStart = label.end
            while valueStart < range.upperBound && ASCII.isSpaceOrTab(bytes[valueStart]) { valueStart += 1 }
            var next: BoldLabel?
            var valueEnd = range.upperBound
            var i = valueStart
            // Only a `*` can start the next label: from one to the next, sixteen bytes a step.
            while i + 1 < range.upperBound, let star = firstOffset(of: ASCII.star, in: bytes, i..<(range.upperBound - 1)) {
                i = star
                if bytes[i + 1] == ASCII.star && i > valueStart && ASCII.isSpaceOrTab(bytes[i - 1]),
                   let found = BoldLabel.read(at: i, in: bytes, end: range.upperBound), found.colonInside {
                    next = found
                    valueEnd = i
                    break
                }
                i += 1
            }
            let value = BoldLabel.trimmed(Range(offsets: valueStart, valueEnd), in: bytes)
            if !value.isEmpty {
                addField(.boldLabel, facts, label: label.text, value: value, context: context)
                added = true
            }
            guard let following = next else { return added }
            label = following
        }
    }

    /// `- Label: value` and `1. ____` items.
    private mutating func itemField(_ facts: LineFacts, _ range: Range<Int>, context: Int?) {
        if context != nil, Blank.isBlank(bytes, range), let number = itemNumber(facts) {
            addField(.numbered, facts, label: number, value: range, context: context)
            return
        }
        guard let plain = PlainLabel.read(in: bytes, range), !plain.value.isEmpty else { return }
        guard context != nil || Blank.isBlank(bytes, plain.value) else { return }
        guard InlineBoxes.boxOffsets(in: bytes, plain.value).isEmpty else { return }
        addField(.item, facts, label: plain.text, value: plain.value, context: context)
    }

    /// The digits of an ordered list marker (`3` of `3. ____`).
    private func itemNumber(_ facts: LineFacts) -> Range<Int>? {
        var i = facts.contentStart - 1
        while i >= facts.span.start && ASCII.isSpaceOrTab(bytes[i]) { i -= 1 }
        guard i >= facts.span.start, bytes[i] == ASCII.dot || bytes[i] == ASCII.rightParen else { return nil }
        let end = i
        while i - 1 >= facts.span.start && ASCII.isDigit(bytes[i - 1]) { i -= 1 }
        return i < end ? Range(offsets: i, end) : nil
    }

    /// A label whose value is a question (`- **Technical**: Can you …?`) asks something of the
    /// reader, and a step by when (`1. **Today**: …`) is a goal waiting to be adopted: neither
    /// is a field to fill in.
    private mutating func addField(_ form: Field.Form, _ facts: LineFacts, label: Range<Int>, value: Range<Int>, context: Int?) {
        if bytes[value].last == ASCII.question && !Blank.isBlank(bytes, value) { return }
        if facts.startsListItem && Timeframe.horizon(label: String(decoding: bytes[label], as: UTF8.self)) != nil { return }
        fields.append(Field(form: form, line: facts.number, lineSpan: facts.span, labelRange: label, valueRange: value,
                            sectionIndex: section, titleIndex: context, isBlank: Blank.isBlank(bytes, value)))
    }

    // MARK: Titles

    private mutating func startTitle(_ facts: LineFacts, text: Range<Int>) {
        titles.append(BoldTitle(line: facts.number, lineSpan: facts.span, textRange: text, sectionIndex: section,
                                depth: facts.containerDepth, body: nil, lastLine: facts.number))
        contextTitle = titles.count - 1
        contextHasItems = false
        bodyTitle = titles.count - 1
    }

    /// A line at the title's depth or shallower ends the title's reach over items.
    private mutating func leaveTitle(ifNotAbove facts: LineFacts) {
        if let t = contextTitle, titles[t].depth >= facts.containerDepth { contextTitle = nil }
    }

    private mutating func endTitles() {
        contextTitle = nil
        bodyTitle = nil
    }

    private mutating func extendBody(_ facts: LineFacts) {
        guard let t = bodyTitle else { return }
        let start = titles[t].body?.lowerBound ?? facts.span.start
        titles[t].body = Range(offsets: start, facts.span.contentEnd)
        titles[t].lastLine = facts.number
    }

    /// A line read as fields before it turned out to be a table's header row.
    private mutating func retract(line: Int) {
        while let last = fields.last, last.line == line { fields.removeLast() }
        while let last = groups.last, last.line == line { groups.removeLast() }
        if let last = titles.last, last.line == line {
            titles.removeLast()
            if contextTitle == titles.count { contextTitle = nil }
            if bodyTitle == titles.count { bodyTitle = nil }
        }
    }

    // MARK: Tables

    /// A body row's cells, made once with room for the header's columns: cells made as
    /// `PipeTable.Cell`s and mapped, the array doubling as it filled, were 16M instructions of
    /// `status` on the benchmark's L file (5,500 rows).
    private mutating func addRow(_ facts: LineFacts, _ range: Range<Int>) {
        guard let columns = table?.columns else { return }
        var cells: [MetricTable.Cell] = []
        cells.reserveCapacity(columns.count)
        PipeTable.forEachCell(in: bytes, range) { cells.append(MetricTable.Cell(interior: $0.interior, content: $0.content)) }
        table!.rows.append(MetricTable.Row(line: facts.number, lineSpan: facts.span, cells: cells))
    }

    /// The columns of a header row. A plan repeats its tables' header rows (a skills table each
    /// month): a row written byte for byte as the last one has its columns, moved to where it is.
    /// Reading each header's role (its plain text, a period in it) was 17M instructions of
    /// `status` on the benchmark's L file, whose 1,001 tables have the same five headers.
    private mutating func columns(for headers: [PipeTable.Cell], row: Range<Int>) -> [MetricTable.Column]? {
        if let last = lastHeaderRow, last.row.count == row.count, bytes[last.row] == bytes[row] {
            let shift = row.lowerBound - last.row.lowerBound
            return last.columns?.map {
                MetricTable.Column(header: ($0.header.lowerBound + shift)..<($0.header.upperBound + shift), role: $0.role, horizon: $0.horizon)
            }
        }
        let columns = MetricTable.columns(for: headers, in: bytes)
        lastHeaderRow = (row, columns)
        return columns
    }

    private mutating func endTable() {
        guard let draft = table else { return }
        table = nil
        if let columns = draft.columns {
            let table = MetricTable(line: draft.line, sectionIndex: draft.section, columns: columns, rows: draft.rows)
            if table.hasMeasures(in: bytes) { tables.append(table) }
        }
    }
}
