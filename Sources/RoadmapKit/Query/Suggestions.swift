/// "Did you mean": goals whose words are closest to a query that matched nothing.
enum Suggestions {
    static func closest(to words: [String], in roadmap: Roadmap, among candidates: [Int], limit: Int = 3) -> [Int] {
        guard !words.isEmpty else { return [] }
        var scored: [(index: Int, score: Int)] = []
        for index in candidates {
            let goalWords = PlainText.words(roadmap.text(of: index)).map(String.init)
            var score = 0
            for word in words {
                if goalWords.contains(where: { $0.contains(word) }) {
                    score += 3
                } else if goalWords.contains(where: { isClose(word, $0) }) {
                    score += 2
                }
            }
            if score > 0 { scored.append((index, score)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            .prefix(limit).map(\.index)
    }

    /// Within an edit distance of about a quarter of the word's length (at least 1).
    static func isClose(_ a: String, _ b: String) -> Bool {
        let limit = max(1, a.count / 4)
        guard abs(a.count - b.count) <= limit else { return false }
        return distance(Array(a.unicodeScalars), Array(b.unicodeScalars)) <= limit
    }

    /// Edit distance where swapping two neighbouring characters costs one edit, as a typo does
    /// (optimal string alignment): `dokcer` is one edit from `docker`.
    static func distance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
