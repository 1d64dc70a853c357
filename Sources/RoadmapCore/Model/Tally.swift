/// Goal counts by state. Cancelled goals leave the denominator: `percent` is done out of
/// everything that is not cancelled. `other` states count as not done. A goal not done whose
/// line holds a count (`(120/300)`, issue 27) adds its part of one goal to the done ones.
public struct Tally: Equatable, Sendable {
    // Counts in 32 bits, the part in 64: a tally is in every section (two of them) and every
    // outline row, and a notes tree of 20,000 files has 80,000 sections (issue 28). A count past
    // 2^31 goals would need some 12 GB of markdown in one plan; it wraps rather than traps.
    private var _open: Int32 = 0
    private var _done: Int32 = 0
    private var _inProgress: Int32 = 0
    private var _cancelled: Int32 = 0
    private var _other: Int32 = 0
    private var _partialGoals: Int32 = 0
    private var _habits: Int32 = 0
    private var _partial: Int = 0

    /// Goals marked `[ ]`.
    public var open: Int { get { Int(_open) } set { _open = Int32(truncatingIfNeeded: newValue) } }
    /// Goals marked `[x]`.
    public var done: Int { get { Int(_done) } set { _done = Int32(truncatingIfNeeded: newValue) } }
    /// Goals marked `[/]`.
    public var inProgress: Int { get { Int(_inProgress) } set { _inProgress = Int32(truncatingIfNeeded: newValue) } }
    /// Goals marked `[-]`.
    public var cancelled: Int { get { Int(_cancelled) } set { _cancelled = Int32(truncatingIfNeeded: newValue) } }
    /// Goals with any other marker byte.
    public var other: Int { get { Int(_other) } set { _other = Int32(truncatingIfNeeded: newValue) } }
    /// The parts of goals that counts stand for (`(120/300)` is 0.4 of a goal), in millionths
    /// of a goal, summed over the goals not done and not cancelled.
    public var partial: Int { get { _partial } set { _partial = newValue } }
    /// How many goals not done and not cancelled add a part through a count.
    public var partialGoals: Int { get { Int(_partialGoals) } set { _partialGoals = Int32(truncatingIfNeeded: newValue) } }
    /// Habits (`[habit:: 3/week]`, `🔁 every week`), counted apart: a habit never ends, so it is
    /// in neither `total` nor the percent, and the dated entries under it are not goals at all.
    public var habits: Int { get { Int(_habits) } set { _habits = Int32(truncatingIfNeeded: newValue) } }

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
