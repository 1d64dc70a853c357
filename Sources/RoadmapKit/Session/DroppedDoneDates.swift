/// The `✅` dates roadmap's own changes took off goals earlier today, so that `check` can put
/// them back (issue 25, item 7). A stale id makes `start 7` or `cancel 7` land on a goal done
/// weeks ago; checking it again the same day is the way back, and it must not re-date the goal to
/// today, which would move it in every review and history. The journal knows the dropped date:
/// going back from the file as it is now through the plan's journal, entry by entry, each file
/// version is rebuilt from the one after it (`revert`), and the first version in which the goal
/// is done gives its date.
///
/// Only an unbroken run of roadmap's own changes is read: each entry's after-hash must be what
/// the file holds at that point (a hand edit in between ends the search, since the goal may then
/// not be the one the journal saw), and only entries made on the same local day as now count (a
/// goal reopened yesterday and done again today was done again today).
public enum DroppedDoneDates {
    /// For each of `refs` that is not done now, the done date it had before one of roadmap's own
    /// changes made today took it away; goals without one are absent.
    /// - Parameters:
    ///   - paths: the canonical path of each file of `plan`, as the journal names files (nil when
    ///     unknown: that file's goals are skipped).
    ///   - entries: the plan's journal, oldest first.
    ///   - isToday: whether a journal time (seconds since 1970) falls on the current local day.
    public static func find(_ refs: [GoalRef], in plan: Plan, paths: [String?], entries: [JournalEntry],
                            isToday: (Int) -> Bool) -> [GoalRef: CivilDate] {
        var found: [GoalRef: CivilDate] = [:]
        for file in Set(refs.map(\.file)) where file < paths.count {
            guard let path = paths[file] else { continue }
            let roadmap = plan.files[file].roadmap
            let wanted = refs.filter { $0.file == file && roadmap.goals[$0.goal].state != .done }
            for (goal, date) in search(wanted.map(\.goal), in: roadmap, path: path, entries: entries, isToday: isToday) {
                found[GoalRef(file: file, goal: goal)] = date
            }
        }
        return found
    }

    /// The search in one file: `goals` are indices in `roadmap`, the file as it is now.
    static func search(_ goals: [Int], in roadmap: Roadmap, path: String, entries: [JournalEntry],
                       isToday: (Int) -> Bool) -> [Int: CivilDate] {
        // Each goal still looked for, with its first line's range in the version at hand.
        var pending: [(goal: Int, line: Range<Int>)] = goals.map { ($0, roadmap.goals[$0].lineRange) }
        var found: [Int: CivilDate] = [:]
        var bytes = roadmap.bytes
        for entry in entries.reversed() {
            guard !pending.isEmpty, isToday(entry.time) else { break }
            guard let file = entry.files.first(where: { $0.path == path }) else { continue }
            guard ContentHash.matches(bytes, file.afterHash), file.revertFits(bytes) else { break }
            let before = file.revert.applied(to: bytes)
            guard ContentHash.matches(before, file.beforeHash) else { break }
            let touched = pending.contains { line in
                file.revert.contains { $0.range.lowerBound <= line.line.upperBound && $0.range.upperBound >= line.line.lowerBound }
            }
            let older = touched ? Roadmap(parsing: before) : nil
            var still: [(goal: Int, line: Range<Int>)] = []
            for item in pending {
                let start = moved(item.line.lowerBound, through: file.revert)
                let end = max(start, moved(item.line.upperBound, through: file.revert))
                guard let older else {
                    still.append((item.goal, start..<end))
                    continue
                }
                // The goal as this entry found it; none there means the entry made it.
                guard let index = older.goalIndex(onLineAt: start) else { continue }
                if older.goals[index].state == .done {
                    if let date = older.doneDate(of: index) { found[item.goal] = date }
                    continue
                }
                still.append((item.goal, older.goals[index].lineRange))
            }
            pending = still
            bytes = before
        }
        return found
    }

    /// Where `offset` in the bytes `edits` apply to lands in their result: moved by the edits
    /// before it (text inserted at `offset` included); one inside an edit's range lands at its start.
    static func moved(_ offset: Int, through edits: [TextEdit]) -> Int {
        var shift = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if edit.range.upperBound <= offset {
                shift += edit.replacement.count - edit.range.count
            } else if edit.range.lowerBound < offset {
                return edit.range.lowerBound + shift
            } else {
                break
            }
        }
        return offset + shift
    }
}
