/// How a goal is followed from one version of a file to the next, so that one that moved or was
/// reworded a little is still the same goal (and keeps the day its box was ticked).
///
/// The rule: a goal on a line the commit did not touch is the goal that was there. The others
/// (on lines the commit added, and those whose lines it removed) are paired by their text: first
/// equal texts, in document order; then, among those left, the closest pairs, where close means
/// an edit distance of at most a third of the longer text (at least 2), or one text being the
/// other with words added at the end. The text compared is the goal's first line with markdown
/// taken out as queries do (`PlainText`), without its ` ✅ YYYY-MM-DD`, lower-cased, with runs
/// of blanks as one space. A goal left unpaired is new; one that lost its pair is gone.
enum GoalIdentity {
    /// The normalised text of `bytes[text]`.
    static func key(_ bytes: [UInt8], _ text: Range<Int>) -> [UInt8] {
        var plain: [UInt8] = []
        plain.reserveCapacity(text.count)
        PlainText.append(bytes, text, to: &plain)
        var out: [UInt8] = []
        out.reserveCapacity(plain.count)
        var i = 0
        while i < plain.count {
            var b = plain[i]
            if b == 0xE2, i + 14 <= plain.count, plain[i + 1] == 0x9C, plain[i + 2] == 0x85, plain[i + 3] == ASCII.space,
               CivilDate(isoBytes: plain[(i + 4)..<(i + 14)]) != nil {
                i += 14
                continue
            }
            if b == ASCII.tab || b == ASCII.cr || b == ASCII.lf { b = ASCII.space }
            if b == ASCII.space && (out.isEmpty || out.last == ASCII.space) { i += 1; continue }
            out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            i += 1
        }
        while out.last == ASCII.space { out.removeLast() }
        return out
    }

    /// Pairs are tried by fuzzy distance only while there are at most this many: a commit that
    /// rewrote a whole large file is paired by equal texts alone.
    static let fuzzyLimit = 40_000

    /// For each new key, the index of the old key it continues, or nil.
    static func match(old: [[UInt8]], new: [[UInt8]]) -> [Int?] {
        var result = [Int?](repeating: nil, count: new.count)
        var used = [Bool](repeating: false, count: old.count)
        var byKey: [[UInt8]: [Int]] = [:]
        for (i, key) in old.enumerated().reversed() { byKey[key, default: []].append(i) }
        for (j, key) in new.enumerated() {
            if let i = byKey[key]?.popLast() {
                result[j] = i
                used[i] = true
            }
        }
        let oldLeft = old.indices.filter { !used[$0] }
        let newLeft = new.indices.filter { result[$0] == nil }
        guard !oldLeft.isEmpty, !newLeft.isEmpty, oldLeft.count * newLeft.count <= fuzzyLimit else { return result }
        var pairs: [(cost: Int, new: Int, old: Int)] = []
        for j in newLeft {
            for i in oldLeft {
                if let cost = distance(old[i], new[j]) { pairs.append((cost, j, i)) }
            }
        }
        pairs.sort { ($0.cost, $0.new, $0.old) < ($1.cost, $1.new, $1.old) }
        for pair in pairs where result[pair.new] == nil && !used[pair.old] {
            result[pair.new] = pair.old
            used[pair.old] = true
        }
        return result
    }

    /// How far apart two texts are, when they are close enough to be one goal reworded; nil if not.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int? {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return nil }
        if long.count > short.count && long.starts(with: short) && long[short.count] == ASCII.space { return long.count - short.count }
        let bound = max(2, long.count / 3)
        guard long.count - short.count <= bound else { return nil }
        // Levenshtein, two rows, stopping once every cell of a row is past the bound.
        var previous = Array(0...long.count)
        var current = [Int](repeating: 0, count: long.count + 1)
        for i in 1...short.count {
            current[0] = i
            var best = i
            for j in 1...long.count {
                let substitution = previous[j - 1] + (short[i - 1] == long[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                best = min(best, current[j])
            }
            if best > bound { return nil }
            swap(&previous, &current)
        }
        return previous[long.count] <= bound ? previous[long.count] : nil
    }
}
