/// A pipe table read as metrics: one metric per body row, named by the name column, with
/// "current" columns (Current, Current Score, Now, Score, Rating, ...) and "target" columns
/// (Target, Target (6 months), Goal, 6 Months, 1 Year, 3 Years, ...). Tables with neither, or
/// whose current and target cells hold only text (test plans: `Expected Result`, `Current
/// Version`), are not metric tables.
public struct MetricTable: Equatable, Sendable {
    /// What a column holds: the metric's name, its current value, a target, or anything else.
    public enum Role: String, Sendable {
        case name, current, target, other
    }

    /// A column, read from its header.
    public struct Column: Equatable, Sendable {
        /// The header cell's text, trimmed.
        public let header: Range<Int>
        /// What the column holds: the metric's name, a current value, a target, or something else.
        public let role: Role
        /// For target columns named by a period (`6 Months`, `Target (6 months)`): when it is due.
        package let horizon: Horizon?
    }

    /// One cell of a body row.
    public struct Cell: Equatable, Sendable {
        /// Everything between the cell's pipes.
        package let interior: Range<Int>
        /// The same, without the spaces around it.
        package let content: Range<Int>
    }

    /// One body row: one metric.
    public struct Row: Equatable, Sendable {
        /// The row's 1-based line.
        public let line: Int
        package let lineSpan: LineSpan
        /// As written: a row may have fewer or more cells than the header.
        public let cells: [Cell]
    }

    /// The header row's line.
    public let line: Int
    /// The index of the section the table is in.
    public let sectionIndex: Int
    /// The header's columns, left to right.
    public let columns: [Column]
    /// The body rows, top to bottom.
    public let rows: [Row]

    /// The column that names the metric: the first with the name role, else the first.
    public var nameColumn: Int { columns.firstIndex { $0.role == .name } ?? 0 }
    /// The first current column: where `set` writes by default.
    public var currentColumn: Int? { columns.firstIndex { $0.role == .current } }
    package var targetColumns: [Int] { columns.indices.filter { columns[$0].role == .target } }

    /// The cell in `column` of `row`, if the row has one.
    public func cell(_ row: Int, _ column: Int) -> Cell? {
        let cells = rows[row].cells
        return column < cells.count ? cells[column] : nil
    }

    /// Classifies a header cell's text. Targets first, so `Target Score` and `Max Score` are
    /// targets and `Current Score` is current.
    static func role(of header: String) -> (Role, Horizon?) {
        let text = ASCII.lowercasedBytes(PlainText.of(header))
        let horizon = HorizonScanner.best(in: text, 0..<text.count, allowsSpacedDurations: true)?.horizon
        if horizon != nil || targetWords.contains(where: { contains(text, $0) }) { return (.target, horizon) }
        if currentWords.contains(where: { contains(text, $0) }) { return (.current, nil) }
        return (.other, nil)
    }

    private static let targetWords = ["target", "goal", "max"].map { Array($0.utf8) }
    private static let currentWords = ["current", "now", "score", "rating", "actual", "progress", "latest", "achieved", "today"].map { Array($0.utf8) }

    private static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard text.count >= word.count else { return false }
        outer: for start in 0...(text.count - word.count) {
            for k in 0..<word.count where text[start + k] != word[k] { continue outer }
            return true
        }
        return false
    }

    /// Builds the columns from a header row; nil unless the table has a current or a target column.
    static func columns(for headers: [PipeTable.Cell], in bytes: [UInt8]) -> [Column]? {
        var columns: [Column] = []
        var named = false
        for cell in headers {
            var (role, horizon) = role(of: String(decoding: bytes[cell.content], as: UTF8.self))
            if role == .other && !named {
                role = .name
                named = true
            }
            columns.append(Column(header: cell.content, role: role, horizon: horizon))
        }
        guard columns.contains(where: { $0.role == .current || $0.role == .target }) else { return nil }
        return columns
    }
}

/// One metric: a body row of a metric table.
public struct Metric: Equatable, Hashable, Sendable {
    /// The index of the table among the tracking model's tables.
    public let table: Int
    /// The index of the row among the table's body rows.
    public let row: Int

    /// The metric in row `row` of table `table`.
    public init(table: Int, row: Int) {
        self.table = table
        self.row = row
    }
}

extension MetricTable {
    /// Some current or target cell is a number or a blank to fill in.
    func hasMeasures(in bytes: [UInt8]) -> Bool {
        let measured = columns.indices.filter { columns[$0].role == .current || columns[$0].role == .target }
        return rows.indices.contains { row in
            measured.contains { column in
                guard let cell = cell(row, column) else { return false }
                return MetricValue(bytes, cell.content).kind != .text
            }
        }
    }
}
