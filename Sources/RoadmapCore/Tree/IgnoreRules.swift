/// The patterns of one `.gitignore` or `.ignore` file, matched as git matches them (gitignore(5)),
/// which is how ripgrep reads both: a blank line or one starting with `#` says nothing; `!`
/// re-includes what an earlier pattern excluded; a trailing `/` matches folders only; a pattern
/// with a `/` at its start or in its middle is anchored to the file's folder, one without matches
/// a name at any depth below it; `*` and `?` never match `/`, `**` as a whole component matches
/// any number of folders; `[a-z]` and `[!a-z]` are classes; `\` takes the next byte literally.
/// Pure logic over bytes: the walk (RoadmapStorage's `TreeWalk`) reads the files and asks.
public struct IgnoreRules: Sendable, Equatable {
    /// One line of the file, compiled.
    struct Rule: Sendable, Equatable {
        /// The pattern's components, split at `/` (escapes kept, resolved when matching).
        let components: [[UInt8]]
        /// Matched against the whole path below the file's folder, not only the last name.
        let anchored: Bool
        /// `!pattern`: a match re-includes.
        let negated: Bool
        /// `pattern/`: matches folders only.
        let directoryOnly: Bool
    }

    /// What a rule file says about a path.
    public enum Decision: Sendable, Equatable {
        /// The last matching pattern excludes it.
        case ignore
        /// The last matching pattern is a negation: it is read even if a file further up excludes it.
        case include
    }

    /// The rules in the file's order (the last match wins).
    let rules: [Rule]

    /// The rules of a file's bytes; a line that cannot be a pattern is passed over, as git does.
    public init(parsing bytes: [UInt8]) {
        var rules: [Rule] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if let rule = Self.rule(Array(bytes[start..<end])) { rules.append(rule) }
            start = end + 1
        }
        self.rules = rules
    }

    /// The patterns given one a line, as a `.gitignore` holds them.
    public init(lines: [String]) {
        self.init(parsing: Array(lines.joined(separator: "\n").utf8))
    }

    /// Whether there are no patterns at all.
    public var isEmpty: Bool { rules.isEmpty }

    /// What the last pattern matching `path` says, or nil when none matches.
    /// - Parameters:
    ///   - path: the components of the path below this file's folder (`["notes", "a.md"]`).
    ///   - isDirectory: whether the path is a folder (`dir/` patterns match only folders).
    public func decision(for path: [[UInt8]], isDirectory: Bool) -> Decision? {
        guard let name = path.last else { return nil }
        for rule in rules.reversed() {
            if rule.directoryOnly && !isDirectory { continue }
            let matches = rule.anchored ? Self.match(rule.components[...], path[...]) : Glob.matches(rule.components[0], name)
            if matches { return rule.negated ? .include : .ignore }
        }
        return nil
    }

    /// One line compiled, or nil for a blank line, a comment, or a pattern of nothing.
    static func rule(_ raw: [UInt8]) -> Rule? {
        var line = raw[...]
        if line.last == 0x0D { line = line.dropLast() }
        // Trailing spaces are dropped unless escaped with a backslash (`a\ `).
        while line.last == 0x20 {
            let spaces = line.reversed().prefix { $0 == 0x20 }.count
            let beforeSpaces = line.dropLast(spaces)
            let backslashes = beforeSpaces.reversed().prefix { $0 == 0x5C }.count
            line = backslashes % 2 == 1 ? line.dropLast(spaces - 1) : beforeSpaces
            if backslashes % 2 == 1 { break }
        }
        guard let first = line.first, first != 0x23 else { return nil }
        var negated = false
        if first == 0x21 {
            negated = true
            line = line.dropFirst()
        }
        var directoryOnly = false
        if line.last == 0x2F {
            directoryOnly = true
            line = line.dropLast()
        }
        guard !line.isEmpty else { return nil }
        // A slash left at the start or in the middle anchors the pattern to the file's folder.
        let anchored = line.contains(0x2F)
        if line.first == 0x2F { line = line.dropFirst() }
        let components = line.split(separator: 0x2F, omittingEmptySubsequences: true).map { Array($0) }
        guard !components.isEmpty else { return nil }
        return Rule(components: components, anchored: anchored, negated: negated, directoryOnly: directoryOnly)
    }

    /// Pattern components against path components; `**` spans any number of whole components,
    /// none included except at the end (`a/**` matches what is inside `a`, not `a`).
    static func match(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == Glob.doubleStar {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return !path.isEmpty }
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let name = path.first, Glob.matches(head, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}

/// One component of a glob against one name: `*`, `?`, `[…]` and `\`, none of them matching `/`
/// (names hold none).
enum Glob {
    /// `**`, which as a whole component spans folders.
    static let doubleStar: [UInt8] = [0x2A, 0x2A]

    /// Whether `name` matches `pattern`; iterative, with one backtrack point for the last `*`, so
    /// a hostile pattern costs at most the product of the two lengths.
    static func matches(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
        var p = 0, n = 0
        var star: Int?, starName = 0
        while n < name.count {
            if p < pattern.count {
                switch pattern[p] {
                case 0x2A:
                    while p < pattern.count && pattern[p] == 0x2A { p += 1 }
                    star = p
                    starName = n
                    continue
                case 0x3F:
                    p += 1
                    n += 1
                    continue
                case 0x5B:
                    if let (matched, next) = klass(pattern, p, name[n]) {
                        if matched {
                            p = next
                            n += 1
                            continue
                        }
                    } else if name[n] == 0x5B {
                        // An unclosed `[` is a literal.
                        p += 1
                        n += 1
                        continue
                    }
                case 0x5C where p + 1 < pattern.count:
                    if pattern[p + 1] == name[n] {
                        p += 2
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard let resume = star else { return false }
            starName += 1
            n = starName
            p = resume
        }
        while p < pattern.count && pattern[p] == 0x2A { p += 1 }
        return p == pattern.count
    }

    /// The class at `start` (`[…]`) against `byte`: whether it matches, and where the pattern goes
    /// on; nil when the `[` is never closed.
    static func klass(_ pattern: [UInt8], _ start: Int, _ byte: UInt8) -> (Bool, Int)? {
        var i = start + 1
        var negated = false
        if i < pattern.count && (pattern[i] == 0x21 || pattern[i] == 0x5E) {
            negated = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.count {
            var low = pattern[i]
            if low == 0x5D && !first { return (matched != negated, i + 1) }
            first = false
            if low == 0x5C && i + 1 < pattern.count {
                i += 1
                low = pattern[i]
            }
            var high = low
            if i + 2 < pattern.count && pattern[i + 1] == 0x2D && pattern[i + 2] != 0x5D {
                high = pattern[i + 2]
                if high == 0x5C && i + 3 < pattern.count {
                    i += 1
                    high = pattern[i + 2]
                }
                i += 2
            }
            if low <= byte && byte <= high { matched = true }
            i += 1
        }
        return nil
    }
}
