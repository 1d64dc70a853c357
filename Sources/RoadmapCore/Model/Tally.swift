/// Goal counts by state. Cancelled goals leave the denominator: `percent` is done out of
/// everything that is not cancelled. `other` states count as not done. A goal not done whose
/// line holds a count (`(120/300)`, issue 27) adds its part of one goal to the done ones.
public struct Tally: Equatable, Sendable {
    /// Goals marked `[ ]`.
    public var open = 0
    /// Goals marked `[x]`.
    public var done = 0
    /// Goals marked `[/]`.
    public var inProgress = 0
    /// Goals marked `[-]`.
    public var cancelled = 0
    /// Goals with any other marker byte.
    public var other = 0
    /// The parts of goals that counts stand for (`(120/300)` is 0.4 of a goal), in millionths
    /// of a goal, summed over the goals not done and not cancelled.
    public var partial = 0
    /// How many goals not done and not cancelled add a part through a count.
    public var partialGoals = 0
    /// Habits (`[habit:: 3/week]`, `🔁 every week`), counted apart: a habit never ends, so it is
    /// in neither `total` nor the percent, and the dated entries under it are not goals at all.
    public var habits = 0

    /// No goals.
    public init() {}

    /// Every goal counted, cancelled ones too.
    public var total: Int { open + done + inProgress + cancelled + other }
    /// The goals that count towards progress.
    public var counted: Int { total - cancelled }

    /// Whole percent done, counts' parts included, rounded down so that 100% means everything
    /// is done (a part is always less than one goal).
    public var percent: Int { counted == 0 ? 0 : (done * 1_000_000 + partial) * 100 / (counted * 1_000_000) }

    /// Adds the part of one goal a count stands for (`GoalCount.millionths`), nothing for 0.
    public mutating func addPartial(_ millionths: Int) {
        guard millionths > 0 else { return }
        partial += millionths
        partialGoals += 1
    }

    /// Counts one more goal in `state`.
    public mutating func add(_ state: GoalState) {
        switch state {
        case .open: open += 1
        case .done: done += 1
        case .inProgress: inProgress += 1
        case .cancelled: cancelled += 1
        case .other: other += 1
        }
    }

    /// Takes back a part `addPartial` added, nothing for 0.
    public mutating func removePartial(_ millionths: Int) {
        guard millionths > 0 else { return }
        partial -= millionths
        partialGoals -= 1
    }

    /// Counts one goal in `state` less (a goal that changed state).
    public mutating func remove(_ state: GoalState) {
        switch state {
        case .open: open -= 1
        case .done: done -= 1
        case .inProgress: inProgress -= 1
        case .cancelled: cancelled -= 1
        case .other: other -= 1
        }
    }

    /// Adds `rhs`'s counts to `lhs`: a section's tally is its own plus its subsections'.
    public static func += (lhs: inout Tally, rhs: Tally) {
        lhs.open += rhs.open
        lhs.done += rhs.done
        lhs.inProgress += rhs.inProgress
        lhs.cancelled += rhs.cancelled
        lhs.other += rhs.other
        lhs.partial += rhs.partial
        lhs.partialGoals += rhs.partialGoals
        lhs.habits += rhs.habits
    }
}
