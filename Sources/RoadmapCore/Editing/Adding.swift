/// Adding a goal, as one insertion. The new line copies its neighbours: the list's marker
/// (`-`, `*`, `+`, or the next number of a `1.` or `1)` list), its indentation (tabs stay tabs),
/// its spacing, and its line ending; a list with blank lines between items gets one too.
/// The result is parsed again and must show the new goal where it was meant to be, so nothing
/// is written where the markdown would read it otherwise (inside an unclosed HTML comment, say).
public struct GoalAddition: Equatable, Sendable {
    /// Where the new goal goes.
    public enum Place: Equatable, Sendable {
        /// At the end of the section's last list of goals, or as a new list when it has none.
        case section(Int)
        /// As the last sub-goal of a goal.
        case under(goal: Int)
    }

    /// The edits that write the new goal, to apply to the file's bytes.
    public let edits: [TextEdit]
    /// The new goal's index and line once the edits are applied.
    public let goal: Int
    /// 1-based.
    public let line: Int
}

extension Roadmap {
    /// Adds `- [ ] text` (with ` 📅 YYYY-MM-DD` when `due` is given) at `place`; nil when the
    /// result would not read as that goal.
    public func addition(of text: String, at place: GoalAddition.Place, due: CivilDate? = nil) -> GoalAddition? {
        addition(of: text, at: place, due: due, state: .open)
    }

    /// `addition(of:at:due:)` with the box in `state` (a habit's entry is written done or cancelled).
    package func addition(of text: String, at place: GoalAddition.Place, due: CivilDate? = nil, state: GoalState) -> GoalAddition? {
        guard let marker = state.marker else { return nil }
        var body = [0x5B, marker, 0x5D] + Array(" \(text)".utf8)
        if let due { body += [ASCII.space] + DueDate.mark + [ASCII.space] + Array(due.description.utf8) }
        guard let (offset, prefix, item, suffix) = insertion(body, at: place) else { return nil }
        let edit = TextEdit(range: offset..<offset, replacement: prefix + item + suffix)
        let after = Roadmap(parsing: [edit].applied(to: bytes))
        let start = offset + prefix.count
        guard after.goals.count == goals.count + 1,
              let index = after.goals.firstIndex(where: { $0.lineRange.lowerBound == start }),
              after.goals[index].state == state, Array(after.bytes[after.goals[index].textRange]) == Array(body.dropFirst(4)) else { return nil }
        switch place {
        case let .section(section):
            guard after.goals[index].sectionIndex == section else { return nil }
        case let .under(parent):
            guard after.goals[index].parentIndex == parent else { return nil }
        }
        return GoalAddition(edits: [edit], goal: index, line: after.goals[index].line)
    }

    /// The last section with goals of its own, leaving out checkpoints (their lists are what a
    /// review ticks, not where new goals go); nil when no section has goals.
    public var sectionForAdding: Int? {
        sections.indices.last { index in
            sections[index].ownGoals.total > 0 && (index == 0 || !Checkpoint.isCheckpoint(PlainText.of(bytes, sections[index].titleRange)))
        }
    }

    /// Where to insert, the line break or blank line before the item, the item, what follows it.
    private func insertion(_ body: [UInt8], at place: GoalAddition.Place) -> (Int, [UInt8], [UInt8], [UInt8])? {
        switch place {
        case let .section(section):
            guard let last = goals.lastIndex(where: { $0.sectionIndex == section }) else { return newList(body, in: section) }
            var root = last
            while let parent = goals[root].parentIndex { root = parent }
            return afterSiblings(of: root, body, bound: offsetOfHeading(after: section))
        case let .under(parent):
            let bound = offsetOfHeading(after: goals[parent].sectionIndex)
            if let child = goals.indices.last(where: { $0 > parent && goals[$0].parentIndex == parent }) {
                return afterSiblings(of: child, body, bound: bound)
            }
            return firstChild(of: parent, body, bound: bound)
        }
    }

