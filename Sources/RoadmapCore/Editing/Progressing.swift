/// Why a progress change cannot be made: nothing is written.
public enum ProgressProblem: Error, Equatable, Sendable {
    /// The goal's line has no count (`(N/M)`, `[count:: N/M]`) to change.
    case noCount
    /// The change would take the count below zero; the count as it is.
    case belowZero(count: GoalCount)
    /// `set-progress` was given something that is not `N` or `N/M`.
    case notACount(String)
    /// The time spent would go below zero; the minutes as they are.
    case belowZeroTime(minutes: Int)
}

/// A count changed (`add-progress`, `set-progress`), not yet written.
public struct ProgressChange: Equatable, Sendable {
    /// The edits, in the goal's file.
    public let edits: [TextEdit]
    /// The count before, nil when the line had none (`set-progress GOAL N/M` adds one).
    public let before: GoalCount?
    /// The count after.
    public let after: GoalCount
    /// The state the goal is set to: `.done` when the count reaches its target, `.open` when a
    /// ticked goal falls below it; nil when the box stays as it is.
    public let state: GoalState?
}

/// Time spent changed (`spend`), not yet written.
public struct SpendChange: Equatable, Sendable {
    /// The edits, in the goal's file.
    public let edits: [TextEdit]
    /// Minutes spent before (0 when the line had no `⏱`) and after.
    public let before: Int, after: Int
    /// The goal's estimate, when it has one.
    public let estimate: Int?
}

/// Writing progress fields as byte edits (issue 27). Only the value's bytes change where a field
/// is there (`(120/300)` → `(121/300)`: the digits before the slash); a new field goes after the
/// description and any progress field, before the Tasks fields, in the form the line (else the
/// file) uses for its fields: `(0/300)` and `⏱ 1.5h`, or `[count:: 0/300]` and `[spent:: 1.5h]`.
/// A count reaching its target ticks an open or in-progress goal (`edits(setting:to:doneDate:)`,
/// the done date as `check` writes it); a ticked goal whose count falls below it is reopened.
extension Roadmap {
    /// Adds `delta` (negative takes back) to goal `index`'s count.
    public func progressChange(_ index: Int, adding delta: Int, today: CivilDate?) throws(ProgressProblem) -> ProgressChange {
        let fields = progressFields(of: index)
        guard let field = fields.field(.count), let count = GoalCount(bytes[field.value]) else { throw .noCount }
        let (sum, overflow) = count.done.addingReportingOverflow(delta)
        guard !overflow, sum >= 0 else { throw .belowZero(count: count) }
        guard sum <= 999_999_999 else { throw .notACount(String(sum)) }
        return countChange(index, field, from: count, to: GoalCount(done: sum, target: count.target), today: today)
    }

    /// Sets goal `index`'s count to `value`: `N` keeps the target, `N/M` sets both (and adds a
    /// count to a line without one).
    public func progressChange(_ index: Int, setting value: String, today: CivilDate?) throws(ProgressProblem) -> ProgressChange {
        let text = Array(value.utf8)
        let fields = progressFields(of: index)
        let field = fields.field(.count)
        let count = field.flatMap { GoalCount(bytes[$0.value]) }
        let new: GoalCount
        if text.contains(ASCII.slash) {
            guard let read = GoalCount(text[...]) else { throw .notACount(value) }
            new = read
        } else {
            guard let done = GoalCount.number(text[...]) else { throw .notACount(value) }
            guard let count else { throw .noCount }
            new = GoalCount(done: done, target: count.target)
        }
        guard let field, let count else {
            let edit = insertion(of: "count", text: "(\(new.done)/\(new.target))", value: "\(new.done)/\(new.target)",
                                 at: fields.descriptionEnd, index, fields)
            // A new count and a done date may both go at the end of the line: of two edits at one
            // offset the later one's bytes come first (`EditedBytes`), so the count is listed last.
            return ProgressChange(edits: stateEdits(index, for: new, today: today) + [edit], before: nil, after: new,
                                  state: state(index, for: new))
        }
        return countChange(index, field, from: count, to: new, today: today)
    }

    /// Adds `minutes` (negative takes back) to goal `index`'s time spent, adding `⏱` when absent.
    public func spendChange(_ index: Int, adding minutes: Int) throws(ProgressProblem) -> SpendChange {
        let fields = progressFields(of: index)
        let progress = GoalProgress(fields, in: bytes)
        let before = progress.spentMinutes ?? 0
        let after = before + minutes
        guard after >= 0 else { throw .belowZeroTime(minutes: before) }
        let written = WorkTime.text(after)
        let edit: TextEdit
        if let field = fields.field(.spent), progress.spentMinutes != nil {
            edit = TextEdit(range: field.value, replacement: written)
        } else {
            edit = insertion(of: "spent", text: "⏱ " + written, value: written, at: fields.tasksStart, index, fields)
        }
        return SpendChange(edits: minutes == 0 ? [] : [edit], before: before, after: after, estimate: progress.estimateMinutes)
    }

    private func countChange(_ index: Int, _ field: ProgressFields.Field, from count: GoalCount, to new: GoalCount,
                             today: CivilDate?) -> ProgressChange {
        var edits: [TextEdit] = []
        if new != count {
            // The value as written (`7/300`, spaces kept around it): only the numbers are rewritten.
            edits.append(TextEdit(range: field.value, replacement: "\(new.done)/\(new.target)"))
        }
        edits += stateEdits(index, for: new, today: today)
        return ProgressChange(edits: edits, before: count, after: new,
                              state: state(index, for: new))
    }

    /// The box a count leads to: done at or over the target for an open or in-progress goal,
    /// open below it for a ticked one; a cancelled goal or one in a custom state keeps its box.
    private func state(_ index: Int, for count: GoalCount) -> GoalState? {
        let state = goals[index].state
        if count.done >= count.target && (state == .open || state == .inProgress) { return .done }
        if count.done < count.target && state == .done { return .open }
        return nil
    }

    private func stateEdits(_ index: Int, for count: GoalCount, today: CivilDate?) -> [TextEdit] {
        guard let state = state(index, for: count) else { return [] }
        return edits(setting: index, to: state, doneDate: today)
    }

    /// A new progress field at `at`: `text` on an emoji line, `[key:: value]` on a Dataview one
    /// (the line's form, its progress fields' first, else the file's, as `tasksForm` says).
    func insertion(of key: String, text: String, value: String, at: Int, _ index: Int, _ fields: ProgressFields) -> TextEdit {
        let dataview = fields.fields.first.map(\.dataview) ?? (tasksForm(of: index, tasksFields(of: index)) == .dataview)
        let field = dataview ? "[\(key):: \(value)]" : text
        let line = goals[index].textRange
        if at == line.lowerBound {
            return TextEdit(range: at..<at, replacement: field + (at < line.upperBound ? " " : ""))
        }
        return TextEdit(range: at..<at, replacement: " " + field)
    }
}
