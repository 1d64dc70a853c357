/// What ticking a goal does beyond its box, as Obsidian Tasks does it with its default settings
/// (docs/recurrence.md): a goal with a recurrence gets its next occurrence on a new line above
/// the done one, and `🏁 delete` removes the done line. The new line is the goal's own line with
/// only what must change changed: the box opened, the start, scheduled and due dates moved by
/// the rule (each in the place and form it has), the done and cancelled dates, the `🆔`, the `⛔`
/// and the block link left out (the plugin drops them so that nothing waits on, or links to, two
/// goals), and a created date set to today (a line with `➕` says the vault writes them).
/// The plugin writes the whole line again in its own order and wording; roadmap keeps the bytes.
public enum TickOutcome: Equatable, Sendable {
    /// A goal without a recurrence and without `🏁 delete`, or a change to another state.
    case plain
    /// A recurring goal: its next occurrence's dates; `replacesDone` with `🏁 delete`, where the
    /// new occurrence is all that is left.
    case recurs(next: TaskDates, replacesDone: Bool)
    /// `🏁 delete` on a goal that does not recur: its line is removed.
    case deleted
}

extension Roadmap {
    /// Why goal `index` may not be set to `state`: ticking a goal whose recurrence rule roadmap
    /// cannot read would lose its next occurrence, so every front end refuses it (the command line
    /// with the reason, the editor by not offering the tick). Nil when the change may go ahead.
    public func refusesChange(_ index: Int, to state: GoalState) -> RecurrenceError? {
        guard state == .done, case let .failure(error)? = recurrence(of: index) else { return nil }
        return error
    }
    /// Goal `index`'s recurrence: nil without one, else the rule read or why it was not.
    public func recurrence(of index: Int) -> Result<Recurrence, RecurrenceError>? {
        guard let rule = taskDetails(of: index).recurrence else { return nil }
        do { return .success(try Recurrence(parsing: rule)) } catch { return .failure(error) }
    }

    /// What setting goal `index` to `state` does beyond its box, done on `completedOn`. A rule
    /// roadmap cannot read ticks plainly here (and keeps its line): `Plan.changing` refuses it first.
    public func tickOutcome(_ index: Int, to state: GoalState, completedOn: CivilDate?) -> TickOutcome {
        guard state == .done, goals[index].state != .done else { return .plain }
        let details = taskDetails(of: index)
        let deleting = details.onCompletion == "delete"
        guard details.recurrence != nil else { return deleting ? .deleted : .plain }
        guard case let .success(rule)? = recurrence(of: index), let completedOn,
              let next = rule.next(TaskDates(start: details.start, scheduled: details.scheduled, due: details.due), completedOn: completedOn)
        else { return .plain }
        return .recurs(next: next, replacesDone: deleting)
    }

    /// The edits of a tick that `outcome` says is more than plain: `tick` are the box's and the
    /// done date's, kept when the done line stays.
    func completionEdits(_ index: Int, _ outcome: TickOutcome, tick: [TextEdit], today: CivilDate?) -> [TextEdit] {
        switch outcome {
        case .plain:
            return tick
        case .deleted:
            return [TextEdit(range: wholeLine(index), replacement: [])]
        case let .recurs(next, replacesDone):
            let occurrence = occurrenceEdits(index, next, today: today)
            if replacesDone { return occurrence }
            let line = goals[index].lineRange
            var bytes = Array(self.bytes[line])
            bytes = occurrence.map { TextEdit(range: ($0.range.lowerBound - line.lowerBound)..<($0.range.upperBound - line.lowerBound), replacement: $0.replacement) }
                .applied(to: bytes)
            return [TextEdit(range: line.lowerBound..<line.lowerBound, replacement: bytes + lineEnding(after: index))] + tick
        }
    }

    /// The edits that turn goal `index`'s line into its next occurrence, in place.
    private func occurrenceEdits(_ index: Int, _ next: TaskDates, today: CivilDate?) -> [TextEdit] {
        let goal = goals[index]
        let fields = tasksFields(of: index)
        var edits: [TextEdit] = []
        if !bytes[goal.markerRange].elementsEqual([ASCII.space]) {
            edits.append(TextEdit(range: goal.markerRange, replacement: [ASCII.space]))
        }
        let created = fields.field(.created)
        edits += fieldRemovals(index, fields) { kind in
            switch kind {
            case .done, .cancelled, .id, .dependsOn, .blockLink: true
            case .created: today == nil
            default: false
            }
        }.map { TextEdit(range: $0, replacement: []) }
        let moved: [(TasksFields.Kind, CivilDate?)] = [(.start, next.start), (.scheduled, next.scheduled), (.due, next.due),
                                                       (.created, created == nil ? nil : today)]
        for (kind, date) in moved {
            guard let date, let field = fields.field(kind) else { continue }
            edits.append(TextEdit(range: field.value, replacement: Array(date.description.utf8)))
        }
        return edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Goal `index`'s line with its ending; for a last line without one, the ending before it.
    private func wholeLine(_ index: Int) -> Range<Int> {
        let line = goals[index].lineRange
        let ending = lineEndingLength(at: line.upperBound)
        if ending > 0 || line.lowerBound == 0 { return line.lowerBound..<(line.upperBound + ending) }
        var start = line.lowerBound - 1
        if start > 0 && bytes[start] == ASCII.lf && bytes[start - 1] == ASCII.cr { start -= 1 }
        return start..<line.upperBound
    }

    private func lineEndingLength(at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        if bytes[i] == ASCII.cr { return i + 1 < bytes.count && bytes[i + 1] == ASCII.lf ? 2 : 1 }
        return bytes[i] == ASCII.lf ? 1 : 0
    }

    /// The ending of goal `index`'s line; for a last line without one, the file's first, else `\n`.
    private func lineEnding(after index: Int) -> [UInt8] {
        var at = goals[index].lineRange.upperBound
        if lineEndingLength(at: at) == 0 {
            guard let lf = bytes.firstIndex(of: ASCII.lf) else { return [ASCII.lf] }
            at = lf > 0 && bytes[lf - 1] == ASCII.cr ? lf - 1 : lf
        }
        return Array(bytes[at..<(at + lineEndingLength(at: at))])
    }
}
