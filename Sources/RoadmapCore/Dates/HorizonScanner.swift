/// Finds horizons in heading and goal text, over bytes and case-insensitively:
/// - ordinal forms: `Week 1`, `Weeks 3-4`, `Month 5`, `Months 6-8`, `Month 14-15`, `Quarter 1`,
///   `Q1`..`Q4`, `Year 2`, `Year 1-2`, `Years 2-3`, `Year 5+`, `Day 3`, `Days 1-3`;
/// - durations: `6-Month`, `1-Year`, `3-Week` and, where `allowsSpacedDurations` (table headers),
///   `6 Months`, `1 Year`.
/// Calendar years and quarters (`Year 2025`, `Q1 2026`) are not horizons.
package enum HorizonScanner {
    package struct Match: Equatable, Sendable {
        package var horizon: Horizon
        /// The bytes it was read from.
        package var range: Range<Int>
        /// Inside parentheses, like `(Month 3)`.
        package var isParenthesized: Bool
        /// `Month 3` rather than `3-Month`.
        package var isOrdinal: Bool
    }

    /// Every horizon in `range`, in order.
    public static func matches(in bytes: [UInt8], _ range: Range<Int>, allowsSpacedDurations: Bool = false) -> [Match] {
        bytes.withUnsafeBufferPointer { matches(in: $0, range, allowsSpacedDurations: allowsSpacedDurations) }
    }

    static func matches(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, allowsSpacedDurations: Bool) -> [Match] {
        var found: [Match] = []
        visitMatches(in: bytes, range, allowsSpacedDurations: allowsSpacedDurations) { found.append($0) }
        return found
    }

    /// The scan itself, over a buffer, handing each match to `visit`: it runs for every goal, so
    /// no per-access array checks and no array of results unless the caller wants one.
    @inline(__always)
    static func visitMatches(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, allowsSpacedDurations: Bool,
                             _ visit: (Match) -> Void) {
        // Every horizon has a number beside its unit word (`Month 3`, `6-Month`, `Q1`), so only the
        // stretch from just before the first digit to just after the last can hold one. Most goal
        // texts have no digit at all and are done with here.
        let firstDigit = Self.firstDigit(in: bytes, range)
        guard firstDigit < range.upperBound else { return }
        var lastDigit = range.upperBound - 1
        while !ASCII.isDigit(bytes[lastDigit]) { lastDigit -= 1 }
        var windowStart = firstDigit
        while windowStart > range.lowerBound && (ASCII.isSpaceOrTab(bytes[windowStart - 1]) || bytes[windowStart - 1] == ASCII.minus) {
            windowStart -= 1
        }
        var letters = 0
        while windowStart > range.lowerBound && ASCII.isLetter(bytes[windowStart - 1]) && letters <= 8 {
            windowStart -= 1
            letters += 1
        }
        if letters > 8 {
            scanWords(in: bytes, range.lowerBound, range, allowsSpacedDurations: allowsSpacedDurations, visit)
            return
        }
        let end = min(range.upperBound, lastDigit + 12)
        var depth = 0
        var k = range.lowerBound
        while k < windowStart {
            if bytes[k] == ASCII.leftParen { depth += 1 } else if bytes[k] == ASCII.rightParen { depth = max(0, depth - 1) }
            k += 1
        }
        scanWords(in: bytes, windowStart, range.lowerBound..<end, depth: depth, allowsSpacedDurations: allowsSpacedDurations, visit)
    }

    /// Where the first ASCII digit of `range` is, else its end. Eight bytes a step (the schedule
    /// asks this of each of L's 100,000 goals, most of which have none: 54M instructions a byte
    /// at a time, issue 28); only the word that holds one is looked at byte by byte.
    @inline(__always)
    static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        let end = range.upperBound
        if let base = bytes.baseAddress {
            while end - i >= 8 && !hasDigit(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
        }
        while i < end && !ASCII.isDigit(bytes[i]) { i += 1 }
        return i
    }

    /// Whether a byte of `word` is `0`...`9`: "has a byte between 0x2F and 0x3A" of Bit Twiddling
    /// Hacks, exact in whether one exists (no carry or borrow crosses a byte: each byte's low
    /// seven bits are taken from at most 185 and added to at most 80; `~word` rules out bytes
    /// of 0x80 and above).
    @inline(__always)
    static func hasDigit(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (ones &* 0x7F)
        return (ones &* (0x7F + 0x3A) &- low) & ~word & (low &+ ones &* (0x7F - 0x2F)) & (ones &* 0x80) != 0
    }

    /// The word scan from `start`, with `depth` parentheses open there. `range` bounds look-behind
    /// (`duration`) and look-ahead.
    @inline(__always)
    private static func scanWords(in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ range: Range<Int>, depth: Int = 0,
                                  allowsSpacedDurations: Bool, _ visit: (Match) -> Void) {
        var depth = depth
        var i = start
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b == ASCII.leftParen { depth += 1 } else if b == ASCII.rightParen { depth = max(0, depth - 1) }
            guard ASCII.isLetter(b), i == range.lowerBound || !isWordByte(bytes[i - 1]) else {
                i += 1
                continue
            }
            var j = i
            while j < end && ASCII.isLetter(bytes[j]) { j += 1 }
            if let unit = unit(bytes, i..<j) {
                if let (horizon, matchEnd) = ordinal(unit, after: j, in: bytes, end: end) {
                    visit(Match(horizon: horizon, range: i..<matchEnd, isParenthesized: depth > 0, isOrdinal: true))
                    i = matchEnd
                    continue
                }
                if let (n, matchStart) = duration(before: i, in: bytes, lower: range.lowerBound, spaced: allowsSpacedDurations) {
                    visit(Match(horizon: Horizon(unit, n), range: matchStart..<j, isParenthesized: depth > 0, isOrdinal: false))
                }
            } else if j - i == 1 && ASCII.lowercased(b) == 0x71, let (horizon, matchEnd) = quarter(at: j, in: bytes, end: end) {
                visit(Match(horizon: horizon, range: i..<matchEnd, isParenthesized: depth > 0, isOrdinal: true))
                i = matchEnd
                continue
            }
            i = j
        }
    }

    /// The horizon that speaks for the text: parenthesised before bare, ordinal (`by Year 3`)
    /// before duration (`18-month`), then the first.
    package static func best(in bytes: [UInt8], _ range: Range<Int>, allowsSpacedDurations: Bool = false) -> Match? {
        func rank(_ m: Match) -> Int { (m.isParenthesized ? 2 : 0) + (m.isOrdinal ? 1 : 0) }
        var best: Match?
        bytes.withUnsafeBufferPointer { buffer in
            visitMatches(in: buffer, range, allowsSpacedDurations: allowsSpacedDurations) { m in
                if best == nil || rank(m) > rank(best!) { best = m }
            }
        }
        return best
    }

    package static func best(in text: String, allowsSpacedDurations: Bool = false) -> Horizon? {
        let bytes = Array(text.utf8)
        return best(in: bytes, 0..<bytes.count, allowsSpacedDurations: allowsSpacedDurations)?.horizon
    }

    /// The unit a word names, compared byte by byte against static text: this runs for every
    /// word of every goal, so no `String`s and no reference counting.
    private static func unit(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Horizon.Unit? {
        func equals(_ name: StaticString) -> Bool {
            guard name.utf8CodeUnitCount == word.count else { return false }
            let p = name.utf8Start
            for k in 0..<word.count where ASCII.lowercased(bytes[word.lowerBound + k]) != p[k] { return false }
            return true
        }
        switch word.count {
        case 3: return equals("day") ? .day : nil
        case 4: return equals("days") ? .day : equals("week") ? .week : equals("year") ? .year : nil
        case 5: return equals("weeks") ? .week : equals("month") ? .month : equals("years") ? .year : nil
        case 6: return equals("months") ? .month : nil
        case 7: return equals("quarter") ? .quarter : nil
        case 8: return equals("quarters") ? .quarter : nil
        default: return nil
        }
    }

    /// `Month 3`, `Months 6-8`, `Year 5+` after the unit word ending at `start`.
    private static func ordinal(_ unit: Horizon.Unit, after start: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (Horizon, Int)? {
        var i = start
        guard i < end, ASCII.isSpaceOrTab(bytes[i]) else { return nil }
        while i < end && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
        guard let (first, afterFirst) = number(at: i, in: bytes, end: end) else { return nil }
        i = afterFirst
        if i < end && bytes[i] == ASCII.plus {
            guard i + 1 == end || !isWordByte(bytes[i + 1]) else { return nil }
            return (Horizon(unit, first, through: nil), i + 1)
        }
        if let (last, afterLast) = rangeEnd(at: i, in: bytes, end: end, prefix: nil), last >= first {
            return (Horizon(unit, first, through: last), afterLast)
        }
        guard i == end || !isWordByte(bytes[i]) else { return nil }
        return (Horizon(unit, first), i)
    }

    /// `Q1`..`Q4` and `Q1-Q2`, with the digit at `start`.
    private static func quarter(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (Horizon, Int)? {
        guard start < end, (0x31...0x34).contains(bytes[start]) else { return nil }
        let first = Int(bytes[start] - ASCII.zero)
        let i = start + 1
        if let (last, after) = rangeEnd(at: i, in: bytes, end: end, prefix: 0x71), last >= first, last <= 4 {
            return (Horizon(.quarter, first, through: last), after)
        }
        guard i == end || !isWordByte(bytes[i]) else { return nil }
        // `Q1 2026` is a calendar quarter, not one counted from the start.
        var k = i
        while k < end && ASCII.isSpaceOrTab(bytes[k]) { k += 1 }
        if k > i, let (n, _) = number(at: k, in: bytes, end: end, limit: 9999), n >= 1000 { return nil }
        return (Horizon(.quarter, first), start + 1)
    }

    /// `-8`, `–8`, ` - 8`, ` to 8` (or `-Q2` with `prefix`), ending a range at `start`.
    private static func rangeEnd(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int, prefix: UInt8?) -> (Int, Int)? {
        var i = start
        while i < end && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
        if i < end && bytes[i] == ASCII.minus {
            i += 1
        } else if i + 2 < end && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94) {
            i += 3
        } else if i + 2 < end && i > start && ASCII.lowercased(bytes[i]) == 0x74 && ASCII.lowercased(bytes[i + 1]) == 0x6F && ASCII.isSpaceOrTab(bytes[i + 2]) {
            i += 3
        } else {
            return nil
        }
        while i < end && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
        if let prefix {
            guard i < end, ASCII.lowercased(bytes[i]) == prefix else { return nil }
            i += 1
        }
        guard let (n, after) = number(at: i, in: bytes, end: end) else { return nil }
        guard after == end || !isWordByte(bytes[after]) || bytes[after] == ASCII.plus else { return nil }
        return (n, after)
    }

    /// `6-` or (when `spaced`) `6 ` right before the unit word at `start`: the duration's count.
    private static func duration(before start: Int, in bytes: UnsafeBufferPointer<UInt8>, lower: Int, spaced: Bool) -> (Int, Int)? {
        var i = start - 1
        guard i >= lower else { return nil }
        if bytes[i] == ASCII.minus {
            i -= 1
        } else if spaced && ASCII.isSpaceOrTab(bytes[i]) {
            i -= 1
        } else {
            return nil
        }
        let digitsEnd = i + 1
        while i >= lower && ASCII.isDigit(bytes[i]) { i -= 1 }
        let digitsStart = i + 1
        guard digitsStart < digitsEnd, digitsEnd - digitsStart <= 3 else { return nil }
        guard digitsStart == lower || !isWordByte(bytes[digitsStart - 1]) else { return nil }
        var n = 0
        for k in digitsStart..<digitsEnd { n = n * 10 + Int(bytes[k] - ASCII.zero) }
        return n > 0 ? (n, digitsStart) : nil
    }

    /// A whole number of at most three digits (or `limit`) at `start`.
    private static func number(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int, limit: Int = 999) -> (Int, Int)? {
        var i = start
        var n = 0
        while i < end && ASCII.isDigit(bytes[i]) && i - start < 5 {
            n = n * 10 + Int(bytes[i] - ASCII.zero)
            i += 1
        }
        guard i > start, n <= limit, i == end || !ASCII.isDigit(bytes[i]) else { return nil }
        return (n, i)
    }

    private static func isWordByte(_ b: UInt8) -> Bool { ASCII.isLetter(b) || ASCII.isDigit(b) || b >= 0x80 }
}
