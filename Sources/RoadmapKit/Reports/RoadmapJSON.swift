/// The `--json` shapes, a contract that scripts read (README.md documents them). One walker for
/// one file and for a plan across files: a plan only adds (`files` under the sections that link
/// them, `file` on what comes from a linked file), so a script written for one file reads a plan.
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
        body(ofFile: 0, plan, level: 1, depth: depth, into: &json)
        if let schedule { tracking(schedule, into: &json) }
        json.endObject()
    }

    /// A file's section tree and the files linked above its first heading.
    private static func body(ofFile file: Int, _ plan: Plan, level: Int, depth: Int?, into json: inout JSONWriter) {
        sections(plan.files[file].roadmap.sections[0].children, inFile: file, plan, level: level, depth: depth, into: &json)
        linkedFiles(inFile: file, section: 0, plan, level: level, depth: depth, into: &json)
    }

    private static func sections(_ indices: [Int], inFile file: Int, _ plan: Plan, level: Int, depth: Int?, into json: inout JSONWriter) {
        let roadmap = plan.files[file].roadmap
        json.beginArray(key: "sections")
        if depth.map({ level <= $0 }) ?? true {
            for index in indices {
                let section = roadmap.sections[index]
                let tally = plan.tally(ofFile: file, section: index)
                json.beginObject()
                json.string(roadmap.bytes, section.titleRange, key: "title")
                json.number(section.level, key: "level")
                json.number(section.line, key: "line")
                self.tally(tally, into: &json)
                json.number(tally.percent, key: "percent")
                sections(section.children, inFile: file, plan, level: level + 1, depth: depth, into: &json)
                linkedFiles(inFile: file, section: index, plan, level: level + 1, depth: depth, into: &json)
                json.endObject()
            }
        }
        json.endArray()
    }

    /// `"files": [{"file", "id", "title", "goals", "percent", "sections", "files"}]`, only where a
    /// section's own goals link files (so one file's shape is unchanged).
    private static func linkedFiles(inFile file: Int, section: Int, _ plan: Plan, level: Int, depth: Int?, into json: inout JSONWriter) {
        guard plan.files.count > 1 else { return }
        let children: [Int] = plan.items(inFile: file, section: section).compactMap {
            if case let .file(child) = $0 { return child } else { return nil }
        }
        guard !children.isEmpty, depth.map({ level <= $0 }) ?? true else { return }
        json.beginArray(key: "files")
        for child in children {
            let tally = plan.tally(ofFile: child)
            json.beginObject()
            json.string(plan.files[child].path, key: "file")
            json.string(plan.files[child].linkedFrom.map(plan.id), key: "id")
            json.string(plan.files[child].roadmap.title, key: "title")
            self.tally(tally, into: &json)
            json.number(tally.percent, key: "percent")
            body(ofFile: child, plan, level: level + 1, depth: depth, into: &json)
            json.endObject()
        }
        json.endArray()
    }

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

    /// What `list` and `next` items share: id, text, state, line, section, marker, depth, parent,
    /// doneDate. A linked file's top goals have the linking goal as parent; depth counts from the root.
    static func goalFields(_ ref: GoalRef, _ plan: Plan, paths: inout PlanSectionPaths, into json: inout JSONWriter) {
        let roadmap = plan.files[ref.file].roadmap
        let goal = roadmap.goals[ref.goal]
        json.string(plan.id(ref), key: "id")
        // Without its ` ✅ date`: `doneDate` says it (issue 14: scripts got the date twice).
        if roadmap.doneDate(of: ref.goal) == nil {
            json.string(utf8: roadmap.textPieces(of: ref.goal), key: "text")
        } else {
            json.string(roadmap.text(of: ref.goal, withoutDoneDate: true), key: "text")
        }
        json.string(goal.state.rawValue, key: "state")
        json.number(goal.line, key: "line")
        json.raw(paths[ref.file, goal.sectionIndex], key: "section")
        json.string(roadmap.bytes, goal.markerRange, key: "marker")
        json.number(goal.depth + plan.depthOfFile(ref.file), key: "depth")
        let parent = goal.parentIndex.map { GoalRef(file: ref.file, goal: $0) } ?? plan.files[ref.file].linkedFrom
        if let parent { json.string(plan.id(parent), key: "parent") } else { json.null(key: "parent") }
        json.string(roadmap.doneDate(of: ref.goal)?.description, key: "doneDate")
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
