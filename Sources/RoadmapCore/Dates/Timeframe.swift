/// Next steps written by when: `1. **Today**: open an account`, `**This Week**: …`,
/// `**This Month**`, `**This Quarter**`, `**This Year**`. Read only as the label a goal's text
/// starts with, counted from the plan's start (its first day, week, month…): in running text
/// "this month" says nothing about which month.
package enum Timeframe {
    private static let labels: [(String, Horizon)] = [
        ("today", Horizon(.day, 0)), ("this week", Horizon(.week, 1)), ("this month", Horizon(.month, 1)),
        ("this quarter", Horizon(.quarter, 1)), ("this year", Horizon(.year, 1)),
    ]

    /// The horizon a label names (`This Week`), case and emphasis ignored.
    package static func horizon(label: String) -> Horizon? {
        let plain = PlainText.of(label).lowercased().trimmingSpaces
        return labels.first { $0.0 == plain }?.1
    }

    /// The horizon of a timeframe label that starts `range` and ends with a colon (inside or
    /// after the emphasis: `**Today**:`, `**Today:**`, `Today:`).
    static func leading(in bytes: [UInt8], _ range: Range<Int>) -> Horizon? {
        var i = range.lowerBound
        while i < range.upperBound && (bytes[i] == ASCII.star || bytes[i] == ASCII.underscore) { i += 1 }
        // Every label begins with a `t`, which its plain text keeps: the schedule asks this of
        // every goal, and a goal with a colon near its start cost a String and a plain-text
        // reading (issue 28: 20M instructions on L's 100,000 goals).
        guard i < range.upperBound, bytes[i] | 0x20 == 0x74 else { return nil }
        return label(in: bytes, range)
    }

    /// The general reading of `leading`, without its first-letter check (its tests compare the two).
    static func label(in bytes: [UInt8], _ range: Range<Int>) -> Horizon? {
        var i = range.lowerBound
        while i < range.upperBound && (bytes[i] == ASCII.star || bytes[i] == ASCII.underscore) { i += 1 }
        guard i < range.upperBound, ASCII.isLetter(bytes[i]),
              let colon = bytes[i..<min(range.upperBound, i + 16)].firstIndex(of: ASCII.colon) else { return nil }
        return horizon(label: String(decoding: bytes[i..<colon], as: UTF8.self))
    }
}
