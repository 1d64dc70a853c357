/// What `roadmap calendar` puts in the feed: the due dates `next` knows, with no window. An open
/// goal (not done, not cancelled) dated by its own line (`Schedule.hasOwnDueDate`; with `all`,
/// every one with a due date), a checkpoint not complete with one, and the end of each period a
/// heading names (`## 6-Month Goals`) while goals under it are open. Issue 25: the career
/// template gave 76 events, 68 of them goals that only repeat their heading's date, 26 on one day. Each file of
/// a plan is scheduled as `next` schedules it (a linked file counts from the index's start).
public enum CalendarFeed {
    /// - Parameter dates: the plan's due dates as the commands see them (a linked file opened alone
    ///   counts from its index's start).
    /// - Parameter all: also the goals that take their date from a heading or a parent goal.
    public static func events(_ dates: PlanSchedule, all: Bool = false) -> [ICalendar.Event] {
        let plan = dates.plan
        var events: [(order: Int, event: ICalendar.Event)] = []
        var uids = StableUIDs()
        for (f, file) in plan.files.enumerated() {
            let schedule = dates.files[f]
            let tracking = schedule.tracking
            let roadmap = file.roadmap
            func path(_ section: Int) -> String {
                let titles = plan.displayPath(ofFile: f, section: section).map(PlainText.of)
                return titles.isEmpty ? plan.label(ofFile: f) : titles.joined(separator: " > ")
            }
            /// - Parameter identity: what the UID is made of: the text that names the thing, not its counts.
            func add(_ kind: String, _ date: CivilDate, _ summary: String, _ description: String, identity: String? = nil) {
                let uid = uids.next(kind: kind, key: file.key, text: identity ?? summary)
                events.append((events.count, ICalendar.Event(uid: uid, date: date, summary: summary, description: description,
                                                             category: kind == "goal" ? "Goal" : kind == "checkpoint" ? "Checkpoint" : "Horizon")))
            }
            for (index, goal) in roadmap.goals.enumerated() where goal.state != .done && goal.state != .cancelled {
                guard let due = schedule.goalDue[index], all || schedule.hasOwnDueDate(goal: index) else { continue }
                add("goal", due, PlainText.of(roadmap.text(of: index, withoutDoneDate: true)), path(goal.sectionIndex))
            }
            var checkpointSections = Set<Int>()
            for (c, checkpoint) in tracking.checkpoints.enumerated() {
                checkpointSections.insert(checkpoint.sectionIndex)
                guard !schedule.isComplete(checkpoint: c), let due = schedule.checkpointDue[c] else { continue }
                let tally = schedule.tally(of: checkpoint)
                let counts = tally.counted > 0 ? ": \(tally.done) of \(tally.counted) done" : ""
                add("checkpoint", due, tracking.title(of: checkpoint), path(checkpoint.sectionIndex) + counts)
            }
            for s in roadmap.sections.indices.dropFirst() where tracking.sectionHorizons[s] != nil && !checkpointSections.contains(s) {
                let tally = plan.tally(ofFile: f, section: s)
                guard let due = schedule.sectionDue[s], tally.done < tally.counted else { continue }
                let open = tally.counted - tally.done
                add("horizon", due, "End of " + tracking.sectionTitle(s), path(s) + ": \(open) of \(tally.counted) goals open", identity: path(s))
            }
        }
        // By day; on one day, in the order they were found (file by file, goals first).
        return events.sorted { ($0.event.date, $0.order) < ($1.event.date, $1.order) }.map(\.event)
    }
}

/// UIDs that stay the same across runs: a hash of the file's key, the kind and the text (markdown
/// left out, so `**Docker**` and `Docker` are one goal), so an edit elsewhere in the file leaves
/// them alone; a second goal with the same text in the same file gets `-2`, and so on.
struct StableUIDs {
    private var seen: [String: Int] = [:]

    mutating func next(kind: String, key: String, text: String) -> String {
        let hash = XXH64.hash(Array((key + "\u{1F}" + kind + "\u{1F}" + text).utf8))
        var hex = String(hash, radix: 16)
        hex = String(repeating: "0", count: 16 - hex.count) + hex
        let base = "\(kind)-\(hex)"
        let count = (seen[base] ?? 0) + 1
        seen[base] = count
        return base + (count == 1 ? "" : "-\(count)") + "@roadmap"
    }
}
