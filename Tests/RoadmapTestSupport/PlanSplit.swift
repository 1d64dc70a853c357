import RoadmapKit

/// The same roadmap as one file and as an index whose goals link one file per top section, built
/// from the one file: each top section with goals moves, heading and all, into `part-N.md`, and
/// the index links the parts from a `## Parts` section at its end (a heading of its own, so no
/// checkpoint or horizon heading is read twice). Sections without goals stay where they were.
public struct PlanSplit {
    public let single: [UInt8]
    public let index: [UInt8]
    /// File name and bytes of each part, in order.
    public let parts: [(name: String, bytes: [UInt8])]

    /// nil when the roadmap has no top section with goals to move, or its top headings are not
    /// ATX headings (a setext underline would be left behind).
    public init?(_ bytes: [UInt8]) {
        // Line numbers here count LFs; a lone CR ends a line for the parser too.
        guard !zip(bytes, bytes.dropFirst() + [0]).contains(where: { $0 == 0x0D && $1 != 0x0A }) else { return nil }
        let roadmap = Roadmap(parsing: bytes)
        let starts = PlanSplit.lineStarts(bytes)
        let top = roadmap.topSections
        guard top.contains(where: { roadmap.sections[$0].goals.total > 0 }) else { return nil }
        func offset(line: Int) -> Int { line - 1 < starts.count ? starts[line - 1] : bytes.count }
        // Where each top section ends: at the next heading of its level or above.
        func end(of section: Int) -> Int {
            let level = roadmap.sections[section].level
            let next = roadmap.sections.indices.first { $0 > section && roadmap.sections[$0].level <= level }
            return next.map { offset(line: roadmap.sections[$0].line) } ?? bytes.count
        }
        var index = Array(bytes[0..<offset(line: roadmap.sections[top[0]].line)])
        var parts: [(String, [UInt8])] = []
        var cursor = index.count
        for section in top {
            let start = offset(line: roadmap.sections[section].line)
            let stop = end(of: section)
            guard start >= cursor, bytes[start] == 0x23 else { return nil }
            index += bytes[cursor..<start]
            if roadmap.sections[section].goals.total > 0 {
                parts.append(("part-\(parts.count + 1).md", Array(bytes[start..<stop])))
            } else {
                index += bytes[start..<stop]
            }
            cursor = stop
        }
        index += bytes[cursor...]
        if index.last != 0x0A { index.append(0x0A) }
        index += Array("\n## Parts\n\n".utf8)
        for (k, part) in parts.enumerated() { index += Array("- [ ] [Part \(k + 1)](\(part.0))\n".utf8) }
        // A file that ends inside an open code or HTML block swallows the Parts section: no split.
        let linking = Roadmap(parsing: index)
        guard linking.goals.indices.filter({ linking.localLinkTarget(ofGoal: $0) != nil }).count == parts.count else { return nil }
        single = bytes
        self.index = index
        self.parts = parts
    }

    /// The split read as a plan, each part from memory.
    public func plan(tracking: Bool = true) -> Plan {
        let root = Tracking.parsing(index)
        return Plan(root: root.roadmap, path: "index.md", tracking: tracking ? root : nil) { path in
            guard let part = parts.first(where: { $0.name == path }) else { return .failure(StorageError(path: path, message: "no such part")) }
            return .success(part.bytes)
        }
    }

    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (k, b) in bytes.enumerated() where b == 0x0A && k + 1 < bytes.count { starts.append(k + 1) }
        return starts
    }
}
