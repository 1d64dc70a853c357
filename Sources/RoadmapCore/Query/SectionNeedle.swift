/// What `--in SECTION` names, the one reading every command shares: the text between `>`s as
/// pieces (plain words, lowercased, trimmed, empty ones dropped). A heading is named when its own
/// title contains the last piece and the titles above it contain the others, in order; a goal is
/// within the section when a heading on its path is named. A plan's paths run across files (the
/// linking goal's text stands as a heading for the file it links: `Plan.path(ofFile:section:)`).
public struct SectionNeedle: Sendable {
    /// The pieces, root first: `Phases > Work` is `["phases", "work"]`.
    public let pieces: [String]
    private let needles: [TextNeedle]

    /// The needle `text` spells, or nil when it has no piece (`""`, `" > "`).
    public init?(_ text: String) {
        pieces = PlainText.of(text).lowercased().split(whereSeparator: { $0 == ">" || $0 == "›" }).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return nil }
        needles = pieces.map(TextNeedle.init)
    }

    /// Whether the heading whose path is `titles` (root first, its own title last) is named.
    public func names(_ titles: [String]) -> Bool {
        guard let own = titles.last else { return false }
        return needles[needles.count - 1].isFound(in: PlainText.of(own).lowercased())
            && Self.path(Self.plain(titles.dropLast())[...], holds: needles.dropLast())
    }

    /// Whether a goal under the heading whose path is `titles` is within the section: some
    /// heading on the path is named (the pieces found in order anywhere along it).
    public func isWithin(_ titles: [String]) -> Bool {
        Self.path(Self.plain(titles)[...], holds: needles[...])
    }

    /// Whether the heading's own title (the last of `titles`) is exactly the last piece, which
    /// wins over titles that only contain it when one place is meant.
    public func isExact(_ titles: [String]) -> Bool {
        guard let own = titles.last else { return false }
        return PlainText.of(own).lowercased().trimmingSpaces == pieces[pieces.count - 1]
    }

    private static func plain(_ titles: some Sequence<String>) -> [String] {
        titles.map { PlainText.of($0).lowercased() }
    }

    /// Whether `titles` contain the needles in order, each in a later title than the one before.
    private static func path(_ titles: ArraySlice<String>, holds needles: ArraySlice<TextNeedle>) -> Bool {
        var t = titles.endIndex - 1
        for needle in needles.reversed() {
            while t >= titles.startIndex && !needle.isFound(in: titles[t]) { t -= 1 }
            if t < titles.startIndex { return false }
            t -= 1
        }
        return true
    }
}
