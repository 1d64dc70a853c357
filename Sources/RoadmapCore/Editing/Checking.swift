/// Ticking and unticking goals, as byte edits. A tick rewrites the state character and, unless told
/// not to, writes ` ✅ YYYY-MM-DD` (the Obsidian Tasks done date) where Tasks reads it: at the end
/// of the goal's first line, before a trailing ` ^block-id`. An untick removes the done dates Tasks
/// would read (see `TasksFields`), and nothing else: a `✅ date` in the middle of the text is text.
/// Nothing else on the line moves.
extension Roadmap {
    /// Edits that give goal `index` the state `state`; empty when it already has it.
    /// - Parameter doneDate: written when the goal becomes done and its line has no done date yet;
    ///   when the goal stops being done, an existing done date is removed whatever this is.
    public func edits(setting index: Int, to state: GoalState, doneDate: CivilDate?) -> [TextEdit] {
        let goal = goals[index]
        guard goal.state != state, var marker = state.marker else { return [] }
        if state == .done { marker = doneMarker(near: index) }
        var edits = [TextEdit(range: goal.markerRange, replacement: [marker])]
        let fields = tasksFields(of: index)
        if state == .done, !fields.hasDoneDate, let date = doneDate {
            edits.append(doneDateInsertion(for: index, date: date, fields))
        } else if goal.state == .done, state != .done {
            edits += doneDateRemovals(index, fields).map { TextEdit(range: $0, replacement: []) }
        }
        return edits
    }

    /// The edit that appends ` ✅ DATE` to a goal's line, as a tick writes it (`stamp` writes the
    /// same for goals ticked by hand).
    package func doneDateInsertion(for index: Int, date: CivilDate) -> TextEdit {
        doneDateInsertion(for: index, date: date, tasksFields(of: index))
    }

    private func doneDateInsertion(for index: Int, date: CivilDate, _ fields: TasksFields) -> TextEdit {
        let at = doneDateInsertion(index, fields)
        let space: [UInt8] = at == goals[index].textRange.lowerBound ? [] : [ASCII.space]
        return TextEdit(range: at..<at, replacement: space + TasksFields.doneMark + [ASCII.space] + Array(date.description.utf8))
    }

    /// `x`, or `X` when the nearest done goal is written `[X]`: one at the same depth (before,
    /// else after) if there is one, else any. A tick follows the file's own spelling, so untick
    /// then tick gives back its bytes wherever the file is consistent.
    func doneMarker(near index: Int) -> UInt8 {
        let depth = goals[index].depth
        let sameDepth = goals[..<index].lastIndex { $0.state == .done && $0.depth == depth }
            ?? goals[(index + 1)...].firstIndex { $0.state == .done && $0.depth == depth }
        let any = goals[..<index].lastIndex { $0.state == .done } ?? goals[(index + 1)...].firstIndex { $0.state == .done }
        guard let neighbour = sameDepth ?? any else { return ASCII.x }
        return bytes[goals[neighbour].markerRange.lowerBound] == ASCII.X ? ASCII.X : ASCII.x
    }

    /// The date a goal was completed, from its `✅ YYYY-MM-DD`; with several, the first, as
    /// Obsidian Tasks takes it.
    public func doneDate(of index: Int) -> CivilDate? {
        // A done date starts with `✅`: most goals have none, and reading their fields to find so
        // was most of lint's undated-done check, run over the whole file on every keystroke.
        guard hasDoneMark(goals[index].textRange), let field = tasksFields(of: index).fields.last(where: { $0.kind == .doneDate }) else { return nil }
        return CivilDate(isoBytes: bytes[Range(offsets: field.range.upperBound - 10, field.range.upperBound)])
    }

    /// Whether `✅` (E2 9C 85) is in `range`.
    func hasDoneMark(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            if bytes[i] == 0xE2 && bytes[i + 1] == 0x9C && bytes[i + 2] == 0x85 { return true }
            i += 1
        }
        return false
    }

    /// Where a tick's date goes: before a trailing block link and the whitespace before it, else
    /// at the end of the text, before trailing whitespace.
    private func doneDateInsertion(_ index: Int, _ fields: TasksFields) -> Int {
        let text = goals[index].textRange
        let end = fields.fields.first.map { $0.kind == .blockLink ? $0.range.lowerBound : text.upperBound } ?? text.upperBound
        var at = end
        while at > text.lowerBound && ASCII.isLineWhitespace(bytes[at - 1]) { at -= 1 }
        return at
    }
}
