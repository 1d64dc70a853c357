/// The tracking additions to the `--json` contracts (README.md documents them).
extension RoadmapJSON {
    /// `status --json` gains `start`, `fields`, `choices`, `metrics` and `checkpoints`.
    public static func tracking(_ schedule: Schedule, _ tracking: Tracking, into json: inout JSONWriter) {
        let roadmap = tracking.roadmap
        var paths = SectionPaths(roadmap)
        json.string(tracking.start?.description, key: "start")

        json.beginArray(key: "fields")
        for (index, field) in tracking.fields.enumerated() {
            json.beginObject()
            json.string(tracking.label(of: index), key: "label")
            json.string(paths[field.sectionIndex], key: "section")
            json.string(field.titleIndex.map(tracking.title), key: "group")
            json.string(tracking.value(of: index), key: "value")
            json.number(field.line, key: "line")
            json.endObject()
        }
        json.endArray()

        json.beginArray(key: "choices")
        for group in tracking.groups {
            json.beginObject()
            json.string(tracking.label(of: group), key: "label")
            json.string(tracking.context(of: group), key: "context")
            json.string(paths[group.sectionIndex], key: "section")
            json.beginArray(key: "options")
            for option in group.options { json.string(tracking.text(of: option)) }
            json.endArray()
            let ticked = group.ticked
            json.string(ticked.first.map { tracking.text(of: group.options[$0]) }, key: "selected")
            json.beginArray(key: "ticked")
            for k in ticked { json.string(tracking.text(of: group.options[k])) }
            json.endArray()
            json.number(group.line, key: "line")
            json.endObject()
        }
        json.endArray()

        json.beginArray(key: "metrics")
        for metric in tracking.metrics {
            let table = tracking.tables[metric.table]
            json.beginObject()
            json.string(tracking.sectionTitle(table.sectionIndex), key: "table")
            json.string(tracking.name(of: metric), key: "name")
            json.number(table.rows[metric.row].line, key: "line")
            json.beginObject(key: "values")
            for column in table.columns.indices where column != table.nameColumn {
                json.string(tracking.cellText(of: metric, column: column), key: tracking.header(metric.table, column))
            }
            json.endObject()
            number(table.currentColumn.flatMap { tracking.value(of: metric, column: $0).value }, key: "current", into: &json)
            let target = schedule.targetColumn(of: metric)
            number(target.flatMap { tracking.value(of: metric, column: $0).value }, key: "target", into: &json)
            json.string(target.map { tracking.header(metric.table, $0) }, key: "targetColumn")
            json.string(target.flatMap { schedule.due(ofColumn: $0, in: metric.table) }?.description, key: "targetDue")
            json.endObject()
        }
        json.endArray()

        json.beginArray(key: "checkpoints")
        for (index, checkpoint) in tracking.checkpoints.enumerated() {
            json.beginObject()
            json.string(tracking.title(of: checkpoint), key: "title")
            json.number(checkpoint.line, key: "line")
            json.string(tracking.date(of: checkpoint)?.description, key: "date")
            json.string(schedule.checkpointDue[index]?.description, key: "due")
            json.bool(schedule.isOverdue(checkpoint: index), key: "overdue")
            json.bool(schedule.isComplete(checkpoint: index), key: "complete")
            tally(schedule.tally(of: checkpoint), into: &json)
            json.string(tracking.adjustments(of: checkpoint), key: "adjustments")
            json.endObject()
        }
        json.endArray()
    }

    private static func number(_ value: Double?, key: String, into json: inout JSONWriter) {
        if let value { json.number(value, key: key) } else { json.null(key: key) }
    }

    /// A goal's `due` and `overdue`, added to `list --json` and `next --json` items.
    public static func due(ofGoal index: Int, _ schedule: Schedule, into json: inout JSONWriter) {
        json.string(schedule.goalDue[index]?.description, key: "due")
        json.bool(schedule.isOverdue(goal: index), key: "overdue")
    }
}

/// Heading paths joined with ` > `, computed once per section.
struct SectionPaths {
    private let roadmap: Roadmap
    private var cache: [Int: String] = [:]

    init(_ roadmap: Roadmap) {
        self.roadmap = roadmap
    }

    subscript(section: Int) -> String {
        mutating get {
            if let path = cache[section] { return path }
            let path = roadmap.path(ofSection: section).joined(separator: " > ")
            cache[section] = path
            return path
        }
    }
}
