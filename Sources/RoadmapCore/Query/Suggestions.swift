/// "Did you mean": goals whose words are closest to a query that matched nothing. A query word
/// found inside the goal's text scores 3, one close to a goal word (`Closeness`) 2.
///
/// Bounded whatever the query and the goals: each goal's words are read once into a set, at most
/// `queryWords` distinct query words are scored, containment is one byte search of the text, and
/// the edit distances of one query share `budget` table cells (the comparison that crosses it
/// finishes); past it only containment counts.
/// So a query is linear in the file (a 2,000-character query against two 200 KB goals took 19 s).
enum Suggestions {
    static let queryWords = 32
    static let budget = 1_000_000

    /// The positions of the `limit` best of `count` texts, best first (ties in order). Each query
    /// word is read once, into its scalars and its bytes (issue 22: converting it again for every
    /// text cost the word's length times the number of goals).
    static func rank(_ words: [String], count: Int, limit: Int, work: inout Int, steps: inout Int, text: (Int) -> String) -> [Int] {
        var seen = Set<String>()
        let query = words.filter { !$0.isEmpty && seen.insert($0).inserted }.prefix(queryWords)
            .map { (scalars: Array($0.unicodeScalars), bytes: Array($0.utf8)) }
        guard !query.isEmpty else { return [] }
        steps += query.reduce(0) { $0 + $1.bytes.count }
        var scored: [(position: Int, score: Int)] = []
        for position in 0..<count {
            let plain = Array(PlainText.of(text(position)).lowercased().utf8)
            steps += plain.count
            var goalWords: Set<[Unicode.Scalar]>?
            var score = 0
            for (word, bytes) in query {
                if ByteSearch.contains(plain, bytes, steps: &steps) {
                    score += 3
                    continue
                }
                guard work < budget else { continue }
                if goalWords == nil { goalWords = comparableWords(plain) }
                for candidate in goalWords! where abs(candidate.count - word.count) <= Closeness.limit(word.count) {
                    if Closeness.isClose(word, candidate, work: &work) { score += 2; break }
                    if work >= budget { break }
                }
            }
            if score > 0 { scored.append((position, score)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }.prefix(limit).map(\.position)
    }

    /// The distinct words of a plain text that are short enough to compare by distance.
    private static func comparableWords(_ plain: [UInt8]) -> Set<[Unicode.Scalar]> {
        var result = Set<[Unicode.Scalar]>()
        for word in plain.split(whereSeparator: { $0 == ASCII.space || $0 == ASCII.tab }) where word.count <= 4 * Closeness.longestWord {
            let scalars = Array(String(decoding: word, as: UTF8.self).unicodeScalars)
            if scalars.count <= Closeness.longestWord { result.insert(scalars) }
        }
        return result
    }
}
