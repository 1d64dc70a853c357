/// The `--json` shapes, a contract that scripts read (README.md documents them). One shape for
/// one file and for a plan across files (both written from `PlanOutline`): a plan only adds
/// (`files` under the sections that link them, `file` on what comes from a linked file), so a
/// script written for one file reads a plan.
public enum RoadmapJSON {
    /// `status --json`: the root file, title, totals of every file and the section tree; with a
    /// schedule, the tracking model of every file too (see `tracking(_:into:)`).
    public static func status(_ plan: Plan, depth: Int? = nil, schedule: PlanSchedule? = nil) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 256 + plan.root.sections.count * 120)
        status(plan, depth: depth, schedule: schedule, into: &json)
        return json
    }

    /// `status --json` into a given (say, streaming) writer.
    public static func status(_ plan: Plan, depth: Int? = nil, schedule: PlanSchedule? = nil, into json: inout JSONWriter) {
        json.beginObject()
        json.string(plan.files[0].path, key: "file")
        json.string(plan.root.title, key: "title")
        tally(plan.tally, into: &json)
        json.number(plan.tally.percent, key: "percent")
        inside(nil, PlanOutline(plan, start: .everyHeading, depth: depth), into: &json)
        if let schedule { tracking(schedule, into: &json) }
        json.endObject()
    }

    /// What an outline entry (or the root, for nil) holds: `"sections"`, always there, empty below
    /// the depth the outline was cut at; then `"files": [{"file", "id", "title", "goals", "percent",
    /// "sections", "files"}]` only where its own goals link files, so one file's shape is unchanged.
    /// A linked file's sections are one level below the file, as they are in the outline.
    private static func inside(_ entry: Int?, _ outline: PlanOutline, into json: inout JSONWriter) {
        let plan = outline.plan
        json.beginArray(key: "sections")
        for child in outline.children(of: entry) {
            let goals = outline.entries[child].goals
            guard case let .section(file, index) = outline.entries[child].item else { continue }
            let roadmap = plan.files[file].roadmap
            let section = roadmap.sections[index]
            json.beginObject()
            json.string(roadmap.bytes, section.titleRange, key: "title")
            json.number(section.level, key: "level")
            json.number(section.line, key: "line")
            tally(goals, into: &json)
            json.number(goals.percent, key: "percent")
            inside(child, outline, into: &json)
            json.endObject()
        }
        json.endArray()
        guard outline.children(of: entry).contains(where: { outline.entries[$0].linkedFile != nil }) else { return }
        json.beginArray(key: "files")
        for child in outline.children(of: entry) {
            let goals = outline.entries[child].goals
            guard let index = outline.entries[child].linkedFile else { continue }
            let file = plan.files[index]
            json.beginObject()
            json.string(file.path, key: "file")
            json.string(file.linkedFrom.map(plan.id), key: "id")
            json.string(file.roadmap.title, key: "title")
            tally(goals, into: &json)
            json.number(goals.percent, key: "percent")
            inside(child, outline, into: &json)
            json.endObject()
        }
        json.endArray()
    }

    /// `"goals": {…}`, the counts of `tally`, written into `json`.
    public static func tally(_ tally: Tally, into json: inout JSONWriter) {
        json.beginObject(key: "goals")
        json.number(tally.total, key: "total")
        json.number(tally.done, key: "done")
        json.number(tally.open, key: "open")
        json.number(tally.inProgress, key: "inProgress")
        json.number(tally.cancelled, key: "cancelled")
        json.number(tally.other, key: "other")
        json.endObject()
    }

    /// `list --json`: one object per goal, in reading order; with a schedule, `due` and `overdue`.
    public static func goals(_ refs: [GoalRef], of plan: Plan, schedule: PlanSchedule? = nil) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 64 + refs.count * 160)
        goals(refs, of: plan, schedule: schedule, into: &json)
        return json
    }

    /// `list --json` into a given (say, streaming) writer.
    public static func goals(_ refs: [GoalRef], of plan: Plan, schedule: PlanSchedule? = nil, into json: inout JSONWriter) {
        var paths = PlanSectionPaths(plan)
        json.beginArray()
        for ref in refs {
            json.beginObject()
            goalFields(ref, plan, paths: &paths, into: &json)
            if let schedule { due(ofGoal: ref, schedule, into: &json) }
            file(ref.file, plan, into: &json)
            json.endObject()
        }
        json.endArray()
    }

    /// What `list` items have: id, text, state, line, section, marker, depth, parent,
    /// doneDate and the other Tasks fields. A linked file's top goals have the linking goal as parent; depth counts from the root.
    static func goalFields(_ ref: GoalRef, _ plan: Plan, paths: inout PlanSectionPaths, into json: inout JSONWriter) {
        let roadmap = plan.files[ref.file].roadmap
        let goal = roadmap.goals[ref.goal]
        json.string(plan.id(ref), key: "id")
        // Without its Tasks fields: each has its key (issue 14: scripts got the done date twice).
        let fields = roadmap.tasksFields(of: ref.goal)
        if fields.fields.allSatisfy({ $0.kind == .tag }) {
            json.string(utf8: roadmap.textPieces(of: ref.goal), key: "text")
        } else {
            json.string(roadmap.text(of: ref.goal, withoutFields: true), key: "text")
        }
        json.string(goal.state.rawValue, key: "state")
        json.number(goal.line, key: "line")
        json.raw(paths[ref.file, goal.sectionIndex], key: "section")
        json.string(roadmap.bytes, goal.markerRange, key: "marker")
        json.number(goal.depth + plan.depthOfFile(ref.file), key: "depth")
        let parent = goal.parentIndex.map { GoalRef(file: ref.file, goal: $0) } ?? plan.files[ref.file].linkedFrom
        if let parent { json.string(plan.id(parent), key: "parent") } else { json.null(key: "parent") }
        let details = TaskDetails(fields, in: roadmap.bytes)
        json.string(details.done?.description, key: "doneDate")
        taskFields(details, into: &json)
        progressFields(roadmap.progress(of: ref.goal), into: &json)
    }

    /// The progress fields (issue 27), null when absent: `count` and `target` from `(120/300)`,
    /// `spentMinutes` from `⏱ 12.5h`, `estimateMinutes` from `[estimate:: 40h]`.
    static func progressFields(_ progress: GoalProgress, into json: inout JSONWriter) {
        optional(progress.count?.done, key: "count", into: &json)
        optional(progress.count?.target, key: "target", into: &json)
        optional(progress.spentMinutes, key: "spentMinutes", into: &json)
        optional(progress.estimateMinutes, key: "estimateMinutes", into: &json)
    }

    private static func optional(_ number: Int?, key: StaticString, into json: inout JSONWriter) {
        if let number { json.number(number, key: key) } else { json.null(key: key) }
    }

    /// The Tasks fields other than the done and due dates (issue 26), null or `[]` when absent.
    /// `taskId` is the `🆔`: `id` is roadmap's own.
    static func taskFields(_ details: TaskDetails, into json: inout JSONWriter) {
        json.string(details.created?.description, key: "created")
        json.string(details.scheduled?.description, key: "scheduled")
        json.string(details.start?.description, key: "start")
        json.string(details.cancelled?.description, key: "cancelledDate")
        json.string(details.priority == .none ? nil : details.priority.name, key: "priority")
        json.string(details.recurrence, key: "recurrence")
        json.string(details.onCompletion, key: "onCompletion")
        json.string(details.id, key: "taskId")
        json.beginArray(key: "dependsOn")
        for id in details.dependsOn { json.string(id) }
        json.endArray()
    }

    /// `"file"`: on every item of a plan across files, never for one file (its shape stays as it was).
    static func file(_ file: Int, _ plan: Plan, into json: inout JSONWriter) {
        if plan.files.count > 1 { json.string(plan.files[file].path, key: "file") }
    }
}

extension Plan {
    /// How many goals enclose a file's top goals: the linking goal and those around it.
    func depthOfFile(_ file: Int) -> Int {
        guard let ref = files[file].linkedFrom else { return 0 }
        return depthOfFile(ref.file) + files[ref.file].roadmap.goals[ref.goal].depth + 1
    }
}
