/// Text a person typed, to look for in many texts (headings, labels, column names), read once.
/// `String.contains` reads the whole needle again on every call (it builds a table from it), so a
/// `--in` of 10,000 characters against 20,000 headings took 40 s in a debug build (issue 22).
/// Compares Character by Character, as `String.contains` does (canonical equivalence: `é` finds
/// `e` and a combining accent; `e` does not find `é`, and `\n` is no part of `\r\n`), in time
/// linear in the text searched.
public struct TextNeedle: Sendable {
    let characters: [Character]

    /// A needle for `text`, its Characters read once here rather than on every search.
    public init(_ text: some StringProtocol) {
        characters = Array(text)
    }

    /// Whether the needle has no characters (it matches everywhere).
    public var isEmpty: Bool { characters.isEmpty }

    /// Whether `text` contains the needle (the empty needle is in every text).
    public func isFound(in text: some StringProtocol) -> Bool {
        var steps = 0
        return isFound(in: text, steps: &steps)
    }

    /// As `isFound(in:)`, adding to `steps` the Characters it reads.
    func isFound(in text: some StringProtocol, steps: inout Int) -> Bool {
        guard !characters.isEmpty else { return true }
        let haystack = Array(text)
        steps += haystack.count
        return ByteSearch.contains(haystack, characters, steps: &steps)
    }
}
