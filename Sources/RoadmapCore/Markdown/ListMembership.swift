/// Which list each list item belongs to, from the block scanner's line facts: items that open at
/// the same container depth belong to one list until a line outside that depth (a paragraph or
/// heading further out, or the end of an enclosing item) ends it. Blank lines do not end a list.
package struct ListMembership {
    /// List number by line index, for lines that open a list item.
    private var lists: [Int: Int] = [:]

    package init(_ facts: [LineFacts]) {
        var open: [Int: Int] = [:]  // container depth -> list number
        var count = 0
        for (index, line) in facts.enumerated() where line.role != .blank {
            // A line at depth d keeps lists at depths up to d open; deeper ones end, and so does
            // the list at d itself unless this line opens an item in it or continues one.
            open = open.filter { $0.key <= line.containerDepth }
            if line.startsListItem {
                if let list = open[line.containerDepth] {
                    lists[index] = list
                } else {
                    count += 1
                    open[line.containerDepth] = count
                    lists[index] = count
                }
            } else if line.containerDepth == 0 {
                open.removeAll()
            }
        }
    }

    package func list(ofLine index: Int) -> Int? { lists[index] }
}
