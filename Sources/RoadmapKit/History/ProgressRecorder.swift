/// Counts and time spent through a file's history (issue 27): each goal's `(N/M)` recorded
/// whenever it differs from the last one recorded for that goal, as `MetricRecorder` does for
/// metric cells, and each goal's `⏱` compared with what it was, the difference put on the day of
/// the commit that made it. The file keeps no date per time spent; the commit is the nearest one.
struct ProgressRecorder {
    /// The day of the version being read.
    var day = CivilDate(daysSinceEpoch: 0)
    /// Whether a change of time is put on `day`: not at a baseline, whose past git no longer has.
    var attributes = true

    private var countNames: [String] = []
    private var countTargets: [Int] = []
    private var countValues: [[History.MetricSeries.Value]] = []
    private var countOf: [Int32: Int] = [:]
    private var spentOf: [Int32: Int] = [:]
    private var spentOn: [CivilDate: Int] = [:]

    /// Every count over time, in the order the goals first had one; each target the last one read.
    var counts: [History.MetricSeries] {
        countNames.indices.map { History.MetricSeries(name: countNames[$0], target: Double(countTargets[$0]), values: countValues[$0]) }
    }

    /// Minutes added (or taken back) per day, oldest first, days without a change left out.
    var spent: [History.TimeSpent] {
        spentOn.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { History.TimeSpent(date: $0.key, minutes: $0.value) }
    }

    /// Reads the goal `identity` whose text is `text` of `bytes` (`key`: its file's, nil for the root).
    mutating func read(_ identity: Int32, _ bytes: [UInt8], text: Range<Int>, key: String?) {
        guard ProgressRecorder.mayHoldProgress(bytes, text) else { return }
        let progress = GoalProgress(bytes, text: text)
        if let count = progress.count {
            let label = PlainText.of(bytes, text.lowerBound..<max(text.lowerBound, progress.descriptionEnd))
            let name = key.map { "\($0) > \(label)" } ?? label
            let value = History.MetricSeries.Value(date: day, value: Double(count.done))
            if let at = countOf[identity] {
                (countNames[at], countTargets[at]) = (name, count.target)
                if countValues[at].last?.value != value.value { countValues[at].append(value) }
            } else {
                countOf[identity] = countNames.count
                countNames.append(name)
                countTargets.append(count.target)
                countValues.append([value])
            }
        }
        if let minutes = progress.spentMinutes {
            let change = minutes - (spentOf[identity] ?? 0)
            if attributes && change != 0 { spentOn[day, default: 0] += change }
            spentOf[identity] = minutes
        }
    }

    /// Whether a goal's text can hold a count or a time: a `/`, a `::` or a `⏱` (U+23F1) in it,
    /// so the many goals with neither cost one byte scan.
    static func mayHoldProgress(_ bytes: [UInt8], _ text: Range<Int>) -> Bool {
        var i = text.lowerBound
        while i < text.upperBound {
            let b = bytes[i]
            if b == ASCII.slash { return true }
            if b == 0x3A && i + 1 < text.upperBound && bytes[i + 1] == 0x3A { return true }
            if b == 0xE2 && i + 2 < text.upperBound && bytes[i + 1] == 0x8F && bytes[i + 2] == 0xB1 { return true }
            i += 1
        }
        return false
    }
}
