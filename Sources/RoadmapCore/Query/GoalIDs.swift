/// Id lists and ranges, wherever a query takes ids: `check 3 5 7-9`, `check 3,5`, `#4-#6`,
/// `phase-1:2-4`. Words that are not shaped like ids are left as they are (a goal's words).
public enum GoalIDs {
    /// The longest range one word may stand for: `1-1000000000` is a typo, not a request.
    public static let maximumRange = 10_000

    /// A range that cannot be meant, as typed.
    public enum RangeError: Error, Equatable, Sendable {
        /// `9-7`: the piece, its first id and its last.
        case countsDown(String, from: Int, to: Int)
        /// More than `maximumRange` ids in one piece.
        case tooMany(String)

        /// The sentence a front end shows.
        public var message: String {
            switch self {
            case let .countsDown(piece, from, to):
                return "'\(piece)' counts down; write ranges low to high (\(to)-\(from))"
            case let .tooMany(piece):
                return "'\(piece)' names more than \(maximumRange) goals"
            }
        }
    }

    /// `words` with each id list and range written out, in order; other words as typed.
    public static func expanded(_ words: [String]) throws(RangeError) -> [String] {
        var result: [String] = []
        for word in words {
            let pieces = word.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
            guard pieces.count > 1 || word.contains("-") else {
                result.append(word)
                continue
            }
            var expanded: [String] = []
            for piece in pieces {
                guard let range = try range(piece) else {
                    // Not ids after all (`half-way`, `CI,CD`): the word as typed.
                    expanded = [word]
                    break
                }
                expanded += range
            }
            result += expanded
        }
        return result
    }

    /// `7-9` as `7`, `8`, `9` (keeping a file prefix and `#`); a single id as itself; nil when the
    /// piece is not an id or a range of ids.
    private static func range(_ piece: String) throws(RangeError) -> [String]? {
        var prefix = ""
        var rest = Substring(piece)
        if let colon = rest.lastIndex(of: ":") {
            prefix = String(rest[...colon])
            rest = rest[rest.index(after: colon)...]
        }
        let hash = rest.hasPrefix("#") && prefix.isEmpty ? "#" : ""
        let bounds = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map { $0.hasPrefix("#") ? $0.dropFirst() : $0 }
        let numbers = bounds.map { $0.isEmpty || $0.count > 9 || !$0.utf8.allSatisfy(ASCII.isDigit) ? nil : Int($0) }
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        let low = numbers[0]!, high = numbers.count == 2 ? numbers[1]! : numbers[0]!
        guard low <= high else { throw .countsDown(piece, from: low, to: high) }
        guard high - low < maximumRange else { throw .tooMany(piece) }
        return (low...high).map { "\(prefix)\(hash)\($0)" }
    }
}
