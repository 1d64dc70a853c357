/// The tracking additions to the `--json` contracts (README.md documents them).
extension RoadmapJSON {
    /// `status --json` gains `start`, `fields`, `choices`, `metrics`, `checkpoints` and `readyNow`: those of
    /// every file of the plan, in reading order of files, each from a linked file with its `file`.
    public static func tracking(_ schedule: PlanSchedule, into json: inout JSONWriter) {
        let plan = schedule.plan
        var paths = PlanSectionPaths(plan)
        json.string(schedule.start?.description, key: "start")
        json.beginArray(key: "fields")
        for file in plan.files.indices { fields(schedule.tracking(file), file, plan, &paths, into: &json) }
        json.endArray()
        json.beginArray(key: "choices")
        for file in plan.files.indices { choices(schedule.tracking(file), file, plan, &paths, into: &json) }
        json.endArray()
        json.beginArray(key: "metrics")
        for file in plan.files.indices { metrics(schedule.files[file], file, plan, into: &json) }
        json.endArray()
        json.beginArray(key: "checkpoints")
        for file in plan.files.indices { checkpoints(schedule.files[file], file, plan, into: &json) }
        json.endArray()
        readyNow(schedule, into: &json)
    }

    /// `"readyNow": {"ready", "waiting"}`, what status's "Ready now" line says, from the same
    /// library count; null in a plan without `⛔`, where every open goal is ready.
    private static func readyNow(_ schedule: PlanSchedule, into json: inout JSONWriter) {
        guard let dependencies = TaskDependencies.ifAny(in: schedule.plan), !dependencies.waitsFor.isEmpty else {
            return json.null(key: "readyNow")
        }
        let (ready, waiting) = dependencies.readyNow(today: schedule.today)
        json.beginObject(key: "readyNow")
        json.number(ready.count, key: "ready")
        json.number(waiting, key: "waiting")
        json.endObject()
    }

    private static func fields(_ tracking: Tracking, _ file: Int, _ plan: Plan, _ paths: inout PlanSectionPaths, into json: inout JSONWriter) {
        let bytes = tracking.roadmap.bytes
        for field in tracking.fields {
            json.beginObject()
            json.string(plain: bytes, field.labelRange, key: "label")
            json.raw(paths[file, field.sectionIndex], key: "section")
            json.string(plain: bytes, field.titleIndex.map { tracking.titles[$0].textRange }, key: "group")
            json.string(bytes, field.isBlank ? nil : field.valueRange, key: "value")
            json.number(field.line, key: "line")
            self.file(file, plan, into: &json)
            json.endObject()
        }
    }

    private static func choices(_ tracking: Tracking, _ file: Int, _ plan: Plan, _ paths: inout PlanSectionPaths, into json: inout JSONWriter) {
        let bytes = tracking.roadmap.bytes
        for group in tracking.groups {
            json.beginObject()
            json.string(plain: bytes, group.labelRange, key: "label")
            json.string(plain: bytes, tracking.contextRange(of: group), key: "context")
            json.raw(paths[file, group.sectionIndex], key: "section")
            json.beginArray(key: "options")
            for option in group.options { json.string(plain: bytes, option.textRange) }
            json.endArray()
            let ticked = group.ticked
            json.string(plain: bytes, ticked.first.map { group.options[$0].textRange }, key: "selected")
            json.beginArray(key: "ticked")
            for k in ticked { json.string(plain: bytes, group.options[k].textRange) }
            json.endArray()
            json.number(group.line, key: "line")
            self.file(file, plan, into: &json)
            json.endObject()
        }
    }

