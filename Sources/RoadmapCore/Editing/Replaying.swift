/// Re-applying edits to a file that changed after it was read, for the locked re-read before a
/// write. On top of the byte rule of `rebased(from:onto:)` (each edited line occurs exactly once in
/// both versions), an edit that touched a goal must still land on a goal's box in the new bytes:
/// if the line moved into a code block or a quote, or is no longer a task, nothing is re-applied.
extension Roadmap {
    /// `edits`, made against these bytes, moved onto `current` (the file as it is now, changed by
    /// someone else meanwhile); nil when a goal they touch cannot be found there again.
    public func replaying(_ edits: [TextEdit], onto current: [UInt8]) -> [TextEdit]? {
        if current == bytes { return edits }
        guard let moved = edits.rebased(from: bytes, onto: current) else { return nil }
        let newer = Roadmap(parsing: current)
        for (edit, movedEdit) in zip(edits, moved) {
            guard let old = goalIndex(onLineAt: edit.range.lowerBound) else { continue }
            let shift = movedEdit.range.lowerBound - edit.range.lowerBound
            guard let new = newer.goalIndex(onLineAt: movedEdit.range.lowerBound),
                  newer.goals[new].boxRange.lowerBound == goals[old].boxRange.lowerBound + shift else { return nil }
        }
        return moved
    }

    /// The goal whose first line holds `offset` (its end included, where a done date is appended).
    public func goalIndex(onLineAt offset: Int) -> Int? {
        var low = 0, high = goals.count
        while low < high {
            let mid = (low + high) / 2
            if goals[mid].lineRange.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, offset <= goals[low - 1].lineRange.upperBound else { return nil }
        return low - 1
    }
}
