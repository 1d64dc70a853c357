/// What the replay shares across a plan's files: who each goal is, and the sections goals are
/// grouped under for `--by-section`.
struct ReplayShared {
    /// One per goal followed: the day its box was last ticked, while it stays ticked.
    var doneSince: [CivilDate?] = []
    /// One per goal followed: it was already ticked where the history begins (a baseline, see
    /// `GitLog.Baseline`), on a day git no longer has; while it stays ticked its day stays unknown.
    var tickedBeforeHistory: [Bool] = []
    var groups: [String] = []
    var groupIndex: [String: Int32] = [:]
    /// Counts and time spent as they change (`ProgressRecorder`).
    var progress = ProgressRecorder()

    mutating func newIdentity() -> Int32 {
        doneSince.append(nil)
        tickedBeforeHistory.append(false)
        return Int32(doneSince.count - 1)
    }

    mutating func group(_ name: String) -> Int32 {
        if let index = groupIndex[name] { return index }
        groups.append(name)
        groupIndex[name] = Int32(groups.count - 1)
        return Int32(groups.count - 1)
    }

    /// A goal went from `previous` (nil: it is new) to `state` in a commit of `date`; `date` is
    /// nil for the baseline, whose ticks have no known day.
    mutating func transition(_ identity: Int32, from previous: GoalState?, to state: GoalState, on date: CivilDate?) {
        let id = Int(identity)
        if state != .done {
            doneSince[id] = nil
            tickedBeforeHistory[id] = false
        } else if let date {
            if previous != .done || (doneSince[id] == nil && !tickedBeforeHistory[id]) { doneSince[id] = date }
        } else if previous != .done {
            doneSince[id] = nil
            tickedBeforeHistory[id] = true
        }
    }
}

/// One file followed through its history: its current version's goals, each with the identity
/// it carries from version to version (see `GoalIdentity`).
struct FileTimeline {
    /// A goal in a version. Offsets are from the start of its (LF-ended) line.
    struct Tracked {
        var line: Int32
        var box: Int32
        var text: Int32
        var state: GoalState
        var identity: Int32
        var group: Int32
    }

    var version = FileVersion()
    var goals: [Tracked] = []
    /// By line of `version`: the goal whose first line it is, else -1.
    var goalAtLine: [Int32] = []
    var tally = Tally()
    /// By group.
    var groupTallies: [Tally] = []
    /// Every goal of a linked file counts under the section that links it; nil: by top section.
    let fixedGroup: Int32?
    /// Prefixes the names of its counts (nil for the root file).
    let key: String?

    init(fixedGroup: Int32?, key: String? = nil) { (self.fixedGroup, self.key) = (fixedGroup, key) }

    /// The new version parsed as `roadmap`, its goals paired with this version's: those on lines
    /// `oldLine` says are unchanged keep their goal, the rest are paired by text. `date` is nil
    /// for a baseline (its ticks have no known day).
    mutating func reparse(_ next: FileVersion, oldLine: [Int?], roadmap: Roadmap, date: CivilDate?, shared: inout ReplayShared) {
        var newGoals: [Tracked] = []
        newGoals.reserveCapacity(roadmap.goals.count)
        var fromOld = [Int?](repeating: nil, count: roadmap.goals.count)
        var claimed = [Bool](repeating: false, count: goals.count)
        var sectionGroup = [Int32](repeating: -1, count: roadmap.sections.count)
        var line = 0
        for (g, goal) in roadmap.goals.enumerated() {
            let offset = goal.lineRange.lowerBound
            while line + 1 < next.lineCount && next.lineStarts[line + 1] <= offset { line += 1 }
            let start = next.lineCount > 0 ? next.lineStarts[line] : 0
            var group = fixedGroup ?? sectionGroup[goal.sectionIndex]
            if group < 0 {
                group = shared.group(roadmap.displayPath(ofSection: goal.sectionIndex).first.map(PlainText.of) ?? "")
                sectionGroup[goal.sectionIndex] = group
            }
            let tracked = Tracked(line: Int32(line), box: Int32(goal.boxRange.lowerBound - start), text: Int32(goal.textRange.lowerBound - start),
                                  state: goal.state, identity: -1, group: group)
            if line < oldLine.count, let old = oldLine[line], old < goalAtLine.count, goalAtLine[old] >= 0 {
                let o = Int(goalAtLine[old])
                if !claimed[o] && goals[o].box == tracked.box {
                    fromOld[g] = o
                    claimed[o] = true
                }
            }
            newGoals.append(tracked)
        }
        let oldLeft = goals.indices.filter { !claimed[$0] }
        let newLeft = newGoals.indices.filter { fromOld[$0] == nil }
        if !oldLeft.isEmpty && !newLeft.isEmpty {
            let oldKeys = oldLeft.map { GoalIdentity.key(version.bytes, textRange(of: goals[$0])) }
            let newKeys = newLeft.map { GoalIdentity.key(roadmap.bytes, roadmap.goals[$0].textRange) }
            for (k, match) in GoalIdentity.match(old: oldKeys, new: newKeys).enumerated() {
                if let match { fromOld[newLeft[k]] = oldLeft[match] }
            }
        }
        for g in newGoals.indices {
            let previous = fromOld[g].map { goals[$0] }
            newGoals[g].identity = previous?.identity ?? shared.newIdentity()
            shared.transition(newGoals[g].identity, from: previous?.state, to: newGoals[g].state, on: date)
            // A goal on a line left as it was says what it said; any other is read again.
            let unchanged = fromOld[g] != nil && Int(newGoals[g].line) < oldLine.count && oldLine[Int(newGoals[g].line)] != nil
            if !unchanged { shared.progress.read(newGoals[g].identity, roadmap.bytes, text: roadmap.goals[g].textRange, key: key) }
        }
        version = next
        goals = newGoals
        recount(groups: shared.groups.count)
    }

    /// The bytes of a tracked goal's text on its first line, without the line's ending.
    func textRange(of goal: Tracked) -> Range<Int> {
        let line = version.line(Int(goal.line))
        var end = line.upperBound
        while end > line.lowerBound && (version.bytes[end - 1] == ASCII.lf || version.bytes[end - 1] == ASCII.cr) { end -= 1 }
        return min(line.lowerBound + Int(goal.text), end)..<end
    }

    /// `goalAtLine`, `tally` and `groupTallies` from `goals`.
    mutating func recount(groups: Int) {
        goalAtLine = [Int32](repeating: -1, count: version.lineCount)
        tally = Tally()
        groupTallies = [Tally](repeating: Tally(), count: groups)
        for (g, goal) in goals.enumerated() {
            if goalAtLine[Int(goal.line)] < 0 { goalAtLine[Int(goal.line)] = Int32(g) }
            tally.add(goal.state)
            groupTallies[Int(goal.group)].add(goal.state)
        }
    }
}
