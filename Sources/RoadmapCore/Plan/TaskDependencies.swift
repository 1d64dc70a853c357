/// Which goals wait for which (issue 26): a goal's `⛔ a,b` names the `🆔 a` and `🆔 b` of other
/// goals anywhere in the plan, as Obsidian Tasks links them across a vault. A goal is blocked
/// while a goal it names is neither done nor cancelled; an id that names no goal blocks nothing
/// (as in the plugin; `lint` is where such an id is reported).
public struct TaskDependencies: Sendable {
    /// The goals that carry each `🆔` (more than one is a mistake `lint` reports).
    public let goalsByID: [String: [GoalRef]]
    /// Each goal's `⛔` ids, for the goals that have any.
    public let waitsFor: [GoalRef: [String]]
    let plan: Plan

    /// Reads every goal's `🆔` and `⛔`.
    public init(_ plan: Plan) {
        var byID: [String: [GoalRef]] = [:], waits: [GoalRef: [String]] = [:]
        for ref in plan.goalsInOrder {
            let details = plan.files[ref.file].roadmap.taskDetails(of: ref.goal)
            if let id = details.id { byID[id, default: []].append(ref) }
            if !details.dependsOn.isEmpty { waits[ref] = details.dependsOn }
        }
        goalsByID = byID
        waitsFor = waits
        self.plan = plan
    }

    /// The goals `ref` waits for that are still open (neither done nor cancelled), in the order named.
    public func blockers(of ref: GoalRef) -> [GoalRef] {
        (waitsFor[ref] ?? []).flatMap { goalsByID[$0] ?? [] }.filter {
            let state = plan.state(of: $0)
            return state != .done && state != .cancelled
        }
    }

    /// Whether `ref` waits for an open goal.
    public func isBlocked(_ ref: GoalRef) -> Bool { !blockers(of: ref).isEmpty }

    /// Whether `ref` is open (neither done nor cancelled) and waits for nothing open.
    public func isReady(_ ref: GoalRef) -> Bool {
        let state = plan.state(of: ref)
        return state != .done && state != .cancelled && !isBlocked(ref)
    }

    /// The goals that can be worked on now, in plan order: open or in progress, waiting for no
    /// open goal, and not starting later (`🛫` after `today`), as `next` takes them; and how many
    /// open or in-progress goals wait. What `status` counts as "ready now".
    public func readyNow(today: CivilDate) -> (ready: [GoalRef], waiting: Int) {
        var ready: [GoalRef] = [], waiting = 0
        for ref in plan.goalsInOrder {
            let state = plan.state(of: ref)
            guard state == .open || state == .inProgress else { continue }
            if isBlocked(ref) {
                waiting += 1
                continue
            }
            if let start = plan.files[ref.file].roadmap.taskDetails(of: ref.goal).start, start > today { continue }
            ready.append(ref)
        }
        return (ready, waiting)
    }
}
