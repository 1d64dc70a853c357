/// What a career roadmap tracks besides its checkboxes: fill-in fields, single-choice option
/// groups, metric tables, checkpoints, the start date and the horizons of sections. Like the rest
/// of the model, everything points at byte ranges of `roadmap.bytes`.
///
/// A separate value, so commands that only tick goals never pay for it. Building it is one more
/// linear pass over the lines (or over the line facts the roadmap kept).
public struct Tracking: Sendable {
    /// The roadmap the model was read from.
    public let roadmap: Roadmap
    /// `Label: value` fields, in document order.
    public let fields: [Field]
    /// Checkbox groups that hold one choice, in document order.
    public let groups: [OptionGroup]
    /// Metric tables, in document order.
    public let tables: [MetricTable]
    /// Bold titles (`**Project 2**`) that groups and fields sit under.
    public let titles: [BoldTitle]
    /// Checkpoint sections (`## 3-Month Checkpoint`), in document order.
    public let checkpoints: [Checkpoint]
    /// Each section's own horizon, read from its heading (`### Month 1`, `## 6-Month Goals`).
    package let sectionHorizons: NilsOmitted<Horizon>
    /// Each section's own duration, read from a heading like `### Project 1: Search (4 weeks)`
    /// (a span of time, not a period of the plan; see `Schedule`).
    package let sectionDurations: NilsOmitted<Horizon>
    /// The plan's start: the first start-date field (`Date Created`, `Start Date`, `Started`,
    /// `Start`, `Created`) holding an ISO date.
    public let start: CivilDate?
    /// The field `start` comes from, else the first start-date field (still blank, say).
    public let startField: Int?

    /// Field labels that hold the start date, lower-cased. (Arrays, not sets, here and for other
    /// small word lists: a set's hashing costs more than the look-ups, at every start.)
    public static let startLabels: [String] = ["date created", "start date", "started", "start", "created", "date started", "started on", "created on"]

    /// Whether a field labelled `label` holds a date: a start-date label, or one with the word
    /// `date`, `deadline` or `due` (`Date`, `Target Date`). `set` writes a relative date typed for
    /// one as the day it names (issue 25).
    public static func isDateLabel(_ label: String) -> Bool {
        let lower = PlainText.of(label).lowercased()
        if startLabels.contains(lower.trimmingSpaces) { return true }
        return lower.split(whereSeparator: { !$0.isLetter }).contains { ["date", "deadline", "due"].contains($0) }
    }

    /// Reads the tracking model of `roadmap` in one pass over its lines.
    public init(_ roadmap: Roadmap) {
        var builder = TrackingBuilder(bytes: roadmap.bytes, sections: roadmap.sections)
        if !roadmap.lineFacts.isEmpty || roadmap.bytes.isEmpty {
            for facts in roadmap.lineFacts { builder.line(facts) }
        } else {
            BlockScanner.scan(roadmap.bytes, into: &builder)
        }
        self.init(roadmap, builder)
    }

    /// Reads a file once for both the roadmap and its tracking model: what `status` and `next`
    /// need, at the cost of one scan instead of two.
    public static func parsing(_ bytes: [UInt8]) -> Tracking {
        parsing(bytes, keepingLineFacts: false)
    }

    /// `parsing(bytes)`, its roadmap keeping every line's block facts when asked (lint reads
    /// them): the same model, from the same one scan.
    package static func parsing(_ bytes: [UInt8], keepingLineFacts: Bool) -> Tracking {
        var sink = PairedSink(RoadmapBuilder(keepsLineFacts: keepingLineFacts, reservingFor: bytes), TrackingBuilder(bytes: bytes))
        BlockScanner.scan(bytes, into: &sink)
        var roadmapBuilder = sink.first
        roadmapBuilder.finish(bytes)
        return Tracking(Roadmap(bytes: bytes, builder: roadmapBuilder), sink.second)
    }

    private init(_ roadmap: Roadmap, _ builder: TrackingBuilder) {
        var builder = builder
        builder.finish()
        self.roadmap = roadmap
        fields = builder.fields
        groups = builder.groups
        tables = builder.tables
        titles = builder.titles

        var horizons: [Horizon?] = [nil]
        var durations: [Horizon?] = [nil]
        for section in roadmap.sections.dropFirst() {
            let horizon = HorizonScanner.best(in: roadmap.bytes, section.titleRange)?.horizon
            horizons.append(horizon)
            durations.append(horizon == nil ? HorizonScanner.parenthesizedDuration(in: roadmap.bytes, section.titleRange) : nil)
        }
        sectionHorizons = NilsOmitted(horizons)
        sectionDurations = NilsOmitted(durations)

        let (start, startField) = Tracking.start(in: builder.fields[...], bytes: roadmap.bytes)
        self.start = start
        self.startField = startField
        checkpoints = Tracking.checkpoints(roadmap, builder.fields, builder.titles, horizons)
    }

