/// What is wrong with a plan's `⛔`/`🆔` links, for `lint` (issue 26).
extension TaskDependencies {
    /// One mistake in the links.
    public enum Problem: Equatable, Sendable {
        /// `goal` waits for `id`, which no goal has.
        case dangling(goal: GoalRef, id: String)
        /// Several goals have the one `id`, so `⛔ id` is ambiguous.
        case duplicate(id: String, goals: [GoalRef])
        /// The goals wait for each other in a circle, each for the next and the last for the
        /// first, so none of them can ever be ready.
        case cycle([GoalRef])
    }

    /// Every problem: duplicates in plan order of their first goal, then dangling ids, then
    /// cycles (each once, from the goal of it reached first in plan order).
    public var problems: [Problem] {
        var found: [Problem] = []
        let order = plan.goalsInOrder
        var reported = Set<String>()
        for ref in order {
            guard let id = plan.files[ref.file].roadmap.taskDetails(of: ref.goal).id, !reported.contains(id),
                  let goals = goalsByID[id], goals.count > 1 else { continue }
            reported.insert(id)
            found.append(.duplicate(id: id, goals: goals))
        }
        for ref in order {
            for id in waitsFor[ref] ?? [] where goalsByID[id] == nil { found.append(.dangling(goal: ref, id: id)) }
        }
        return found + cycles(order)
    }

    /// Depth-first over "waits for", without recursion (a long chain in an untrusted file must
    /// not exhaust the stack): a goal met again while still on the path closes a cycle.
    private func cycles(_ order: [GoalRef]) -> [Problem] {
        var state: [GoalRef: Int] = [:]          // absent: unseen; 1: on the path; 2: finished
        var found: [Problem] = []
        for root in order where state[root] == nil && waitsFor[root] != nil {
            var path: [GoalRef] = [root]
            var next: [[GoalRef]] = [successors(root)]
            state[root] = 1
            while let top = next.last {
                guard let ref = top.last else {
                    state[path.removeLast()] = 2
                    next.removeLast()
                    continue
                }
                next[next.count - 1].removeLast()
                switch state[ref] {
                case nil:
                    state[ref] = 1
                    path.append(ref)
                    next.append(successors(ref))
                case 1:
                    if let start = path.lastIndex(of: ref) { found.append(.cycle(Array(path[start...]))) }
                default:
                    break
                }
            }
        }
        return found
    }

    /// The goals `ref` waits for, reversed so that popping takes them in the order named.
    private func successors(_ ref: GoalRef) -> [GoalRef] {
        Array((waitsFor[ref] ?? []).flatMap { goalsByID[$0] ?? [] }.reversed())
    }
}
