/// `roadmap depend`'s edits, computed and not written (issue 26): a goal waits for another by
/// naming its `🆔` in its `⛔`. The goal waited for gets an id when it has none: a short one made
/// from its first words (`learn-docker`), which the plugin accepts (`[a-zA-Z0-9-_]`), unique
/// among the plan's ids and the ids its `⛔`s name, so it never answers a dangling `⛔`. Fields are
/// written in the form the line, else the file, uses.
extension Plan {
    /// Making `goal` wait for `other`: the edits (one list per file; all empty when it already
    /// does) and the id, or the cycle the link would close (from `goal` round to it again).
    public func depending(_ goal: GoalRef, on other: GoalRef) -> Result<DependencyChange, DependencyError> {
        guard goal != other else { return .failure(.cycle([goal])) }
        let links = TaskDependencies(self)
        if let path = links.path(from: other, to: goal) { return .failure(.cycle([goal] + path.dropLast())) }
        var edits = [[TextEdit]](repeating: [], count: files.count)
        let target = files[other.file].roadmap
        let id: String
        if let own = target.taskDetails(of: other.goal).id {
            id = own
        } else {
            id = freshID(for: other, links)
            edits[other.file].append(target.fieldInsertion(.id, value: Array(id.utf8), for: other.goal, target.tasksFields(of: other.goal)))
        }
        let waiting = files[goal.file].roadmap
        let fields = waiting.tasksFields(of: goal.goal)
        if let list = fields.field(.dependsOn) {
            let ids = waiting.taskDetails(of: goal.goal).dependsOn
            if !ids.contains(id) {
                edits[goal.file].append(TextEdit(range: list.value.upperBound..<list.value.upperBound, replacement: Array(",\(id)".utf8)))
            }
        } else {
            edits[goal.file].append(waiting.fieldInsertion(.dependsOn, value: Array(id.utf8), for: goal.goal, fields))
        }
        for k in edits.indices { edits[k].sort { $0.range.lowerBound < $1.range.lowerBound } }
        return .success(DependencyChange(edits: edits, id: id))
    }

    /// Making `goal` stop waiting for `other` (its id taken out of the `⛔` list), or for every
    /// goal when `other` is nil; a list left empty goes with the whitespace before it. The other
    /// goal's `🆔` stays: something else may name it.
    public func notDepending(_ goal: GoalRef, on other: GoalRef?) -> DependencyChange {
        var edits = [[TextEdit]](repeating: [], count: files.count)
        let roadmap = files[goal.file].roadmap
        let fields = roadmap.tasksFields(of: goal.goal)
        let ids = roadmap.taskDetails(of: goal.goal).dependsOn
        let removed = other.flatMap { files[$0.file].roadmap.taskDetails(of: $0.goal).id }
        guard let list = fields.field(.dependsOn), other == nil || removed.map(ids.contains) == true else {
            return DependencyChange(edits: edits, id: removed ?? "")
        }
        let left = ids.filter { $0 != removed && other != nil }
        if left.isEmpty {
            edits[goal.file] = roadmap.fieldRemovals(goal.goal, fields) { $0 == .dependsOn }.map { TextEdit(range: $0, replacement: []) }
        } else {
            let separator = roadmap.bytes[list.value].contains(ASCII.space) ? ", " : ","
            edits[goal.file] = [TextEdit(range: list.value, replacement: Array(left.joined(separator: separator).utf8))]
        }
        return DependencyChange(edits: edits, id: removed ?? "")
    }

    /// `learn-docker` from "Learn Docker basics": up to three words of letters and digits, at
    /// most 20 bytes, `goal` when there are none; `-2`, `-3` … until no goal has it and no `⛔` names it.
    func freshID(for ref: GoalRef, _ links: TaskDependencies) -> String {
        let text = PlainText.of(files[ref.file].roadmap.text(of: ref.goal, withoutFields: true))
        var words: [String] = []
        var word: [UInt8] = []
        for b in Array(text.utf8) + [ASCII.space] {
            if ASCII.isLetter(b) || ASCII.isDigit(b) {
                word.append(ASCII.lowercased(b))
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word = []
            }
        }
        var base = ""
        for next in words.prefix(3) {
            let joined = base.isEmpty ? next : base + "-" + next
            if joined.utf8.count > 20 { break }
            base = joined
        }
        if base.isEmpty { base = String(words.first?.prefix(20) ?? "goal") }
        let named = Set(links.waitsFor.values.joined())
        var candidate = base
        var n = 1
        while links.goalsByID[candidate] != nil || named.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        return candidate
    }
}

extension TaskDependencies {
    /// The goals from `start` to `end` along "waits for", both included, or nil when `end` cannot
    /// be reached. Breadth first, without recursion.
    func path(from start: GoalRef, to end: GoalRef) -> [GoalRef]? {
        var cameFrom: [GoalRef: GoalRef] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let ref = queue[head]
            head += 1
            if ref == end {
                var path = [end]
                while let last = path.last, last != start, let previous = cameFrom[last] { path.append(previous) }
                return path.reversed()
            }
            for next in (waitsFor[ref] ?? []).flatMap({ goalsByID[$0] ?? [] }) where cameFrom[next] == nil {
                cameFrom[next] = ref
                queue.append(next)
            }
        }
        return nil
    }
}

/// What `Plan.depending` or `notDepending` writes.
public struct DependencyChange: Sendable {
    /// The edits, one list per file of the plan; all empty when nothing changes.
    public let edits: [[TextEdit]]
    /// The id the `⛔` names (the other goal's, new or old); empty when a removal found none.
    public let id: String
}

/// Why a dependency was not written.
public enum DependencyError: Error, Equatable, Sendable {
    /// The goals would wait for each other in a circle: the waiting goal, then each goal the one
    /// before waits for, ending with one that waits for the first.
    case cycle([GoalRef])
}
