/// `review --history --json`: the review log, oldest first (README.md documents it).
///
///     [{"date": "2026-11-22", "goals": {"total": 75, "done": 15}, "percent": 20,
///       "metrics": {"GitHub contributions": 260, "Python and scripting": 55, "Certifications": "AWS CP"},
///       "note": "…"}]
///
/// A metric is a number when its value is written as one (`260`, `1,000`, `55%` is 55), else the
/// text as written. Parts an entry lacks (a hand-written one, say) are null.
extension RoadmapJSON {
    /// `review --history --json`: every entry of the log, oldest first.
    public static func history(_ log: ReviewLog) -> String {
        var json = JSONWriter()
        json.beginArray()
        for entry in log.chronological {
            json.beginObject()
            json.string(entry.dateText, key: "date")
            if let done = entry.done, let total = entry.total {
                json.beginObject(key: "goals")
                json.number(total, key: "total")
                json.number(done, key: "done")
                json.endObject()
            } else {
                json.null(key: "goals")
            }
            if let percent = entry.percent { json.number(percent, key: "percent") } else { json.null(key: "percent") }
            json.beginObject(key: "metrics")
            // A name recorded twice in one entry (by hand) is written once, with its last value.
            var names: [String] = []
            for reading in entry.metrics where !names.contains(where: { $0.lowercased() == reading.name.lowercased() }) {
                names.append(reading.name)
            }
            for name in names {
                let value = entry.reading(named: name)!.value
                json.key(name)
                if let number = plainNumber(value) { json.number(number) } else { json.string(value) }
            }
            json.endObject()
            json.string(entry.note, key: "note")
            json.endObject()
        }
        json.endArray()
        return json.text + "\n"
    }

    /// `260`, `1,000`, `0.5`, `55%`: a number and nothing else (a `%` allowed after it).
    static func plainNumber(_ text: String) -> Double? {
        var body = Array(text.utf8)
        if body.last == 0x25 { body.removeLast() }
        guard let first = body.first, ASCII.isDigit(first), let last = body.last, ASCII.isDigit(last),
              body.allSatisfy({ ASCII.isDigit($0) || $0 == 0x2C || $0 == ASCII.dot }),
              body.filter({ $0 == ASCII.dot }).count <= 1 else { return nil }
        let value = MetricValue(parsing: text)
        return value.kind == .number ? value.value : nil
    }
}
