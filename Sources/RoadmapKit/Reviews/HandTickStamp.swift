/// The plan a review looks at when it stamps the goals ticked by hand in its period (`HandTicks`)
/// first: the stamped plan, so that they count as completed, and the stamp's edits on the files as
/// read, so that the stamp and the review are written as one change.
public struct HandTickStamp: Sendable {
    /// A review edit falls where a stamped date goes: it cannot be placed on the file as read.
    public struct Collision: Error, Equatable, Sendable {
        /// The file's index in the plan.
        public let file: Int
    }

    /// The plan to review: with the stamp applied when there is one.
    public let plan: Plan
    /// The stamp's edits, by file, on the files as they were read.
    public let stamp: [[TextEdit]]

    /// No stamp: the plan as read.
    public init(_ original: Plan) {
        (plan, stamp) = (original, original.files.map { _ in [] })
    }

    /// `found` stamped with its days, each date appended as a tick does.
    public init(_ original: Plan, stamping found: [(goal: GoalRef, date: CivilDate)]) {
        let stamp = original.stampEdits(found.map { (ref: $0.goal, date: $0.date) })
        self.stamp = stamp
        plan = original.reread(original.files.indices.map { stamp[$0].isEmpty ? original.files[$0].roadmap.bytes : stamp[$0].applied(to: original.files[$0].roadmap.bytes) })
    }

    /// The review's edits (computed on the stamped plan) and the stamp, on the files as read.
    public func edits(_ review: [[TextEdit]]) -> Result<[[TextEdit]], Collision> {
        var result: [[TextEdit]] = []
        for (file, edits) in review.enumerated() {
            guard file < stamp.count, !stamp[file].isEmpty else { result.append(edits); continue }
            guard let all = edits.after(insertions: stamp[file]) else { return .failure(Collision(file: file)) }
            result.append(all)
        }
        return .success(result)
    }
}
