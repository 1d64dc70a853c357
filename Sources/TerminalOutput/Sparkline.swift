/// A series of numbers as one line of block characters, `▁▂▃▄▅▆▇█`, for trends in a terminal.
/// The scale runs from zero (or the lowest value, when one is negative) to the highest value, so a
/// small rise from a low start does not look like a leap. A missing value is `·`.
public enum Sparkline {
    /// The eight blocks, lowest first.
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, `·` for a missing one.
    public static func render(_ values: [Double?]) -> String {
        let known = values.compactMap { $0 }
        guard let high = known.max(), let lowest = known.min() else { return String(repeating: "·", count: values.count) }
        let low = min(0, lowest)
        return String(values.map { value -> Character in
            guard let value else { return "·" }
            guard high > low else { return levels[0] }
            let level = Int(((value - low) / (high - low) * Double(levels.count - 1)).rounded())
            return levels[min(levels.count - 1, max(0, level))]
        })
    }
}
