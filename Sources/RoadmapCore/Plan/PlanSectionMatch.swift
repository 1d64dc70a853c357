/// A heading in a plan: which file, and the section's index in that file.
public struct SectionRef: Hashable, Sendable {
    /// The file's index in `Plan.files`.
    public let file: Int
    /// The section's index in that file's `Roadmap.sections`.
    public let section: Int

    /// The heading at `section` of file `file`.
    public init(file: Int, section: Int) {
        self.file = file
        self.section = section
    }
}

extension Plan {
    /// The headings `--in SECTION` names when one place is meant (`add --in`): those
    /// `SectionNeedle.names` (the last piece in the heading's own title, the others above it), case
    /// and markdown ignored. A heading whose title is exactly the last piece wins over headings
    /// that only contain it.
    public func sections(matching text: String) -> [SectionRef] {
        guard let needle = SectionNeedle(text) else { return [] }
        var found: [SectionRef] = []
        var exact: [SectionRef] = []
        for file in files.indices {
            for section in files[file].roadmap.sections.indices.dropFirst() {
                let titles = path(ofFile: file, section: section)
                guard needle.names(titles) else { continue }
                found.append(SectionRef(file: file, section: section))
                if needle.isExact(titles) { exact.append(found[found.count - 1]) }
            }
        }
        return exact.count == 1 ? exact : found
    }
}
