/// Which goals `list --open` and `list --done` keep: open ones are neither done nor cancelled
/// (in progress counts as open).
public enum GoalFilter: Sendable {
    /// Not done and not cancelled.
    case open
    /// Done.
    case done

    /// Whether a goal in `state` passes.
    public func keeps(_ state: GoalState) -> Bool {
        switch self {
        case .open: return state != .done && state != .cancelled
        case .done: return state == .done
        }
    }
}

extension Plan {
    /// The goals of `refs` that `filter` keeps, in their order.
    public func goals(_ refs: [GoalRef], _ filter: GoalFilter) -> [GoalRef] {
        refs.filter { filter.keeps(state(of: $0)) }
    }
}
