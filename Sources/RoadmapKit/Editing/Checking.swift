/// Ticking and unticking goals, as byte edits. A tick rewrites the state character and, unless told
/// not to, appends ` ✅ YYYY-MM-DD` to the goal's first line (the Obsidian Tasks done date);
/// an untick removes such a date. Nothing else on the line moves.
extension Roadmap {
    /// The done-date signifier, `✅`.
    static let doneMark: [UInt8] = [0xE2, 0x9C, 0x85]

    /// Edits that give goal `index` the state `state`; empty when it already has it.
    /// - Parameter doneDate: written when the goal becomes done and its line has no done date yet;
    ///   when the goal stops being done, an existing done date is removed whatever this is.
    public func edits(setting index: Int, to state: GoalState, doneDate: CivilDate?) -> [TextEdit] {
        let goal = goals[index]
        guard goal.state != state, var marker = state.marker else { return [] }
        if state == .done { marker = doneMarker(near: index) }
        var edits = [TextEdit(range: goal.markerRange, replacement: [marker])]
        let existing = doneDateRange(of: index)
        if state == .done, existing == nil, let date = doneDate {
            edits.append(doneDateInsertion(for: index, date: date))
        } else if goal.state == .done, state != .done, let range = existing {
            edits.append(TextEdit(range: range, replacement: []))
        }
        return edits
    }

    /// The edit that appends ` ✅ YYYY-MM-DD` to a goal's first line, before any trailing blanks:
    /// what a tick writes, and what `stamp` writes on a goal ticked without a date.
    public func doneDateInsertion(for index: Int, date: CivilDate) -> TextEdit {
        let goal = goals[index]
        var end = goal.lineRange.upperBound
        while end > goal.textRange.lowerBound && ASCII.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        end = max(end, goal.boxRange.upperBound)
        return TextEdit(range: end..<end, replacement: [ASCII.space] + Roadmap.doneMark + [ASCII.space] + Array(date.description.utf8))
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

    /// The date a done goal was completed, from ` ✅ YYYY-MM-DD` on its first line.
    public func doneDate(of index: Int) -> CivilDate? {
        guard let range = doneDateRange(of: index) else { return nil }
        return CivilDate(isoBytes: bytes[(range.upperBound - 10)..<range.upperBound])
    }

    /// The bytes of ` ✅ YYYY-MM-DD` (with its leading space) on the goal's first line; the last one
    /// if there are several.
    func doneDateRange(of index: Int) -> Range<Int>? {
        let goal = goals[index]
        let text = goal.textRange
        var i = text.upperBound - 14
        while i >= text.lowerBound {
            if bytes[i] == 0xE2 && bytes[i + 1] == 0x9C && bytes[i + 2] == 0x85 && bytes[i + 3] == ASCII.space,
               CivilDate(isoBytes: bytes[(i + 4)..<(i + 14)]) != nil {
                let afterDate = i + 14
                guard afterDate == text.upperBound || ASCII.isSpaceOrTab(bytes[afterDate]) else { i -= 1; continue }
                // Take the space before it, as check wrote it. At the start of the text that space
                // separates the box from the text, so take the one after it instead, unless the date
                // is all the text (`- [x] ✅ …` from ticking an empty `- [x]`): then the one before.
                if bytes[i - 1] == ASCII.space && (i > text.lowerBound || afterDate == text.upperBound) {
                    return (i - 1)..<afterDate
                }
                return i..<(afterDate < text.upperBound ? afterDate + 1 : afterDate)
            }
            i -= 1
        }
        return nil
    }
}
