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
        // By index: each model taken as a value retained and released its dozen arrays, four
        // times a file (a tree of 20,000 files, `--tree`).
        var counts = FieldCounts(fields: 0, blank: 0, choices: 0, unmade: 0)
        for index in trackings.indices { counts.add(trackings[index].fields, trackings[index].groups) }
        self = counts
    }

    /// Summed over every file of the schedule's plan, each model read in place (a tree's
    /// `status` mapped 20,000 models into an array first, issue 28).
    public init(_ schedule: PlanSchedule) {
        var counts = FieldCounts(fields: 0, blank: 0, choices: 0, unmade: 0)
        for index in schedule.files.indices { counts.add(schedule.files[index].tracking.fields, schedule.files[index].tracking.groups) }
        self = counts
    }

    /// Adds one file's fields and choices.
    private mutating func add(_ fileFields: [Field], _ groups: [OptionGroup]) {
        var counts = (fields: fields, blank: blank, choices: choices, unmade: unmade)
        for field in fileFields {
            counts.fields += 1
            if field.isBlank { counts.blank += 1 }
        }
        for group in groups {
            counts.choices += 1
            if group.ticked.isEmpty { counts.unmade += 1 }
        }
        self = FieldCounts(fields: counts.fields, blank: counts.blank, choices: counts.choices, unmade: counts.unmade)
    }
}