    /// After the last item of the list that holds goal `first`.
    private func afterSiblings(of first: Int, _ body: [UInt8], bound: Int) -> (Int, [UInt8], [UInt8], [UInt8])? {
        guard let item = ListItemLine.of(goal: goals[first], in: bytes) else { return nil }
        var lastItem = item
        var end = lastLine(of: item, goal: first, bound: bound)
        var loose = isLoose(before: first, item, bound: bound)
        var cursor = end
        while cursor.end < bound {
            let next = line(at: cursor.end)
            cursor = next
            if isBlank(next) { continue }
            guard next.start + item.leading.count <= next.contentEnd,
                  bytes[next.start..<next.start + item.leading.count].elementsEqual(bytes[item.leading]),
                  let sibling = ListItemLine.read(next, leadingCount: item.leading.count, in: bytes), sibling.kind == item.kind,
                  indentation(next) == indentation(item.span) else { break }
            loose = loose || next.start > end.end
            let goal = goals.firstIndex { $0.lineRange.lowerBound == next.start }
            lastItem = sibling
            end = lastLine(of: sibling, goal: goal, bound: bound)
            cursor = end
        }
        var marker = Array(bytes[item.marker])
        if case let .ordered(delimiter) = item.kind { marker = Array(String((lastItem.number ?? 0) + 1).utf8) + [delimiter] }
        let spacing = item.spacing.isEmpty ? [ASCII.space] : Array(bytes[item.spacing])
        let line = Array(bytes[item.leading]) + marker + spacing + body
        return after(end, line, ending: ending(of: item.span), blankBefore: loose)
    }

    /// Whether a blank line separates the goal from the goal item before it in its list.
    private func isLoose(before goal: Int, _ item: ListItemLine, bound: Int) -> Bool {
        guard goal > 0, let previous = goals[..<goal].lastIndex(where: { $0.parentIndex == goals[goal].parentIndex }),
              goals[previous].sectionIndex == goals[goal].sectionIndex,
              let before = ListItemLine.of(goal: goals[previous], in: bytes), before.kind == item.kind,
              indentation(before.span) == indentation(item.span) else { return false }
        let end = lastLine(of: before, goal: previous, bound: bound)
        return end.end < item.span.start
    }

    /// A goal's first sub-goal: indented to its content, with a tab where the file indents with tabs.
    private func firstChild(of parent: Int, _ body: [UInt8], bound: Int) -> (Int, [UInt8], [UInt8], [UInt8])? {
        guard let item = ListItemLine.of(goal: goals[parent], in: bytes) else { return nil }
        let end = lastLine(of: item, goal: parent, bound: bound)
        let markerColumn = ListItemLine.column(of: item.marker.lowerBound, from: item.span.start, in: bytes)
        let content = item.contentColumn(in: bytes)
        let tabColumn = (markerColumn / 4 + 1) * 4
        let usesTabs = bytes[item.leading].contains(ASCII.tab) || goals.contains { bytes[$0.lineRange.lowerBound] == ASCII.tab }
        let indent = usesTabs && tabColumn >= content && tabColumn < content + 4
            ? [ASCII.tab] : [UInt8](repeating: ASCII.space, count: content - markerColumn)
        var marker = [ASCII.minus]
        if case let .bullet(b) = item.kind { marker = [b] }
        let line = Array(bytes[item.leading]) + indent + marker + [ASCII.space] + body
        return after(end, line, ending: ending(of: item.span), blankBefore: false)
    }

    /// Inserting `line` after `end` (its ending kept), and a blank line after it when text follows.
    /// With `blankBefore`, a blank line that follows `end` already is used instead of a new one.
    func after(_ end: LineSpan, _ line: [UInt8], ending: [UInt8], blankBefore: Bool) -> (Int, [UInt8], [UInt8], [UInt8]) {
        guard end.end > end.contentEnd else { return (end.end, ending + (blankBefore ? ending : []), line, []) }
        var at = end.end
        var prefix = blankBefore ? ending : []
        if blankBefore, at < bytes.count, case let blank = self.line(at: at), isBlank(blank), blank.end > blank.contentEnd {
            at = blank.end
            prefix = []
        }
        let blankAfter = blankBefore && at < bytes.count && !isBlank(self.line(at: at))
        return (at, prefix, line + ending, blankAfter ? ending : [])
    }

    private func ending(of span: LineSpan) -> [UInt8] {
        let own = span.ending(in: bytes)
        return Array((own == .none ? firstLineEnding : own).rawValue.utf8)
    }
}
