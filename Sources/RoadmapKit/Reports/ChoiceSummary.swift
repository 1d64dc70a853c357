/// Choice groups with the same options under one heading, summed up: the portfolio's four
/// `Status:` lines, a list of `Phase N: [ ] Not Started [ ] Done`. `status` prints one line for
/// each (`Projects  Status: 1 In Progress · 1 Complete · 2 not set`).
public struct ChoiceSummary: Sendable {
    /// One option and how many of the groups have it ticked.
    public struct OptionCount: Equatable, Sendable {
        /// The option's text, as the first group words it.
        public let option: String
        /// Groups with this option ticked.
        public let count: Int
    }

    /// The heading the groups are under (a section index of the file).
    public let sectionIndex: Int
    /// That heading's title; empty at the top of the file.
    public let title: String
    /// The first group's label.
    public let label: String
    /// Whether every group has that label.
    public let sameLabel: Bool
    /// How many groups are summed up (two or more).
    public let groups: Int
    /// The options ticked in at least one group, in the options' order.
    public let counts: [OptionCount]
    /// Groups with nothing ticked.
    public let unset: Int

    /// The summaries of one file, in the order their first group comes. Options match without
    /// regard to case; a group alone under its heading is not summed up.
    public static func of(_ tracking: Tracking) -> [ChoiceSummary] {
        var seen: [String: [Int]] = [:]
        var order: [String] = []
        for (index, group) in tracking.groups.enumerated() {
            let key = "\(group.sectionIndex)\u{1}" + group.options.map { tracking.text(of: $0).lowercased() }.joined(separator: "\u{1}")
            if seen[key] == nil { order.append(key) }
            seen[key, default: []].append(index)
        }
        return order.compactMap { key in
            guard let members = seen[key], members.count > 1 else { return nil }
            let first = tracking.groups[members[0]]
            var counts = [Int](repeating: 0, count: first.options.count)
            var unset = 0
            for member in members {
                let ticked = tracking.groups[member].ticked
                if ticked.isEmpty { unset += 1 }
                for k in ticked where k < counts.count { counts[k] += 1 }
            }
            let label = tracking.label(of: first)
            return ChoiceSummary(
                sectionIndex: first.sectionIndex, title: tracking.sectionTitle(first.sectionIndex), label: label,
                sameLabel: members.allSatisfy { tracking.label(of: tracking.groups[$0]) == label }, groups: members.count,
                counts: first.options.indices.filter { counts[$0] > 0 }.map { OptionCount(option: tracking.text(of: first.options[$0]), count: counts[$0]) },
                unset: unset)
        }
    }
}
