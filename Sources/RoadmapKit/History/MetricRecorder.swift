/// Metric cells through a file's history: the number in each metric's current column, recorded
/// whenever it differs from the last one recorded for that name.
struct MetricRecorder {
    private var names: [String] = []
    private var values: [[History.MetricSeries.Value]] = []
    private var index: [String: Int] = [:]

    var series: [History.MetricSeries] {
        zip(names, values).map { History.MetricSeries(name: $0, target: nil, values: $1) }
    }

    mutating func read(_ tracking: Tracking, key: String?, on date: CivilDate) {
        let names = MetricNames.of(tracking)
        for (k, metric) in tracking.metrics.enumerated() {
            guard let column = tracking.tables[metric.table].currentColumn,
                  let value = tracking.value(of: metric, column: column).value else { continue }
            add(key.map { "\($0) > \(names[k])" } ?? names[k], date, value)
        }
    }

    mutating func add(_ name: String, _ date: CivilDate, _ value: Double) {
        let folded = name.lowercased()
        guard let at = index[folded] else {
            index[folded] = names.count
            names.append(name)
            values.append([.init(date: date, value: value)])
            return
        }
        guard values[at].last?.value != value else { return }
        values[at].append(.init(date: date, value: value))
    }
}

/// The names metrics go by in the review log: their own, or `Section > Name` where two tables
/// share a name.
enum MetricNames {
    static func of(_ tracking: Tracking) -> [String] {
        let plain = tracking.metrics.map { tracking.name(of: $0) }
        var counts: [String: Int] = [:]
        for name in plain { counts[name.lowercased(), default: 0] += 1 }
        return zip(tracking.metrics, plain).map { metric, name in
            counts[name.lowercased(), default: 0] > 1 ? tracking.sectionTitle(tracking.tables[metric.table].sectionIndex) + " > " + name : name
        }
    }
}
