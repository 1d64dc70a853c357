/// The words of a goal query, each read once, so that looking for them in a goal costs that
/// goal's text and not the words again. Issue 22: one word of 10,000 characters against 20,000
/// goals took 15.5 s because every goal converted and scanned the whole word anew.
struct QueryWords {
    struct Word {
        /// Its UTF-8, searched in a goal's plain text byte for byte (an ASCII word).
        let bytes: [UInt8]
        /// A word beyond ASCII: its Characters, which compare by canonical equivalence, so `é`
        /// typed as one scalar finds it written as `e` and a combining accent, and the other way
        /// round.
        let characters: [Character]?
    }

    let words: [Word]
    /// Every byte or Character the words and the searches read: the words once, then each text
    /// searched. Tests hold it to the size of the texts.
    private(set) var steps = 0

    init(_ words: [String]) {
        var seen = Set<String>()
        self.words = words.filter { seen.insert($0).inserted }.map { word in
            let bytes = Array(word.utf8)
            return Word(bytes: bytes, characters: bytes.allSatisfy { $0 < 0x80 } ? nil : Array(word))
        }
        steps = self.words.reduce(0) { $0 + $1.bytes.count }
    }

    /// Whether `text` (a goal's plain text, lowercased) contains every word.
    mutating func allFound(in text: String) -> Bool {
        let bytes = Array(text.utf8)
        steps += bytes.count
        var characters: [Character]?
        for word in words {
            if let needle = word.characters {
                if characters == nil {
                    characters = Array(text)
                    steps += bytes.count
                }
                guard ByteSearch.contains(characters!, needle, steps: &steps) else { return false }
            } else {
                guard ByteSearch.contains(bytes, word.bytes, steps: &steps) else { return false }
            }
        }
        return true
    }
}