    private static func metrics(_ schedule: Schedule, _ file: Int, _ plan: Plan, into json: inout JSONWriter) {
        let tracking = schedule.tracking
        let bytes = tracking.roadmap.bytes
        // Per table, once: its title and its headers, which are the keys of every row's values.
        var tableIndex = -1
        var tableTitle: [UInt8] = []
        var headers: [String] = []
        for metric in tracking.metrics {
            let table = tracking.tables[metric.table]
            if metric.table != tableIndex {
                tableIndex = metric.table
                var title = JSONWriter(reservingCapacity: 64)
                title.string(table.sectionIndex == 0 ? "" : PlainText.asWritten(bytes, tracking.roadmap.sections[table.sectionIndex].titleRange))
                tableTitle = title.bytes
                headers = table.columns.indices.map { PlainText.asWritten(bytes, table.columns[$0].header) }
            }
            json.beginObject()
            json.raw(tableTitle, key: "table")
            if let cell = table.cell(metric.row, table.nameColumn) { json.string(plain: bytes, cell.content, key: "name") } else { json.string("", key: "name") }
            json.number(table.rows[metric.row].line, key: "line")
            json.beginObject(key: "values")
            for column in table.columns.indices where column != table.nameColumn {
                json.key(headers[column])
                json.string(bytes, tracking.filledCell(of: metric, column: column))
            }
            json.endObject()
            number(table.currentColumn.flatMap { tracking.value(of: metric, column: $0).value }, key: "current", into: &json)
            let target = schedule.targetColumn(of: metric)
            number(target.flatMap { tracking.value(of: metric, column: $0).value }, key: "target", into: &json)
            json.string(target.map { headers[$0] }, key: "targetColumn")
            json.string(target.flatMap { schedule.due(ofColumn: $0, in: metric.table) }?.description, key: "targetDue")
            self.file(file, plan, into: &json)
            json.endObject()
        }
    }

    private static func checkpoints(_ schedule: Schedule, _ file: Int, _ plan: Plan, into json: inout JSONWriter) {
        let tracking = schedule.tracking
        let bytes = tracking.roadmap.bytes
        for (index, checkpoint) in tracking.checkpoints.enumerated() {
            json.beginObject()
            json.string(plain: bytes, checkpoint.titleRange, key: "title")
            json.number(checkpoint.line, key: "line")
            json.string(tracking.date(of: checkpoint)?.description, key: "date")
            json.string(schedule.checkpointDue[index]?.description, key: "due")
            json.bool(schedule.isOverdue(checkpoint: index), key: "overdue")
            json.bool(schedule.isComplete(checkpoint: index), key: "complete")
            tally(schedule.tally(of: checkpoint), into: &json)
            json.string(bytes, tracking.adjustmentsRange(of: checkpoint), key: "adjustments")
            self.file(file, plan, into: &json)
            json.endObject()
        }
    }

    private static func number(_ value: Double?, key: StaticString, into json: inout JSONWriter) {
        if let value { json.number(value, key: key) } else { json.null(key: key) }
    }

    /// A goal's `due` and `overdue`, added to `list --json` and `next --json` items.
    public static func due(ofGoal ref: GoalRef, _ schedule: PlanSchedule, into json: inout JSONWriter) {
        json.string(schedule.due(of: ref)?.description, key: "due")
        json.bool(schedule.isOverdue(goal: ref), key: "overdue")
    }
}

/// Heading paths joined with ` > `, as escaped JSON strings, computed once per section: the
/// `section` of every JSON report (`status`, `list`, `next`, `fields`). In a plan, a linked file's
/// paths start with the linking section's path and the linking goal's text.
public struct PlanSectionPaths {
    private let plan: Plan
    private var cache: [[[UInt8]?]]

    /// The tracking JSON of `plan`'s files, each file's strings worked out once.
    public init(_ plan: Plan) {
        self.plan = plan
        cache = plan.files.map { Array(repeating: nil, count: $0.roadmap.sections.count) }
    }

    /// The JSON string (quotes included) of the section's path.
    public subscript(file: Int, section: Int) -> [UInt8] {
        mutating get {
            if let path = cache[file][section] { return path }
            var json = JSONWriter(reservingCapacity: 64)
            // Joined by hand: `joined(separator:)` ran unspecialised here, and its first call cost
            // a run-time conformance look-up of about 66,000 instructions.
            var path = ""
            for (k, title) in plan.titledPath(ofFile: file, section: section).enumerated() {
                if k > 0 { path += " > " }
                path += title
            }
            json.string(path)
            cache[file][section] = json.bytes
            return json.bytes
        }
    }
}
