/// `history --json` (README.md documents it): oldest first, dates `YYYY-MM-DD`.
///
///     {"points": [{"date": "2026-02-03", "done": 2, "total": 5}],
///      "completions": [{"date": "2026-02-03", "count": 1}],
///      "pace": {"weeks4": 0.25, "weeks12": 0.17},
///      "forecast": [{"section": "6-Month Goals", "remaining": 2, "due": "2026-07-05",
///                    "expected": "2026-07-27", "expectedLatest": "2026-08-10", "status": "late",
///                    "weeksLate": 4, "daysLate": 22}],
///      "metrics": [{"name": "Python", "target": 80, "values": [{"date": "2026-01-10", "value": 40}]}],
///      "counts": [{"name": "Solve 300 problems", "target": 300, "values": [{"date": "2026-11-02", "value": 10}]}],
///      "spent": [{"date": "2026-11-02", "minutes": 90}],
///      "spentPerWeek": [{"week": "2026-11-02", "minutes": 90}],
///      "spentPerMonth": [{"month": "2026-11", "minutes": 90}],
///      "commits": 5}
extension RoadmapJSON {
    /// - Parameter sections: also the points per top section (`--by-section`).
    public static func history(_ history: History, sections: Bool = false) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        points(history.points, key: "points", into: &json)
        dated(history.completions, key: "completions", into: &json) { json, completion in json.number(completion.count, key: "count") }
        json.beginObject(key: "pace")
        json.number((history.pace.weeks4 * 100).rounded() / 100, key: "weeks4")
        json.number((history.pace.weeks12 * 100).rounded() / 100, key: "weeks12")
        json.endObject()
        json.beginArray(key: "forecast")
        for item in history.forecast {
            json.beginObject()
            json.string(item.section, key: "section")
            json.number(item.remaining, key: "remaining")
            json.string(item.due?.description, key: "due")
            json.string(item.expected?.description, key: "expected")
            json.string(item.expectedLatest?.description, key: "expectedLatest")
            json.string(item.status.rawValue, key: "status")
            json.number(item.weeksLate, key: "weeksLate")
            json.number(item.daysLate, key: "daysLate")
            json.endObject()
        }
        json.endArray()
        // A goal's count over time is drawn as a metric's trend is, so it is written alike.
        for (key, list): (StaticString, [History.MetricSeries]) in [("metrics", history.metrics), ("counts", history.counts)] {
            json.beginArray(key: key)
            for series in list {
                json.beginObject()
                json.string(series.name, key: "name")
                if let target = series.target { json.number(target, key: "target") } else { json.null(key: "target") }
                dated(series.values, key: "values", into: &json) { json, value in json.number(value.value, key: "value") }
                json.endObject()
            }
            json.endArray()
        }
        dated(history.spent, key: "spent", into: &json) { json, day in json.number(day.minutes, key: "minutes") }
        json.beginArray(key: "spentPerWeek")
        for week in history.spentPerWeek {
            json.beginObject()
            json.string(week.date.description, key: "week")
            json.number(week.minutes, key: "minutes")
            json.endObject()
        }
        json.endArray()
        json.beginArray(key: "spentPerMonth")
        for month in history.spentPerMonth {
            json.beginObject()
            json.string(String(month.date.description.prefix(7)), key: "month")
            json.number(month.minutes, key: "minutes")
            json.endObject()
        }
        json.endArray()
        if case let .git(commits) = history.source { json.number(commits, key: "commits") } else { json.null(key: "commits") }
        if sections {
            json.beginArray(key: "sections")
            for series in history.sections {
                json.beginObject()
                json.string(series.name, key: "name")
                points(series.points, key: "points", into: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        return json.bytes + [0x0A]
    }

    private static func points(_ points: [History.Point], key: StaticString, into json: inout JSONWriter) {
        dated(points, key: key, into: &json) { json, point in
            json.number(point.done, key: "done")
            json.number(point.total, key: "total")
        }
    }

    /// An array of objects, each `{"date": …` and then what `rest` writes.
    private static func dated<T>(_ items: [T], key: StaticString, into json: inout JSONWriter,
                                 _ rest: (inout JSONWriter, T) -> Void) where T: HasDate {
        json.beginArray(key: key)
        for item in items {
            json.beginObject()
            json.string(item.date.description, key: "date")
            rest(&json, item)
            json.endObject()
        }
        json.endArray()
    }
}

/// The dated values of a history, for the JSON writer.
protocol HasDate { var date: CivilDate { get } }
extension History.Point: HasDate {}
extension History.Completion: HasDate {}
extension History.MetricSeries.Value: HasDate {}
extension History.TimeSpent: HasDate {}
