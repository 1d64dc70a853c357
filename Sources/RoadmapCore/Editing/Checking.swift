/// Ticking and unticking goals, as byte edits. A tick rewrites the state character and, unless told
/// not to, writes ` ✅ YYYY-MM-DD` (the Obsidian Tasks done date) where Tasks reads it: at the end
/// of the goal's first line, before a trailing ` ^block-id`. An untick removes the done dates Tasks
/// would read (see `TasksFields`), and nothing else: a `✅ date` in the middle of the text is text.
/// Nothing else on the line moves.
extension Roadmap {
    /// Edits that give goal `index` the state `state`; empty when it already has it.
    /// - Parameter doneDate: the date written when the goal becomes done (`✅`) or cancelled
    ///   (`❌`, as Obsidian Tasks writes it) and its line has no such date yet; when the goal
    ///   leaves either state, the state's dates are removed whatever this is. Other fields stay
    ///   (a start date `🛫` through `start`, too).
    /// - Parameter today: the day of the change, for a recurring goal (`Recurring.swift`): its
    ///   `when done` counts from the done date, else from today, and its new created date is today.
    ///   Ticking a goal with a recurrence or `🏁 delete` writes what `tickOutcome` says.
    public func edits(setting index: Int, to state: GoalState, doneDate: CivilDate?, today: CivilDate? = nil) -> [TextEdit] {
        let goal = goals[index]
        guard goal.state != state, var marker = state.marker else { return [] }
        if state == .done { marker = doneMarker(near: index) }
        var edits = [TextEdit(range: goal.markerRange, replacement: [marker])]
        let fields = tasksFields(of: index)
        let left: TasksFields.Kind? = goal.state == .done ? .done : goal.state == .cancelled ? .cancelled : nil
        if let left {
            edits += fieldRemovals(index, fields) { $0 == left }.map { TextEdit(range: $0, replacement: []) }
        }
        let entered: TasksFields.Kind? = state == .done ? .done : state == .cancelled ? .cancelled : nil
        if let entered, fields.field(entered) == nil, let date = doneDate {
            edits.append(dateInsertion(entered, for: index, date: date, fields))
        }
        let outcome = tickOutcome(index, to: state, completedOn: doneDate ?? today)
        return completionEdits(index, outcome, tick: edits, today: today ?? doneDate)
    }

    /// The edit that appends ` ✅ DATE` to a goal's line, as a tick writes it (`stamp` writes the
    /// same for goals ticked by hand).
    package func doneDateInsertion(for index: Int, date: CivilDate) -> TextEdit {
        dateInsertion(.done, for: index, date: date, tasksFields(of: index))
    }

    /// ` ✅ DATE` (or another date kind's symbol) where Tasks reads it, or `  [completion:: DATE]`
    /// on a line (else in a file) that writes its fields the Dataview way.
    private func dateInsertion(_ kind: TasksFields.Kind, for index: Int, date: CivilDate, _ fields: TasksFields) -> TextEdit {
        fieldInsertion(kind, value: Array(date.description.utf8), for: index, fields)
    }

    /// ` SYMBOL VALUE` where Tasks reads it (before a trailing block link), or `  [key:: VALUE]`
    /// on a line (else in a file) that writes its fields the Dataview way: two spaces before, as
    /// the plugin's Dataview serializer writes them.
    func fieldInsertion(_ kind: TasksFields.Kind, value: [UInt8], for index: Int, _ fields: TasksFields) -> TextEdit {
        let at = doneDateInsertion(index, fields)
        let first = at == goals[index].textRange.lowerBound
        if tasksForm(of: index, fields) == .dataview, let key = TasksDataviewField.key(kind) {
            let space: [UInt8] = first ? [] : [ASCII.space, ASCII.space]
            return TextEdit(range: at..<at, replacement: space + [0x5B] + key + [ASCII.colon, ASCII.colon, ASCII.space] + value + [0x5D])
        }
        let space: [UInt8] = first ? [] : [ASCII.space]
        return TextEdit(range: at..<at, replacement: space + TasksEmojiField.symbol(kind) + [ASCII.space] + value)
    }

    /// The form a goal's new fields take: its line's (the field nearest the end that says),
    /// else the file's (the first goal with such a field), else emoji.
    func tasksForm(of index: Int, _ fields: TasksFields) -> TasksFields.Form {
        let own = fields.fields.first { $0.kind != .tag && $0.kind != .blockLink }
        if let own { return own.form }
        for other in goals.indices where other != index {
            if let field = tasksFields(of: other).fields.first(where: { $0.kind != .tag && $0.kind != .blockLink }) { return field.form }
        }
        return .emoji
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

    /// The date a goal was completed, from its `✅ YYYY-MM-DD` (or `[completion:: …]`); with several, the first, as
    /// Obsidian Tasks takes it.
    public func doneDate(of index: Int) -> CivilDate? {
        // A done date is spelt `✅ …` or `[completion:: …]`: most goals have neither, and reading
        // their fields to find so was most of lint's undated-done check, run over the whole file
        // on every keystroke. Fields read already (`TrackingChunks`) are read from the same text, so
        // a done date among them is one this scan would find: no scan at all then.
        if let known = knownDetails { return known.done(of: index) }
        guard mayHaveDoneDate(goals[index].textRange) else { return nil }
        return taskDetails(of: index).done
    }

    /// Whether `range` holds `✅` (E2 9C 85) or `completion::`, the two spellings of a done date.
    func mayHaveDoneDate(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            if bytes[i] == 0xE2 && bytes[i + 1] == 0x9C && bytes[i + 2] == 0x85 { return true }
            if bytes[i] == ASCII.colon && bytes[i + 1] == ASCII.colon && i - range.lowerBound >= 10
                && bytes[(i - 10)..<i].elementsEqual("completion".utf8) { return true }
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
