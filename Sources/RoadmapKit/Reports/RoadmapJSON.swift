/// The `--json` shapes, a contract that scripts read (README.md documents them).
public enum RoadmapJSON {
    /// `status --json`: the file, title, totals and the section tree; with a schedule, the
    /// tracking model too (see `tracking(_:_:into:)`).
    public static func status(_ roadmap: Roadmap, file: String, depth: Int? = nil, schedule: Schedule? = nil) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 256 + roadmap.sections.count * 120)
        status(roadmap, file: file, depth: depth, schedule: schedule, into: &json)
        return json
    }

    /// `status --json` into a given (say, streaming) writer.
    public static func status(_ roadmap: Roadmap, file: String, depth: Int? = nil, schedule: Schedule? = nil, into json: inout JSONWriter) {
        json.beginObject()
        json.string(file, key: "file")
        json.string(roadmap.title, key: "title")
        tally(roadmap.tally, into: &json)
        json.number(roadmap.tally.percent, key: "percent")
        sections(roadmap.sections[0].children, of: roadmap, level: 1, depth: depth, into: &json)
        if let schedule { tracking(schedule, schedule.tracking, into: &json) }
        json.endObject()
    }

    private static func sections(_ indices: [Int], of roadmap: Roadmap, level: Int, depth: Int?, into json: inout JSONWriter) {
        json.beginArray(key: "sections")
        if depth.map({ level <= $0 }) ?? true {
            for index in indices {
                let section = roadmap.sections[index]
                json.beginObject()
                json.string(roadmap.bytes, section.titleRange, key: "title")
                json.number(section.level, key: "level")
                json.number(section.line, key: "line")
                tally(section.goals, into: &json)
                json.number(section.goals.percent, key: "percent")
                sections(section.children, of: roadmap, level: level + 1, depth: depth, into: &json)
                json.endObject()
            }
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

    /// `list --json`: one object per goal, in document order; with a schedule, `due` and `overdue`.
    public static func goals(_ indices: [Int], of roadmap: Roadmap, schedule: Schedule? = nil) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 64 + indices.count * 160)
        goals(indices, of: roadmap, schedule: schedule, into: &json)
        return json
    }

    /// `list --json` into a given (say, streaming) writer.
    public static func goals(_ indices: [Int], of roadmap: Roadmap, schedule: Schedule? = nil, into json: inout JSONWriter) {
        var paths = SectionPaths(roadmap)
        json.beginArray()
        for index in indices {
            let goal = roadmap.goals[index]
            json.beginObject()
            json.string(String(index + 1), key: "id")
            json.string(utf8: roadmap.textPieces(of: index), key: "text")
            json.string(goal.state.rawValue, key: "state")
            json.number(goal.line, key: "line")
            json.raw(paths[goal.sectionIndex], key: "section")
            json.string(roadmap.bytes, goal.markerRange, key: "marker")
            json.number(goal.depth, key: "depth")
            if let parent = goal.parentIndex { json.string(String(parent + 1), key: "parent") } else { json.null(key: "parent") }
            json.string(roadmap.doneDate(of: index)?.description, key: "doneDate")
            if let schedule { due(ofGoal: index, schedule, into: &json) }
            json.endObject()
        }
        json.endArray()
    }
}
