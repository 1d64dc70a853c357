/// Two goals with the same text in one list: usually pasted twice. The same goal in two lists
/// (`Write the README` under each project, `Security Contexts` on two days) is fine.
///
/// Goals are compared by their plain text without the done date, lowercased
/// (`referenceKey`). That String per goal was a third of linting a large file, so the key is
/// built as bytes (`appendKey`) into one buffer for all goals, and found again through a table
/// of its own (a dictionary of an array per key cost more than building the keys); only goals
/// whose key the bytes cannot be sure of go through the String.
enum DuplicateGoals {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let roadmap = input.roadmap
        let lists = ListMembership(roadmap.lineFacts)
        var keys = KeyTable(capacity: roadmap.goals.count)
        var found: [LintFinding] = []
        var scratch: [UInt8] = []
        var lines = Continuations.Walk(roadmap.continuations)
        for index in roadmap.goals.indices {
            let goal = roadmap.goals[index]
            guard let list = lists.list(ofLine: goal.line - 1) else { continue }
            appendKey(of: index, in: roadmap, lines: lines.lines(of: index), to: &keys.store, scratch: &scratch)
            guard let first = keys.insertLast(list: list, goal: index) else { continue }
            let reference = LintFinding.LineReference(prefix: "\(input.quoted(goal: index)) is also the goal on line ",
                                                      line: roadmap.goals[first].line)
            found.append(LintFinding(line: goal.line, kind: .duplicateGoal,
                                     message: reference.prefix + String(reference.line), reference: reference))
        }
        return found
    }

    /// The keys seen, by list: each key's bytes in one buffer (`store`), found by hash in an open
    /// addressed table of entries.
    struct KeyTable {
        /// Every key's bytes, one after the other; the key being added is its tail.
        var store: [UInt8] = []
        private var entries: [(list: Int, hash: UInt64, start: Int, end: Int, goal: Int)] = []
        /// Entry index + 1 by hash slot; 0 for an empty slot.
        private var slots: [Int32]
        private var keyStart = 0

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size *= 2 }
            slots = Array(repeating: 0, count: size)
            entries.reserveCapacity(capacity)
            store.reserveCapacity(capacity * 32)
        }

        /// Takes the bytes appended to `store` since the last call as `goal`'s key in `list`: the
        /// goal that had the same key in the list first, or nil (the key is kept when it is new,
        /// dropped when it is empty or seen).
        mutating func insertLast(list: Int, goal: Int) -> Int? {
            let start = keyStart, end = store.count
            guard end > start else { return nil }
            // FNV-1a over the bytes, then the list.
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            store.withUnsafeBufferPointer { all in
                for b in UnsafeBufferPointer(rebasing: all[start..<end]) { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
            }
            hash = (hash ^ UInt64(truncatingIfNeeded: list)) &* 0x100_0000_01B3
            hash ^= hash >> 29
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash, entry.list == list, store[entry.start..<entry.end].elementsEqual(store[start..<end]) {
                    store.removeSubrange(start..<end)
                    return entry.goal
                }
                slot = (slot + 1) & mask
            }
            entries.append((list, hash, start, end, goal))
            slots[slot] = Int32(entries.count)
            keyStart = end
            return nil
        }
    }

    /// The UTF-8 of `referenceKey(of:in:)`; `scratch` is a buffer reused from goal to goal.
    static func key(of index: Int, in roadmap: Roadmap, scratch: inout [UInt8]) -> [UInt8] {
        var key: [UInt8] = []
        appendKey(of: index, in: roadmap, to: &key, scratch: &scratch)
        return key
    }

    /// Appends the UTF-8 of `referenceKey(of:in:)` to `store`.
    /// - Parameter lines: the goal's continuation lines, when the caller has them.
    static func appendKey(of index: Int, in roadmap: Roadmap, lines: ArraySlice<Range<Int>>? = nil, to store: inout [UInt8],
                          scratch: inout [UInt8]) {
        let start = store.count
        if roadmap.descriptionBytes(of: index, lines: lines, into: &scratch), !scratch.contains(0x26), appendPlainLowercased(scratch, to: &store) {
            return
        }
        store.removeSubrange(start...)
        store.append(contentsOf: referenceKey(of: index, in: roadmap).utf8)
    }

    /// What two goals of one list are compared by: the goal's plain text without its done date,
    /// lowercased.
    static func referenceKey(of index: Int, in roadmap: Roadmap) -> String {
        PlainText.of(roadmap.text(of: index, withoutDoneDate: true)).lowercased()
    }

    /// Appends `PlainText.of` of `raw` (a goal's text as `Roadmap.descriptionBytes` gives it, with
    /// no `&`: an entity, which `PlainText` shows decoded, `Q&amp;A` and `Q&A` being one goal),
    /// lowercased as `String.lowercased()` does, character by character; false (and `store`
    /// partly written) when the text may hold mojibake `PlainText` would repair, or a character
    /// whose lowercase `lowercase` does not know.
    static func appendPlainLowercased(_ raw: [UInt8], to store: inout [UInt8]) -> Bool {
        // Most goals are ASCII with no markup: their plain text is the text itself (and ASCII
        // has no mojibake), lowercased in place once copied.
        let copied = store.count
        store.append(contentsOf: raw)
        let plain = store.withUnsafeMutableBufferPointer { all in
            for i in copied..<all.count {
                let b = all[i]
                if b &- 0x41 < 26 { all[i] = b | 0x20; continue }
                if b >= 0x80 || (b < 64 ? markupLow >> b : markupHigh >> (b - 64)) & 1 != 0 { return false }
            }
            return true
        }
        if plain { return true }
        store.removeSubrange(copied...)
        let ascii = !raw.contains { $0 >= 0x80 }
        let start = store.count
        PlainText.append(raw, 0..<raw.count, to: &store)
        if !ascii && Mojibake.mayHold(store, in: start..<store.count) { return false }
        return store.withUnsafeMutableBufferPointer { all in
            var i = start
            while i < all.count {
                let b = all[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A { all[i] = b + 0x20 }
                    i += 1
                    continue
                }
                // Well-formed UTF-8 (`descriptionBytes` made sure, and `PlainText` keeps it so).
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                guard i + length <= all.count else { return false }
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(all[i + k] & 0x3F) }
                guard let lower = lowercase(value) else { return false }
                if lower != value { all[i + 1] = all[i + 1] + 0x20 }  // U+00C0–U+00DE: C3 80–9E to C3 A0–BE
                i += length
            }
            return true
        }
    }

    /// The ASCII bytes `PlainText`'s stripping drops or looks at, one bit each: `*` (0x2A) in
    /// the low word; `[` `]` `_` `` ` `` `~` (0x5B, 0x5D, 0x5F, 0x60, 0x7E) in the high one.
    private static let markupLow: UInt64 = 1 << 0x2A
    private static let markupHigh: UInt64 = 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64) | 1 << (0x7E - 64)

    /// The lowercase of a character past ASCII as `String.lowercased()` gives it, for the
    /// characters goals hold most: Latin-1 (capitals U+00C0–U+00DE but `×` are 0x20 further on,
    /// all else stays) and blocks without case (punctuation and currency, arrows, mathematics,
    /// technical signs, boxes and shapes, symbols and dingbats, CJK, emoji); nil for any other.
    /// DuplicateGoalsTests compare every character of these with `String.lowercased()`.
    static func lowercase(_ value: UInt32) -> UInt32? {
        switch value {
        case 0xC0...0xDE where value != 0xD7: return value + 0x20
        case 0x80...0xFF, 0x2000...0x20FF, 0x2190...0x23FF, 0x2500...0x27BF, 0x2B00...0x2BFF, 0x3000...0x30FF,
             0x4E00...0x9FFF, 0xFE00...0xFE0F, 0x1F300...0x1FAFF:
            return value
        default:
            return nil
        }
    }
}
