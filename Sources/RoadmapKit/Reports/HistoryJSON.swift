/// `history --json` (README.md documents it): oldest first, dates `YYYY-MM-DD`.
///
///     {"points": [{"date": "2026-02-03", "done": 2, "total": 5}],
///      "completions": [{"date": "2026-02-03", "count": 1}],
///      "pace": {"weeks4": 0.25, "weeks12": 0.17},
///      "forecast": [{"section": "6-Month Goals", "remaining": 2, "due": "2026-07-05",
///                    "expected": "2026-07-27", "status": "late", "weeksLate": 4}],
///      "metrics": [{"name": "Python", "target": 80, "values": [{"date": "2026-01-10", "value": 40}]}],
///      "commits": 5}
extension RoadmapJSON {
    /// - Parameter sections: also the points per top section (`--by-section`).
    public static func history(_ history: History, sections: Bool = false) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        points(history.points, key: "points", into: &json)
        json.beginArray(key: "completions")
        for completion in history.completions {
            json.beginObject()
            json.string(completion.date.description, key: "date")
            json.number(completion.count, key: "count")
            json.endObject()
        }
        json.endArray()
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
            json.string(item.status.rawValue, key: "status")
            json.number(item.weeksLate, key: "weeksLate")
            json.endObject()
        }
        json.endArray()
        json.beginArray(key: "metrics")
        for series in history.metrics {
            json.beginObject()
            json.string(series.name, key: "name")
            if let target = series.target { json.number(target, key: "target") } else { json.null(key: "target") }
            json.beginArray(key: "values")
            for value in series.values {
                json.beginObject()
                json.string(value.date.description, key: "date")
                json.number(value.value, key: "value")
                json.endObject()
            }
            json.endArray()
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
        json.beginArray(key: key)
        for point in points {
            json.beginObject()
            json.string(point.date.description, key: "date")
            json.number(point.done, key: "done")
            json.number(point.total, key: "total")
            json.endObject()
        }
        json.endArray()
    }
}
