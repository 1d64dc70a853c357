/// Which list each list item belongs to, from the block scanner's line facts: items that open at
/// the same container depth belong to one list until a line outside that depth (a paragraph or
/// heading further out, or the end of an enclosing item) ends it. Blank lines do not end a list.
package struct ListMembership {
    /// List number by line index, for lines that open a list item; 0 for other lines. (Arrays,
    /// not dictionaries: a dictionary of open lists filtered on every line was a sixth of lint's
    /// duplicate check on a large file.)
    private var lists: [Int32]

    package init(_ facts: [LineFacts]) {
        lists = Array(repeating: 0, count: facts.count)
        var open: [Int32] = []  // by container depth: the list open there, 0 for none
        var count: Int32 = 0
        for index in facts.indices where facts[index].role != .blank {
            let line = facts[index]
            let depth = max(0, line.containerDepth)
            // A line at depth d keeps lists at depths up to d open; deeper ones end, and so does
            // the list at d itself unless this line opens an item in it or continues one.
            if open.count > depth + 1 { open.removeLast(open.count - depth - 1) }
            if line.startsListItem {
                while open.count <= depth { open.append(0) }
                if open[depth] == 0 {
                    count += 1
                    open[depth] = count
                }
                lists[index] = open[depth]
            } else if depth == 0 {
                open.removeAll(keepingCapacity: true)
            }
        }
    }

    package func list(ofLine index: Int) -> Int? {
        guard index >= 0 && index < lists.count, lists[index] != 0 else { return nil }
        return Int(lists[index])
    }
}
