/// The `--json` shapes for a plan across files: the single-file shapes with additions only, so a
/// script written for one file reads a plan too.
///
/// - `status`: totals are the whole plan's; a section whose goals link files gets
///   `"files": [{"file", "id", "title", "goals", "percent", "sections", "files"}]` (the linking goal's
///   id, the linked file's own tree); links above any heading go in a top-level `"files"`.
/// - `list`: each goal gets `"file"`; ids name their file (`phase-1-foundation:12`); a linked file's
///   top goals have the linking goal as `parent`, and `depth` counts from the root.
public enum PlanJSON {
    public static func status(_ plan: Plan, depth: Int? = nil) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 1024)
        json.beginObject()
        json.string(plan.files[0].path, key: "file")
        json.string(plan.root.title, key: "title")
        RoadmapJSON.tally(plan.tally, into: &json)
        json.number(plan.tally.percent, key: "percent")
        body(ofFile: 0, plan, level: 1, depth: depth, into: &json)
        json.endObject()
        return json
    }

    /// A file's section tree and the files linked above its first heading.
    private static func body(ofFile file: Int, _ plan: Plan, level: Int, depth: Int?, into json: inout JSONWriter) {
        let roadmap = plan.files[file].roadmap
        sections(roadmap.sections[0].children, inFile: file, plan, level: level, depth: depth, into: &json)
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
                json.string(roadmap.text(section.titleRange), key: "title")
                json.number(section.level, key: "level")
                json.number(section.line, key: "line")
                RoadmapJSON.tally(tally, into: &json)
                json.number(tally.percent, key: "percent")
                sections(section.children, inFile: file, plan, level: level + 1, depth: depth, into: &json)
                linkedFiles(inFile: file, section: index, plan, level: level + 1, depth: depth, into: &json)
                json.endObject()
            }
        }
        json.endArray()
    }

    private static func linkedFiles(inFile file: Int, section: Int, _ plan: Plan, level: Int, depth: Int?, into json: inout JSONWriter) {
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
            RoadmapJSON.tally(tally, into: &json)
            json.number(tally.percent, key: "percent")
            body(ofFile: child, plan, level: level + 1, depth: depth, into: &json)
            json.endObject()
        }
        json.endArray()
    }

    public static func goals(_ refs: [GoalRef], of plan: Plan) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 64 + refs.count * 180)
        var paths: [GoalRef: String] = [:]
        json.beginArray()
        for ref in refs {
            let roadmap = plan.files[ref.file].roadmap
            let goal = roadmap.goals[ref.goal]
            let sectionKey = GoalRef(file: ref.file, goal: goal.sectionIndex)
            if paths[sectionKey] == nil {
                paths[sectionKey] = plan.path(ofFile: ref.file, section: goal.sectionIndex).joined(separator: " > ")
            }
            json.beginObject()
            json.string(plan.id(ref), key: "id")
            json.string(roadmap.text(of: ref.goal), key: "text")
            json.string(goal.state.rawValue, key: "state")
            json.number(goal.line, key: "line")
            json.string(paths[sectionKey], key: "section")
            json.string(roadmap.text(goal.markerRange), key: "marker")
            json.number(goal.depth + plan.depthOfFile(ref.file), key: "depth")
            let parent = goal.parentIndex.map { GoalRef(file: ref.file, goal: $0) } ?? plan.files[ref.file].linkedFrom
            if let parent { json.string(plan.id(parent), key: "parent") } else { json.null(key: "parent") }
            json.string(roadmap.doneDate(of: ref.goal)?.description, key: "doneDate")
            json.string(plan.files[ref.file].path, key: "file")
            json.endObject()
        }
        json.endArray()
        return json
    }
}

extension Plan {
    /// How many goals enclose a file's top goals: the linking goal and those around it.
    func depthOfFile(_ file: Int) -> Int {
        guard let ref = files[file].linkedFrom else { return 0 }
        return depthOfFile(ref.file) + files[ref.file].roadmap.goals[ref.goal].depth + 1
    }
}
