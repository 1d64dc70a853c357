/// Whether a heading, its first paragraph, or a linking goal says the work runs alongside its
/// neighbours: `in parallel`, `parallel track`, `∥`, or a track letter (`Track A`, `track b`).
/// `Tracks A and B` (which is how a topic that waits for the tracks names them) does not count.
enum ParallelMarker {
    static func isMarked(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains("in parallel") || lower.contains("parallel track") || lower.contains("∥") { return true }
        let scalars = Array(lower.unicodeScalars)
        let word = Array("track ".unicodeScalars)
        var i = 0
        while i + word.count < scalars.count {
            if scalars[i] == "t" && scalars[i..<(i + word.count)].elementsEqual(word) {
                let before = i == 0 ? " " : scalars[i - 1]
                let letter = scalars[i + word.count]
                let after = i + word.count + 1 < scalars.count ? scalars[i + word.count + 1] : " "
                if !before.properties.isAlphabetic && letter.properties.isAlphabetic && !after.properties.isAlphabetic {
                    return true
                }
            }
            i += 1
        }
        return false
    }
}
