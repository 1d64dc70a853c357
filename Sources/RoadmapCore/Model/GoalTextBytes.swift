extension Roadmap {
    /// A goal's text as `text(of:withoutFields: true)` gives it, written into `raw` as bytes,
    /// when every byte of it is ASCII once its Tasks fields (`✅ YYYY-MM-DD`, the only non-ASCII
    /// many ticked goals have, and the others but tags) are left out; false (and `raw` left partly written) for any
    /// other goal. The text is the first line without its done dates (none when whitespace is
    /// all that is left), the continuation lines joined by spaces, and trailing whitespace
    /// trimmed, exactly as `text(of:)` joins them, without a String.
    package func asciiText(of goalIndex: Int, into raw: inout [UInt8]) -> Bool {
        raw.removeAll(keepingCapacity: true)
        let text = goals[goalIndex].textRange
        var from = text.lowerBound
        // Every field `text(of:withoutFields:)` leaves out (dates, priorities, ids, a block link;
        // tags stay), so the key is the String rule's; Dataview fields and `^id` are ASCII too.
        // Each run is checked, then copied whole (a byte at a time was most of the time here).
        func copy(_ run: Range<Int>) -> Bool {
            guard !run.isEmpty else { return true }
            for b in bytes[run] where b >= 0x80 { return false }
            raw.append(contentsOf: bytes[run])
            return true
        }
        let removals = fieldRemovals(goalIndex, tasksFields(of: goalIndex)) { $0 != .tag }
        for removed in removals {
            guard copy(from..<removed.lowerBound) else { return false }
            from = removed.upperBound
        }
        guard copy(from..<text.upperBound) else { return false }
        if raw.allSatisfy(ASCII.isLineWhitespace) { raw.removeAll(keepingCapacity: true) }
        for range in continuations[goalIndex] ?? [] where !range.isEmpty {
            if !raw.isEmpty { raw.append(ASCII.space) }
            guard copy(range) else { return false }
        }
        while let last = raw.last, ASCII.isLineWhitespace(last) { raw.removeLast() }
        return true
    }
}
