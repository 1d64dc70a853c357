/// Headings across files. A linked file sits under the goal that links it, so its sections' paths
/// start with the linking section's path and the goal's text:
/// `Phases > Phase 1: Foundation (Months 1-6) > AI Fundamentals`.
extension Plan {
    /// What sits directly below a section: its subsections and the files its own goals link.
    public enum Item: Equatable, Sendable {
        case section(file: Int, section: Int)
        case file(Int)
    }

    /// The linking goal's text as plain words, or the root's title.
    public func label(ofFile file: Int) -> String {
        // A tree's file is named by its file name (its folder is the section above it).
        if files[file].placement != nil { return RelativePath.baseName(of: files[file].path) }
        guard let ref = files[file].linkedFrom else {
            return files[0].roadmap.title.map(PlainText.of) ?? RelativePath.baseName(of: files[0].path)
        }
        return PlainText.of(files[ref.file].roadmap.text(of: ref.goal, withoutDoneDate: true))
    }

    /// Heading titles from the root down to `section` of `file`, linking goals' texts included.
    public func path(ofFile file: Int, section: Int) -> [String] {
        prefix(of: file, display: false) + files[file].roadmap.path(ofSection: section)
    }

    /// As `path`, leaving out each file's title heading the way `Roadmap.displayPath` does; in a
    /// linked file always, since the goal linking it names it already (its title said twice was
    /// `Phase 2 (Months 7-12) › Phase 2 (Months 7-12)` above the goals right below it).
    public func displayPath(ofFile file: Int, section: Int) -> [String] {
        let roadmap = files[file].roadmap
        guard files[file].linkedFrom != nil || files[file].placement != nil else { return roadmap.displayPath(ofSection: section) }
        return prefix(of: file, display: true) + ownPath(ofFile: file, section: section)
    }

    /// As `path`, keeping the root's title but leaving out each linked file's, which the goal
    /// linking it names already: what JSON section paths say (issue 25: `Phase 1 (Months 1-6) >
    /// Phase 1 (Months 1-6) > Checkpoint` said it twice). A tree's file sits under its folder.
    public func titledPath(ofFile file: Int, section: Int) -> [String] {
        if let folder = files[file].placedIn {
            return titledPath(ofFile: 0, section: folder) + [label(ofFile: file)] + ownPath(ofFile: file, section: section)
        }
        guard let ref = files[file].linkedFrom else { return files[file].roadmap.path(ofSection: section) }
        let above = titledPath(ofFile: ref.file, section: files[ref.file].roadmap.goals[ref.goal].sectionIndex)
        return above + [label(ofFile: file)] + ownPath(ofFile: file, section: section)
    }

    /// A linked file's own headings down to `section`, without its title heading when it has one.
    private func ownPath(ofFile file: Int, section: Int) -> [String] {
        let roadmap = files[file].roadmap
        let top = roadmap.sections[0].children
        let own = roadmap.path(ofSection: section)
        let titled = top.count == 1 && roadmap.sections[top[0]].level == 1 && !own.isEmpty
        return titled ? Array(own.dropFirst()) : own
    }

    private func prefix(of file: Int, display: Bool) -> [String] {
        if let folder = files[file].placedIn {
            let above = display ? displayPath(ofFile: 0, section: folder) : path(ofFile: 0, section: folder)
            return above + [label(ofFile: file)]
        }
        guard let ref = files[file].linkedFrom else { return [] }
        let section = files[ref.file].roadmap.goals[ref.goal].sectionIndex
        let above = display ? displayPath(ofFile: ref.file, section: section) : path(ofFile: ref.file, section: section)
        return above + [label(ofFile: file)]
    }

    /// Goals under a heading (in any file) that `section` names (`SectionNeedle.isWithin`: a title
    /// on the goal's path contains it, or the pieces of `A > B` in order); a linking goal's text
    /// counts as a heading for its file. All goals when `section` is nil or empty; none when it is
    /// only spaces and arrows.
    public func goals(inSectionMatching section: String?) -> [GoalRef] {
        let order = goalsInOrder
        guard let section, !section.isEmpty else { return order }
        guard let needle = SectionNeedle(section) else { return [] }
        var matching: [[Bool]] = []
        for file in files.indices {
            let roadmap = files[file].roadmap
            var flags = [Bool](repeating: false, count: roadmap.sections.count)
            for s in roadmap.sections.indices {
                // A section under a matching one matches: its path holds the same titles.
                let parent = roadmap.sections[s].parentIndex.map { flags[$0] } ?? false
                flags[s] = parent || needle.isWithin(path(ofFile: file, section: s))
            }
            matching.append(flags)
        }
        return order.filter { matching[$0.file][files[$0.file].roadmap.goals[$0.goal].sectionIndex] }
    }
}
