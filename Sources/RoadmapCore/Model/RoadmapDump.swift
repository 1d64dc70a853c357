/// A readable dump of what the parser found, with line:column byte ranges, for golden tests and
/// for debugging a file that is read differently than expected.
extension Roadmap {
    package func debugDump() -> String {
        var out = ""
        func position(_ offset: Int) -> String {
            var start = offset
            while start > 0 && bytes[start - 1] != ASCII.lf && bytes[start - 1] != ASCII.cr { start -= 1 }
            var line = 1
            for b in bytes[..<start] where b == ASCII.lf { line += 1 }
            return "\(line):\(offset - start + 1)"
        }
        for (index, section) in sections.enumerated().dropFirst() {
            let indent = String(repeating: "  ", count: max(0, section.level - 1))
            out += "\(indent)section \(index) h\(section.level) line \(section.line) \"\(text(section.titleRange))\" goals \(section.goals.done)/\(section.goals.total)\n"
        }
        for (index, goal) in goals.enumerated() {
            let indent = String(repeating: "  ", count: goal.depth)
            let parent = goal.parentIndex.map { " parent #\($0 + 1)" } ?? ""
            let quoted = goal.isQuoted ? " quoted" : ""
            out += "\(indent)goal #\(index + 1) \(goal.state.rawValue) box \(position(goal.boxRange.lowerBound))-\(position(goal.boxRange.upperBound)) section \(goal.sectionIndex)\(parent)\(quoted) \"\(text(of: index))\"\n"
        }
        return out
    }
}
