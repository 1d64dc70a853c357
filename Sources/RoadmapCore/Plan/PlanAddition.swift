/// Where a new goal goes in a plan: the file, and the place in it.
public struct AdditionPlace: Equatable, Sendable {
    /// The file of the plan.
    public let file: Int
    /// The place in that file.
    public let place: GoalAddition.Place

    /// `place` in `file`.
    public init(file: Int, place: GoalAddition.Place) {
        self.file = file
        self.place = place
    }
}

/// Why no one place for a new goal was found.
public enum AdditionPlaceError: Error, Equatable, Sendable {
    /// The goal to add under was not found (or not one).
    case goal(GoalQueryError)
    /// No heading matches the section; every heading of the plan, to list.
    case noHeading(String, headings: [SectionRef])
    /// Several headings match it, none exactly.
    case severalHeadings(String, [SectionRef])
}

extension Plan {
    /// Every heading of every file, in file order (not the text before a file's first heading).
    public var headings: [SectionRef] {
        files.indices.flatMap { file in files[file].roadmap.sections.indices.dropFirst().map { SectionRef(file: file, section: $0) } }
    }

    /// Where `add` puts a goal: under the goal `under` names (its words, as a query, within
    /// `section`); else in the one heading `section` names (`sections(matching:)`); else in the
    /// root's last section with goals.
    public func placeForAdding(under: [String]?, section: String?) throws(AdditionPlaceError) -> AdditionPlace {
        if let under {
            let refs: [GoalRef]
            do { refs = try goals(named: under, section: section) } catch { throw .goal(error) }
            guard let ref = refs.first else { throw .goal(.noMatch(under.joined(separator: " "), suggestions: [])) }
            return AdditionPlace(file: ref.file, place: .under(goal: ref.goal))
        }
        guard let section else {
            return AdditionPlace(file: 0, place: .section(root.sectionForAdding ?? (root.sections.count - 1)))
        }
        let found = sections(matching: section)
        if found.count == 1 { return AdditionPlace(file: found[0].file, place: .section(found[0].section)) }
        throw found.isEmpty ? .noHeading(section, headings: headings) : .severalHeadings(section, found)
    }
}
