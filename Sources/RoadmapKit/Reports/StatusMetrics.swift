/// Each metric's latest value against its next target, table by table over every file of the
/// plan: what `status` draws as bars, and what an editor can show over a metric. A metric whose
/// table has no current column takes its latest value from the root's Review Log.
public struct StatusMetrics: Sendable {
    /// One metrics table.
    public struct Table: Sendable {
        /// The file's index in the plan.
        public let file: Int
        /// The table's index in that file's tracking model.
        public let table: Int
        /// The heading the table is under; empty at the top of the file.
        public let title: String
        /// The current column's header (`Current Score`); nil when the table has none.
        public let currentHeader: String?
        /// Whether a metric of this table has its latest value from the review log.
        public let fromReviews: Bool
        /// The metrics with at least one cell filled in, in table order.
        public let rows: [Row]
        /// The names of the metrics with no cell filled in yet.
        public let unfilled: [String]
    }

    /// One metric of a table.
    public struct Row: Sendable {
        /// The metric.
        public let ref: MetricRef
        /// Its name.
        public let name: String
        /// Its latest value as written: the current column's cell, else the last review's value.
        public let latest: String?
        /// How far the latest value is towards the target, from 0 to 1; nil unless both are numbers.
        public let fraction: Double?
        /// The next target; nil when no target column has a value for it.
        public let target: Target?
    }

    /// A metric's next target.
    public struct Target: Sendable {
        /// The target's column.
        public let column: Int
        /// That column's header (`Target (6 months)`).
        public let header: String
        /// The cell as written; nil when it cannot be shown as text.
        public let text: String?
        /// When the column's horizon falls due from the start date; nil without either.
        public let due: CivilDate?
    }

    /// Every metrics table of the plan, root first.
    public let tables: [Table]

    /// Every metrics table of the plan, counted, whether or not `tables` holds them all.
    public let tableCount: Int

    /// The tables of `schedule`'s plan, with values from its review log where a table has no current column.
    /// - Parameter limit: read only the first `limit` tables (`tableCount` still counts them all):
    ///   `status` shows four, and reading each of L's 1,000 tables cost 36M instructions (issue 28).
    public init(_ schedule: PlanSchedule, limit: Int = .max) {
        let reviewed = Self.reviewedValues(schedule)
        var tables: [Table] = []
        var count = 0
        for file in schedule.files.indices {
            let indices = schedule.files[file].tracking.tables.indices
            count += indices.count
            for t in indices where tables.count < limit {
                tables.append(Self.table(t, of: schedule.files[file], file: file, reviewed: reviewed))
            }
        }
        self.tables = tables
        tableCount = count
    }

    private static func table(_ t: Int, of schedule: Schedule, file: Int, reviewed: [MetricRef: String]) -> Table {
        let tracking = schedule.tracking
        let table = tracking.tables[t]
        var rows: [Row] = []
        var unfilled: [String] = []
        for row in table.rows.indices {
            let metric = Metric(table: t, row: row)
            let ref = MetricRef(file: file, metric: metric)
            let filled = table.columns.indices.contains { $0 != table.nameColumn && tracking.cellText(of: metric, column: $0) != nil }
            guard filled else {
                unfilled.append(tracking.name(of: metric))
                continue
            }
            let latest = table.currentColumn.flatMap { tracking.cellText(of: metric, column: $0) } ?? reviewed[ref]
            let value = table.currentColumn.map { tracking.value(of: metric, column: $0) }?.value
                ?? reviewed[ref].flatMap { MetricValue(parsing: $0).value }
            let targetColumn = schedule.targetColumn(of: metric)
            let goal = targetColumn.flatMap { tracking.value(of: metric, column: $0).value }
            var fraction: Double?
            if let value, let goal { fraction = goal > 0 ? min(1, max(0, value / goal)) : (value >= goal ? 1 : 0) }
            let target = targetColumn.map {
                Target(column: $0, header: tracking.header(t, $0), text: tracking.cellText(of: metric, column: $0), due: schedule.due(ofColumn: $0, in: t))
            }
            rows.append(Row(ref: ref, name: tracking.name(of: metric), latest: latest, fraction: fraction, target: target))
        }
        return Table(file: file, table: t, title: tracking.sectionTitle(table.sectionIndex),
                     currentHeader: table.currentColumn.map { tracking.header(t, $0) },
                     fromReviews: reviewed.keys.contains { $0.file == file && $0.metric.table == t },
                     rows: rows, unfilled: unfilled)
    }

    /// Metrics with no current column get their values from the monthly review: the latest in
    /// the root's Review Log stands in for the cell they do not have.
    private static func reviewedValues(_ schedule: PlanSchedule) -> [MetricRef: String] {
        guard schedule.files.contains(where: { $0.tracking.tables.contains { $0.currentColumn == nil } }) else { return [:] }
        let log = Review.log(of: schedule.plan, schedule)
        guard !log.entries.isEmpty else { return [:] }
        var values: [MetricRef: String] = [:]
        for line in Review(schedule, log: log).metrics where !line.hasCurrentColumn { values[line.ref] = line.last }
        return values
    }
}
