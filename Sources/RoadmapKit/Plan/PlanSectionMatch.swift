/// A heading in a plan: which file, and the section's index in that file.
public struct SectionRef: Hashable, Sendable {
    public let file: Int
    public let section: Int

    public init(file: Int, section: Int) {
        self.file = file
        self.section = section
    }
}

extension Plan {
    /// The headings `--in SECTION` names when one place is meant (`add --in`): those whose title
    /// contains SECTION, or whose path ends with the pieces of `A > B` (the last piece in the
    /// heading's own title), case and markdown ignored. A heading whose title is exactly SECTION
    /// wins over headings that only contain it.
    public func sections(matching needle: String) -> [SectionRef] {
        let pieces = PlainText.of(needle).lowercased().split(separator: ">").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard let last = pieces.last else { return [] }
        let wanted = pieces.map(TextNeedle.init)
        var found: [SectionRef] = []
        var exact: [SectionRef] = []
        for file in files.indices {
            for section in files[file].roadmap.sections.indices.dropFirst() {
                let titles = path(ofFile: file, section: section).map { PlainText.of($0).lowercased() }
                guard let own = titles.last, wanted[wanted.count - 1].isFound(in: own), Roadmap.path(titles, endsWith: wanted) else { continue }
                found.append(SectionRef(file: file, section: section))
                if own.trimmingSpaces == last { exact.append(found[found.count - 1]) }
            }
        }
        return exact.count == 1 ? exact : found
    }
}