    /// The plan's start among `fields` and the field it comes from: the first start-date field
    /// holding an ISO date, else (no date) the first start-date field. Indices are `fields`'.
    static func start(in fields: ArraySlice<Field>, bytes: [UInt8]) -> (CivilDate?, Int?) {
        var startField: Int?
        for index in fields.indices {
            let field = fields[index]
            let label = PlainText.of(bytes, field.labelRange).lowercased()
            guard Tracking.startLabels.contains(label) else { continue }
            if let date = DueDate.first(in: bytes, field.valueRange) { return (date, index) }
            if startField == nil { startField = index }
        }
        return (nil, startField)
    }

    /// Every metric, table by table.
    public var metrics: [Metric] {
        tables.indices.flatMap { t in tables[t].rows.indices.map { Metric(table: t, row: $0) } }
    }

    // MARK: Text

    /// The plain text of field `field`'s label.
    public func label(of field: Int) -> String { PlainText.of(roadmap.bytes, fields[field].labelRange) }
    /// Field `field`'s value as written; nil when it is blank.
    public func value(of field: Int) -> String? { fields[field].isBlank ? nil : roadmap.text(fields[field].valueRange) }
    /// The plain text of `group`'s label.
    public func label(of group: OptionGroup) -> String { PlainText.of(roadmap.bytes, group.labelRange) }
    /// The plain text of `option`.
    public func text(of option: OptionGroup.Option) -> String { PlainText.of(roadmap.bytes, option.textRange) }
    /// The plain text of bold title `index`.
    public func title(_ index: Int) -> String { PlainText.of(roadmap.bytes, titles[index].textRange) }
    /// The plain text of section `index`'s heading; empty for the document.
    public func sectionTitle(_ index: Int) -> String { index == 0 ? "" : PlainText.of(roadmap.bytes, roadmap.sections[index].titleRange) }
    /// The plain text of `checkpoint`'s heading.
    public func title(of checkpoint: Checkpoint) -> String { PlainText.of(roadmap.bytes, checkpoint.titleRange) }

    /// What tells a group apart from others with the same label: its bold title, else its heading.
    public func context(of group: OptionGroup) -> String {
        PlainText.of(roadmap.bytes, contextRange(of: group))
    }

    /// The bytes `context(of:)` reads: the bold title's text, else the heading's (empty at the top).
    package func contextRange(of group: OptionGroup) -> Range<Int> {
        if let title = group.titleIndex { return titles[title].textRange }
        return group.sectionIndex == 0 ? 0..<0 : roadmap.sections[group.sectionIndex].titleRange
    }

    /// `Project 2: Kubernetes Deployment › Status` (a query takes `›` as it takes `>`).
    public func name(of group: OptionGroup) -> String {
        let context = context(of: group)
        return context.isEmpty ? label(of: group) : "\(context) › \(label(of: group))"
    }

    /// The metric's name: the plain text of its name cell.
    public func name(of metric: Metric) -> String {
        let table = tables[metric.table]
        guard let cell = table.cell(metric.row, table.nameColumn) else { return "" }
        return PlainText.of(roadmap.bytes, cell.content)
    }

    /// The plain text of column `column`'s header in table `table`.
    public func header(_ table: Int, _ column: Int) -> String {
        PlainText.of(roadmap.bytes, tables[table].columns[column].header)
    }

    /// The cell of `metric` in `column`, read as a value (blank when the row has no such cell).
    public func value(of metric: Metric, column: Int) -> MetricValue {
        guard let cell = tables[metric.table].cell(metric.row, column) else { return .blank }
        return MetricValue(roadmap.bytes, cell.content)
    }

    /// The text of the metric's cell in `column`; nil when the cell is blank or missing.
    public func cellText(of metric: Metric, column: Int) -> String? {
        filledCell(of: metric, column: column).map(roadmap.text)
    }

    /// The content of the cell of `metric` in `column`, unless it is missing, empty or blank.
    package func filledCell(of metric: Metric, column: Int) -> Range<Int>? {
        guard let cell = tables[metric.table].cell(metric.row, column), !Blank.isBlank(roadmap.bytes, cell.content),
              !cell.content.isEmpty else { return nil }
        return cell.content
    }

    /// The checkpoint's filled `**Date:**`, when it holds an ISO date.
    public func date(of checkpoint: Checkpoint) -> CivilDate? {
        guard let field = checkpoint.dateField, !fields[field].isBlank else { return nil }
        return DueDate.first(in: roadmap.bytes, fields[field].valueRange)
    }

    /// The checkpoint's Adjustments Needed text, if written.
    public func adjustments(of checkpoint: Checkpoint) -> String? {
        adjustmentsRange(of: checkpoint).map(roadmap.text)
    }

    package func adjustmentsRange(of checkpoint: Checkpoint) -> Range<Int>? {
        checkpoint.adjustmentsTitle.flatMap { titles[$0].body }
    }
}
