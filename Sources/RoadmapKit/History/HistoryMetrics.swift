/// Every metric and skill score over time, each against its next target: the values its table
/// cell had in the git history (or, without git, the cell as it is today) and the values the
/// review entries recorded, by day (a review's value wins over a cell's on the same day).
enum HistoryMetrics {
    static func series(_ plan: Plan, _ schedules: [Schedule], git: [History.MetricSeries]?, today: CivilDate) -> [History.MetricSeries] {
        var fromGit: [String: [History.MetricSeries.Value]] = [:]
        for series in git ?? [] { fromGit[series.name.lowercased()] = series.values }
        var result: [History.MetricSeries] = []
        for (f, schedule) in schedules.enumerated() {
            let tracking = schedule.tracking
            guard !tracking.tables.isEmpty else { continue }
            let names = MetricNames.of(tracking)
            let entries = ReviewLog(tracking.roadmap, metricNames: names).chronological.filter { $0.date <= today }
            for (k, metric) in tracking.metrics.enumerated() {
                let name = f == 0 ? names[k] : "\(plan.files[f].key) > \(names[k])"
                var values = fromGit[name.lowercased()] ?? []
                if git == nil, let column = tracking.tables[metric.table].currentColumn,
                   let value = tracking.value(of: metric, column: column).value {
                    values.append(.init(date: today, value: value))
                }
                for entry in entries {
                    if let reading = entry.reading(named: names[k]), let value = MetricValue(parsing: reading.value).value {
                        values.append(.init(date: entry.date, value: value))
                    }
                }
                guard !values.isEmpty else { continue }
                let target = schedule.targetColumn(of: metric).flatMap { tracking.value(of: metric, column: $0).value }
                result.append(History.MetricSeries(name: name, target: target, values: History.lastOfEachDay(values, date: \.date)))
            }
        }
        return result
    }
}
