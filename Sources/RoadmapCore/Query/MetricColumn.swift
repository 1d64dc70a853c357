/// Why no one column of a metric's table was chosen; `columns` are the headers that could be
/// named (all but the name column), for the front end to list.
public enum MetricColumnError: Error, Equatable, Sendable {
    /// No header equals or contains the text named.
    case noMatch(columns: [String])
    /// More than one header contains it, and none equals it.
    case several(columns: [String])
    /// No column was named and the table has no current column.
    case noCurrent(columns: [String])

    /// The headers that could be named.
    public var columns: [String] {
        switch self {
        case let .noMatch(columns), let .several(columns), let .noCurrent(columns): columns
        }
    }
}

extension Tracking {
    /// The column of `metric`'s table that `header` names (`NameChoice`: the header equal to it,
    /// else the one that contains it); the table's current column when `header` is nil. Never
    /// the name column.
    public func column(of metric: Metric, named header: String?) throws(MetricColumnError) -> Int {
        let table = tables[metric.table]
        let headers = table.columns.indices.filter { $0 != table.nameColumn }
        let names = headers.map { self.header(metric.table, $0) }
        guard let header else {
            guard let current = table.currentColumn else { throw .noCurrent(columns: names) }
            return current
        }
        switch NameChoice(header, among: names) {
        case let .found(index): return headers[index]
        case .none: throw .noMatch(columns: names)
        case .several: throw .several(columns: names)
        }
    }
}

extension LabelQuery {
    /// Whether a label that the query did not name is near it, to be offered instead: a word of
    /// the query's label is in `name`, or the label is close to it (`Closeness`: a typo).
    public func isNear(_ name: String) -> Bool {
        let name = name.lowercased()
        return label.split(separator: " ").contains { TextNeedle($0).isFound(in: name) } || Closeness.isClose(label, name)
    }
}

extension PlanLabels {
    /// A field or a metric of a plan.
    public enum Named: Equatable, Sendable {
        /// A field (`**Name:** ____`).
        case field(PlanSchedule.Ref)
        /// A metric (a row of a table with Current/Target columns).
        case metric(MetricRef)
    }

    /// The fields and metrics of `files` near a query that named none (`LabelQuery.isNear`), each
    /// file's fields then its metrics, in file order.
    public func near(_ query: LabelQuery, in files: [Int]) -> [Named] {
        var close: [Named] = []
        for file in files {
            let tracking = schedule.tracking(file)
            for index in tracking.fields.indices where query.isNear(tracking.label(of: index)) {
                close.append(.field(PlanSchedule.Ref(file: file, index: index)))
            }
            for metric in tracking.metrics where query.isNear(tracking.name(of: metric)) {
                close.append(.metric(MetricRef(file: file, metric: metric)))
            }
        }
        return close
    }
}
