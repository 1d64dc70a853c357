/// Goal counts by state. Cancelled goals leave the denominator: `percent` is done out of
/// everything that is not cancelled. `other` states count as not done.
public struct Tally: Equatable, Sendable {
    public var open = 0
    public var done = 0
    public var inProgress = 0
    public var cancelled = 0
    public var other = 0

    public init() {}

    public var total: Int { open + done + inProgress + cancelled + other }
    /// The goals that count towards progress.
    public var counted: Int { total - cancelled }

    /// Whole percent done, rounded down so that 100% means everything is done.
    public var percent: Int { counted == 0 ? 0 : done * 100 / counted }

    public mutating func add(_ state: GoalState) {
        switch state {
        case .open: open += 1
        case .done: done += 1
        case .inProgress: inProgress += 1
        case .cancelled: cancelled += 1
        case .other: other += 1
        }
    }

    public mutating func remove(_ state: GoalState) {
        switch state {
        case .open: open -= 1
        case .done: done -= 1
        case .inProgress: inProgress -= 1
        case .cancelled: cancelled -= 1
        case .other: other -= 1
        }
    }

    public static func += (lhs: inout Tally, rhs: Tally) {
        lhs.open += rhs.open
        lhs.done += rhs.done
        lhs.inProgress += rhs.inProgress
        lhs.cancelled += rhs.cancelled
        lhs.other += rhs.other
    }
}
