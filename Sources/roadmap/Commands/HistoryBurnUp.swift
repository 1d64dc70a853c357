import RoadmapKit

/// The burn-up chart: done goals as a filled area (block characters, eight levels a row) under
/// the total as a dotted line, time from left to right over the chart's width.
enum HistoryBurnUp {
    static let rows = 8
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func render(_ points: [History.Point], width: Int, style: Style) -> [String] {
        guard let first = points.first, let last = points.last else { return [] }
        let top = max(1, points.map(\.total).max() ?? 1)
        let label = String(top).count
        let columns = max(10, width - label - 4)
        let samples = sample(points, from: first.date, to: last.date, columns: columns)
        var lines: [String] = []
        for row in (0..<rows).reversed() {
            var text = ""
            for point in samples {
                let done = level(point.done, top) - row * 8
                let total = level(point.total, top) - row * 8
                if done >= 8 {
                    text += style.green("█")
                } else if done > 0 {
                    text += style.green(String(levels[done - 1]))
                } else if total > 0 && total <= 8 {
                    text += style.dim("·")
                } else {
                    text += " "
                }
            }
            let axis = row == rows - 1 ? Columns.padLeft(String(top), to: label) + " ┤" : row == 0 ? Columns.padLeft("0", to: label) + " ┤" : String(repeating: " ", count: label) + " │"
            lines.append("  " + axis + text)
        }
        let start = first.date.description, end = last.date.description
        let gap = max(1, samples.count - start.count - end.count)
        lines.append("  " + String(repeating: " ", count: label + 2) + style.dim(start + (samples.count > start.count + end.count ? String(repeating: " ", count: gap) + end : "")))
        return lines
    }

    /// One line per section: each column the share done (of that section's total then).
    static func sections(_ series: [History.SectionSeries], from: CivilDate, to: CivilDate, width: Int, style: Style) -> [String] {
        let nameWidth = min(28, (series.map { Columns.width($0.name.isEmpty ? "(top)" : $0.name) }.max() ?? 0) + 2)
        let columns = max(10, width - nameWidth - 14)
        return series.map { section in
            let samples = sample(section.points, from: from, to: to, columns: columns)
            let strip = samples.map { point -> String in
                guard point.total > 0 else { return " " }
                let level = Int((Double(point.done) / Double(point.total) * 8).rounded())
                return level == 0 ? style.dim("·") : style.green(String(levels[level - 1]))
            }.joined()
            let name = Columns.pad(Columns.truncate(section.name.isEmpty ? "(top)" : section.name, to: nameWidth - 2), to: nameWidth)
            let now = section.points.last.map { "\($0.done)/\($0.total)" } ?? "–"
            return "  " + name + strip + "  " + now
        }
    }

    /// A point per column: the last one on or before the column's last day (an empty point
    /// before the first).
    static func sample(_ points: [History.Point], from: CivilDate, to: CivilDate, columns: Int) -> [History.Point] {
        let span = max(0, from.days(until: to))
        let count = max(1, min(columns, span + 1))
        var result: [History.Point] = []
        var k = 0
        var current = History.Point(date: from, done: 0, total: 0)
        for column in 0..<count {
            let end = from.adding(days: count == 1 ? span : span * column / (count - 1))
            while k < points.count && points[k].date <= end {
                current = points[k]
                k += 1
            }
            result.append(current)
        }
        return result
    }

    private static func level(_ value: Int, _ top: Int) -> Int {
        Int((Double(value) / Double(top) * Double(rows * 8)).rounded())
    }
}
