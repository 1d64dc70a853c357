/// What `roadmap next` shows, as data: what to do now. Overdue goals and checkpoints first, then
/// those due within the window, then goals in progress; each group by due date.
public struct NextReport: Sendable {
    public enum Item: Equatable, Sendable {
        case goal(Int)
        case checkpoint(Int)
    }

    public enum Reason: String, Sendable {
        case overdue, soon, inProgress
    }

    public struct Entry: Equatable, Sendable {
        public let item: Item
        public let reason: Reason
        public let due: CivilDate?
    }

    public let entries: [Entry]
    /// Days ahead that count as soon.
    public let window: Int

    public init(_ schedule: Schedule, window: Int = 30) {
        self.window = window
        let tracking = schedule.tracking
        let goals = tracking.roadmap.goals
        let horizon = schedule.today.adding(days: window)
        var overdue: [Entry] = [], soon: [Entry] = [], active: [Entry] = []
        for index in tracking.checkpoints.indices where !schedule.isComplete(checkpoint: index) {
            guard let due = schedule.checkpointDue[index] else { continue }
            if due < schedule.today {
                overdue.append(Entry(item: .checkpoint(index), reason: .overdue, due: due))
            } else if due <= horizon {
                soon.append(Entry(item: .checkpoint(index), reason: .soon, due: due))
            }
        }
        for index in goals.indices {
            let state = goals[index].state
            guard state != .done && state != .cancelled else { continue }
            let due = schedule.goalDue[index]
            if let due, due < schedule.today {
                overdue.append(Entry(item: .goal(index), reason: .overdue, due: due))
            } else if let due, due <= horizon {
                soon.append(Entry(item: .goal(index), reason: .soon, due: due))
            } else if state == .inProgress {
                active.append(Entry(item: .goal(index), reason: .inProgress, due: due))
            }
        }
        entries = NextReport.sorted(overdue) + NextReport.sorted(soon) + NextReport.sorted(active)
    }

    /// By due date (none last); a checkpoint before the goals due the same day; then document order.
    private static func sorted(_ entries: [Entry]) -> [Entry] {
        func key(_ e: Entry) -> (Int, Int, Int) {
            let day = e.due?.daysSinceEpoch ?? Int.max
            switch e.item {
            case let .checkpoint(i): return (day, 0, i)
            case let .goal(i): return (day, 1, i)
            }
        }
        return entries.sorted { key($0) < key($1) }
    }

    public func entries(_ reason: Reason) -> [Entry] { entries.filter { $0.reason == reason } }
}

extension RoadmapJSON {
    /// `next --json`: one object per entry, goals shaped like `list --json` items plus `due`,
    /// `overdue`, `kind` and `reason`; checkpoints with their title and goal counts.
    public static func next(_ report: NextReport, _ schedule: Schedule) -> JSONWriter {
        var paths = SectionPaths(schedule.tracking.roadmap)
        var json = JSONWriter(reservingCapacity: 64 + report.entries.count * 200)
        json.beginArray()
        for entry in report.entries {
            entryObject(entry, schedule, paths: &paths, into: &json)
        }
        json.endArray()
        return json
    }

    /// `next --json` across the files of a plan: the same objects, with the plan's ids and a `file`.
    public static func next(_ entries: [(file: String, id: (Int) -> String, entry: NextReport.Entry, schedule: Schedule)]) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 64 + entries.count * 200)
        json.beginArray()
        for item in entries {
            var paths = SectionPaths(item.schedule.tracking.roadmap)
            entryObject(item.entry, item.schedule, paths: &paths, id: item.id, file: item.file, into: &json)
        }
        json.endArray()
        return json
    }

    /// One `next` entry as a JSON object. `id` turns a goal index into its id (`12`, or
    /// `phase-1-foundation:12` in a plan); `file` is added when given.
    static func entryObject(_ entry: NextReport.Entry, _ schedule: Schedule, paths: inout SectionPaths,
                            id: (Int) -> String = { String($0 + 1) }, file: String? = nil, into json: inout JSONWriter) {
        let tracking = schedule.tracking
        let roadmap = tracking.roadmap
        json.beginObject()
        switch entry.item {
        case let .goal(index):
            let goal = roadmap.goals[index]
            json.string("goal", key: "kind")
            json.string(entry.reason.rawValue, key: "reason")
            json.string(id(index), key: "id")
            json.string(roadmap.text(of: index), key: "text")
            json.string(goal.state.rawValue, key: "state")
            json.number(goal.line, key: "line")
            json.raw(paths[goal.sectionIndex], key: "section")
            due(ofGoal: index, schedule, into: &json)
        case let .checkpoint(index):
            let checkpoint = tracking.checkpoints[index]
            json.string("checkpoint", key: "kind")
            json.string(entry.reason.rawValue, key: "reason")
            json.string(plain: roadmap.bytes, checkpoint.titleRange, key: "title")
            json.number(checkpoint.line, key: "line")
            json.raw(paths[checkpoint.sectionIndex], key: "section")
            json.string(schedule.checkpointDue[index]?.description, key: "due")
            json.bool(schedule.isOverdue(checkpoint: index), key: "overdue")
            tally(schedule.tally(of: checkpoint), into: &json)
        }
        if let file { json.string(file, key: "file") }
        json.endObject()
    }
}
