/// A single-choice group: several `[ ]`/`[x]` boxes on one line after a label,
/// `**Company Type:** [ ] Big Tech [x] Startup` or `- Status: [ ] Not Started [ ] In Progress`.
/// Not goals: they do not count towards progress.
public struct OptionGroup: Equatable, Sendable {
    /// One box of the group and the text after it.
    public struct Option: Equatable, Sendable {
        /// `[x]`, brackets included.
        package let boxRange: Range<Int>
        /// The option's text after the box.
        public let textRange: Range<Int>
        /// Whether the box is ticked (`[x]` or `[X]`).
        public let isTicked: Bool
        /// The state byte between the brackets.
        package var markerOffset: Int { boxRange.lowerBound + 1 }
    }

    /// The label's 1-based line.
    public let line: Int
    package let lineSpan: LineSpan
    /// The group's label (`Difficulty:`), without markup.
    public let labelRange: Range<Int>
    /// The options, in document order.
    public let options: [Option]
    /// The index of the section the group is in.
    public let sectionIndex: Int
    /// The bold title the group sits under (`**Project 2: Kubernetes Deployment**`), an index into
    /// `Tracking.titles`.
    public let titleIndex: Int?

    /// Indices of the ticked options; more than one is a mistake `status` warns about.
    public var ticked: [Int] { options.indices.filter { options[$0].isTicked } }
}
