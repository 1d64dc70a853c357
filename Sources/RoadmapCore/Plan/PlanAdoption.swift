/// `adopt` across a plan: each file adopted as it would be alone (`Adoption`).
public struct PlanAdoption: Sendable {
    /// Each file's adoption, in the plan's order.
    public let files: [Adoption]
    /// The first name asked for that no heading of any file matches, if one.
    public let unmatchedName: String?

    /// The edits, one list per file of the plan: the items' and the choice lines.
    public var edits: [[TextEdit]] { files.map(\.allEdits) }
    /// How many items become goals, in all files.
    public var total: Int { files.reduce(0) { $0 + $1.items.count } }
}

extension Plan {
    /// Plain list items under goal-like headings, and under headings `names` name, as goals, in
    /// every file of the plan. A name counts as matched when any file has a heading it names.
    public func adoption(names: [String]) -> PlanAdoption {
        let adoptions = files.map { Adoption($0.roadmap, names: names) }
        let unmatched = names.first { name in adoptions.allSatisfy { $0.unmatchedNames.contains(name) } }
        return PlanAdoption(files: adoptions, unmatchedName: unmatched)
    }
}
