extension Roadmap {
    /// A goal's text as `text(of:withoutFields: true)` gives it, written into `raw` as bytes,
    /// when each piece of it (the runs between the Tasks fields left out, each continuation line)
    /// is well-formed UTF-8, so that the String is exactly these bytes; false (and `raw` left
    /// partly written) for any other goal. The text is the first line without its fields but tags
    /// (none when whitespace is all that is left), the continuation lines joined by spaces, and
    /// trailing whitespace trimmed, exactly as `text(of:)` joins them, without a String.
    /// - Parameter lines: the goal's continuation lines, when the caller walks the goals in order
    ///   (`Continuations.Walk`); nil to look them up (a binary search, 300 instructions a goal).
    package func descriptionBytes(of goalIndex: Int, lines: ArraySlice<Range<Int>>? = nil, into raw: inout [UInt8]) -> Bool {
        raw.removeAll(keepingCapacity: true)
        let text = goals[goalIndex].textRange
        var from = text.lowerBound
        // Each run is checked, then copied whole (a byte at a time was most of the time here).
        func copy(_ run: Range<Int>) -> Bool {
            guard !run.isEmpty else { return true }
            let wellFormed = bytes.withUnsafeBufferPointer { all in
                var ascii = true
                for b in UnsafeBufferPointer(rebasing: all[run]) where b >= 0x80 { ascii = false; break }
                return ascii || UTF8Validation.isWellFormed(UnsafeBufferPointer(rebasing: all[run]))
            }
            guard wellFormed else { return false }
            raw.append(contentsOf: bytes[run])
            return true
        }
        // Every field `text(of:withoutFields:)` leaves out (dates, priorities, ids, a block link;
        // tags stay), so the text is the String rule's. Reading the fields costs a goal about 700
        // instructions; most goals have none to read (`mayHoldFields`).
        if mayHoldFields(goalIndex) {
            for removed in fieldRemovals(goalIndex, tasksFields(of: goalIndex), { $0 != .tag }) {
                guard copy(from..<removed.lowerBound) else { return false }
                from = removed.upperBound
            }
            guard copy(from..<text.upperBound) else { return false }
        } else {
            raw.append(contentsOf: bytes[text])  // ASCII: `mayHoldFields` saw every byte
        }
        if raw.allSatisfy(ASCII.isLineWhitespace) { raw.removeAll(keepingCapacity: true) }
        for range in lines ?? continuations[goalIndex] ?? [] where !range.isEmpty {
            if !raw.isEmpty { raw.append(ASCII.space) }
            guard copy(range) else { return false }
        }
        while let last = raw.last, ASCII.isLineWhitespace(last) { raw.removeLast() }
        return true
    }

    /// Whether the goal's first line may hold a Tasks field other than a tag: false only when
    /// `tasksFields(of:)` reads tags at most. Every other field starts with an emoji (bytes past
    /// ASCII), is a Dataview field (`::`) or a block link (`^`).
    package func mayHoldFields(_ goalIndex: Int) -> Bool {
        let text = goals[goalIndex].textRange
        return bytes.withUnsafeBytes { raw in
            var i = text.lowerBound
            // Eight bytes a step (SWAR): a high bit, or a zero byte in the word XORed with `:` or
            // `^` repeated (and perhaps a false alarm beside it, then each byte is looked at).
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let colons = ones &* 0x3A, carets = ones &* 0x5E
            while i + 8 <= text.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let a = word ^ colons, b = word ^ carets
                if (word & highs) | ((a &- ones) & ~a & highs) | ((b &- ones) & ~b & highs) != 0 { break }
                i += 8
            }
            while i < text.upperBound {
                let b = raw[i]
                if b >= 0x80 || b == ASCII.colon || b == 0x5E { return true }
                i += 1
            }
            return false
        }
    }
}
