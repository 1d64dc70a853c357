/// The common commit, applied without parsing the file again: every changed line is a goal's
/// line rewritten in place (a box ticked by hand or by `roadmap check`, a few words changed), so
/// no block around it can change. Such a line keeps everything before its box byte for byte,
/// still has a box, holds no `|` (which could make a table) and no lone CR, and its text stays
/// close enough to be the same goal (`GoalIdentity`). Anything else goes through `reparse`.
extension FileTimeline {
    /// Applies `diff` if it is such a commit; false (and nothing changed) otherwise.
    mutating func applyInPlace(_ diff: GitLog.FileDiff, of log: GitLog, date: CivilDate, shared: inout ReplayShared) -> Bool {
        guard !diff.isNew, !diff.isDeleted, !diff.isBinary, !diff.hunks.isEmpty else { return false }
        var changes: [(goal: Int, state: GoalState, text: Int32)] = []
        for hunk in diff.hunks {
            guard hunk.oldCount > 0 else { return false }
            var line = hunk.oldStart - 1
            var removed: [Int] = []
            var added: [GitLog.PatchLine] = []
            func pair() -> Bool {
                guard removed.count == added.count else { return false }
                for (old, new) in zip(removed, added) {
                    guard let change = inPlaceChange(old, new, log) else { return false }
                    changes.append(change)
                }
                removed.removeAll()
                added.removeAll()
                return true
            }
            for index in hunk.lines {
                let patchLine = log.lines[index]
                switch patchLine.kind {
                case ASCII.minus:
                    if !added.isEmpty { guard pair() else { return false } }
                    removed.append(line)
                    line += 1
                case ASCII.plus:
                    added.append(patchLine)
                default:
                    guard pair() else { return false }
                    line += 1
                }
            }
            guard pair() else { return false }
        }
        version = version.applying(diff, of: log).version
        for change in changes {
            let goal = goals[change.goal]
            tally.remove(goal.state)
            tally.add(change.state)
            groupTallies[Int(goal.group)].remove(goal.state)
            groupTallies[Int(goal.group)].add(change.state)
            shared.transition(goal.identity, from: goal.state, to: change.state, on: date)
            goals[change.goal].state = change.state
            goals[change.goal].text = change.text
            shared.progress.read(goal.identity, version.bytes, text: textRange(of: goals[change.goal]), key: key)
        }
        return true
    }

    /// Line `old` rewritten as `new`, when that is a goal's line changed in place.
    private func inPlaceChange(_ old: Int, _ new: GitLog.PatchLine, _ log: GitLog) -> (goal: Int, state: GoalState, text: Int32)? {
        guard old < goalAtLine.count, goalAtLine[old] >= 0 else { return nil }
        let g = Int(goalAtLine[old])
        let goal = goals[g]
        let oldLine = version.bytes[version.line(old)]
        let newLine = Array(log.bytes(of: new))
        let box = Int(goal.box)
        guard newLine.count > box + 2, plainLine(oldLine), plainLine(newLine[...]),
              oldLine.prefix(box).elementsEqual(newLine.prefix(box)) else { return nil }
        let marker: TaskMarker? = newLine.withUnsafeBufferPointer { buffer in
            TaskMarker.read(at: box, in: LineCursor(bytes: buffer, line: LineSpan.at(0, in: buffer)))
        }
        guard let marker else { return nil }
        var end = newLine.count
        while end > marker.text && (newLine[end - 1] == ASCII.lf || newLine[end - 1] == ASCII.cr) { end -= 1 }
        let oldKey = GoalIdentity.key(version.bytes, textRange(of: goal))
        let newKey = GoalIdentity.key(newLine, marker.text..<end)
        guard oldKey == newKey || GoalIdentity.distance(oldKey, newKey) != nil else { return nil }
        return (g, marker.state, Int32(marker.text))
    }

    /// No `|`, and no CR but the one of a CRLF ending.
    private func plainLine(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if b == ASCII.pipe { return false }
            if b == ASCII.cr && !(i + 1 < line.endIndex && line[i + 1] == ASCII.lf) { return false }
            i += 1
        }
        return true
    }
}
