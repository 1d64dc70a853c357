/// One series of the review log, oldest review first: progress in percent, or a metric's value
/// as each review wrote it. `review --history` draws each as a sparkline; an editor can chart them.
public struct ReviewTrend: Equatable, Sendable {
    /// `Progress`, or the metric's name.
    public let name: String
    /// The value as each review wrote it (`37%`, `1,250`); nil where a review has none.
    public let texts: [String?]

    /// The values as numbers; nil where a review has none or its text is not a number.
    public var values: [Double?] { texts.map { text in text.flatMap { MetricValue(parsing: $0).value } } }
}

extension ReviewLog {
    /// Progress, then each metric: the roadmap's own (`metricOrder`, its tables' order) that the
    /// log records, then any the log alone records, in the order it first does. Names match
    /// without regard to case; a series is named as first found.
    public func trends(metricOrder: [String]) -> [ReviewTrend] {
        let entries = chronological
        var series = [ReviewTrend(name: "Progress", texts: entries.map { $0.percent.map { "\($0)%" } })]
        var names: [String] = []
        func add(_ name: String) {
            if !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
        }
        let recorded = entries.flatMap { $0.metrics.map(\.name) }
        for name in metricOrder where recorded.contains(where: { $0.lowercased() == name.lowercased() }) { add(name) }
        for name in recorded { add(name) }
        for name in names { series.append(ReviewTrend(name: name, texts: entries.map { $0.reading(named: name)?.value })) }
        return series
    }
}
