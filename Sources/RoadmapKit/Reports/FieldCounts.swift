/// How many fill-in fields and choices the plan has and how many are still open: one count for
/// `status`'s Fields line, `fields`' last line and an editor's summary.
public struct FieldCounts: Equatable, Sendable {
    /// Fields (`**Label:** value` lines and items under a bold label).
    public let fields: Int
    /// Fields whose value is only blanks.
    public let blank: Int
    /// Choices: groups of boxes on one line.
    public let choices: Int
    /// Choices with no box ticked.
    public let unmade: Int

    /// The four counts as given.
    public init(fields: Int, blank: Int, choices: Int, unmade: Int) {
        (self.fields, self.blank, self.choices, self.unmade) = (fields, blank, choices, unmade)
    }

    /// Summed over the tracking models of every file of a plan.
    public init(_ trackings: [Tracking]) {
        fields = trackings.reduce(0) { $0 + $1.fields.count }
        blank = trackings.reduce(0) { $0 + $1.fields.filter(\.isBlank).count }
        choices = trackings.reduce(0) { $0 + $1.groups.count }
        unmade = trackings.reduce(0) { $0 + $1.groups.filter { $0.ticked.isEmpty }.count }
    }
}
