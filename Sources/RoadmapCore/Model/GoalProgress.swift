/// What a goal's progress fields say, decoded (issue 27; see `ProgressFields` for the syntax):
/// the one reading that status, list, the report and `--json` share.
public struct GoalProgress: Equatable, Sendable {
    /// `(120/300)`, `[count:: 120/300]`.
    public var count: GoalCount?
    /// `⏱ 12.5h`, `[spent:: 12.5h]`, in minutes.
    public var spentMinutes: Int?
    /// `[estimate:: 40h]`, in minutes.
    public var estimateMinutes: Int?
    /// `[habit:: 3/week]` (a `🔁` recurrence is read by `Roadmap.habit(of:)`).
    public var habit: HabitRule?
    /// Where the text before every progress and Tasks field ends.
    public var descriptionEnd: Int

    /// Decodes `fields` read from `bytes`.
    package init(_ fields: ProgressFields, in bytes: [UInt8]) {
        descriptionEnd = fields.descriptionEnd
        count = fields.field(.count).flatMap { GoalCount(bytes[$0.value]) }
        spentMinutes = fields.field(.spent).flatMap { WorkTime.minutes(bytes[$0.value]) }
        estimateMinutes = fields.field(.estimate).flatMap { WorkTime.minutes(bytes[$0.value]) }
        habit = fields.field(.habit).flatMap { HabitRule(bytes[$0.value]) }
    }

    /// What the progress fields at the end of `text` say: a goal's line read outside a `Roadmap`
    /// (a version in the git history).
    package init(_ bytes: [UInt8], text: Range<Int>) {
        self.init(ProgressFields(bytes, text: text), in: bytes)
    }

    /// Whether the goal has any progress field at all.
    public var isEmpty: Bool { count == nil && spentMinutes == nil && estimateMinutes == nil && habit == nil }
}

extension Roadmap {
    /// The progress fields at the end of goal `index`'s first line.
    package func progressFields(of index: Int) -> ProgressFields {
        ProgressFields(bytes, text: goals[index].textRange)
    }

    /// What goal `index`'s progress fields say.
    public func progress(of index: Int) -> GoalProgress {
        GoalProgress(progressFields(of: index), in: bytes)
    }

    /// The part of one goal a count stands for, in millionths (`GoalCount.millionths`), for a goal
    /// that still counts as not done (open, in progress, another state); 0 for any other goal.
    /// Only a line with a `/` can hold a count, which keeps the scan off most goals.
    package func partialMillionths(of index: Int) -> Int {
        Roadmap.partialMillionths(goals[index], bytes)
    }

    static func partialMillionths(_ goal: Goal, _ bytes: [UInt8]) -> Int {
        guard goal.state != .done && goal.state != .cancelled else { return 0 }
        return countMillionths(goal, bytes)
    }

    /// The part a goal's count stands for whatever its state (what a state change moves).
    package func countMillionths(of index: Int) -> Int {
        Roadmap.countMillionths(goals[index], bytes)
    }

    static func countMillionths(_ goal: Goal, _ bytes: [UInt8]) -> Int {
        let text = goal.textRange
        guard containsByte(ASCII.slash, bytes, text) else { return 0 }
        let fields = ProgressFields(bytes, text: text)
        guard let field = fields.field(.count), let count = GoalCount(bytes[field.value]) else { return 0 }
        return count.millionths
    }
}

extension Roadmap {
    /// Goal `index`'s first line up to its progress and Tasks fields, for naming the goal beside
    /// a count or a time: `Solve 300 LeetCode problems`, not `… (120/300)`.
    public func progressLabel(of index: Int) -> String {
        let text = goals[index].textRange
        return self.text(Range(offsets: text.lowerBound, Swift.max(text.lowerBound, progressFields(of: index).descriptionEnd)))
    }
}
