/// Writing a metric's cell. The rest of the table keeps its bytes. The cell keeps its width when
/// it was padded to line up and the value fits; otherwise it is written minimally, `| value |`.
/// A unit goes with numbers only: a bare number keeps the `%` of a cell that had one (`30%`, or
/// the blank `___%`), and a word (`n/a`) replaces the cell's text whole.
extension Tracking {
    /// The edit that writes `value` in `metric`'s cell of `column`; nil when the row has no such
    /// cell. A `|` in the value is escaped.
    public func edits(settingMetric metric: Metric, column: Int, to value: String) -> [TextEdit]? {
        guard let cell = tables[metric.table].cell(metric.row, column) else { return nil }
        let bytes = roadmap.bytes
        let value = cellText(writing: value, metric: metric, column: column)
        var escaped: [UInt8] = []
        for b in value.utf8 {
            if b == ASCII.pipe { escaped.append(ASCII.backslash) }
            escaped.append(b)
        }
        if bytes[cell.content].elementsEqual(escaped) { return [] }
        if cell.content.isEmpty {
            return [TextEdit(range: cell.interior, replacement: [ASCII.space] + escaped + [ASCII.space])]
        }
        let (content, edit) = Tracking.isBareNumber(value) || Blank.isBlank(bytes, cell.content) == false
            ? Filling.fill(cell.content, in: bytes, with: escaped)
            : (escaped, TextEdit(range: cell.content, replacement: escaped))
        let leading = cell.content.lowerBound - cell.interior.lowerBound
        let trailing = cell.interior.upperBound - cell.content.upperBound
        let oldWidth = Tracking.columns(bytes[cell.content])
        let newWidth = Tracking.columns(content[...])
        let padded = leading > 1 || trailing > 1
        if !padded {
            return [edit]
        }
        if newWidth + 1 <= oldWidth + trailing {
            let fill = [UInt8](repeating: ASCII.space, count: oldWidth + trailing - newWidth)
            return [TextEdit(range: Range(offsets: cell.content.lowerBound, cell.interior.upperBound), replacement: content + fill)]
        }
        return [TextEdit(range: cell.interior, replacement: [ASCII.space] + content + [ASCII.space])]
    }

    /// What writing `value` puts in the cell: a bare number gets the `%` of a filled percent
    /// cell (a blank `___%` keeps its own `%` around the number when filled).
    public func cellText(writing value: String, metric: Metric, column: Int) -> String {
        guard Tracking.isBareNumber(value), let cell = tables[metric.table].cell(metric.row, column),
              !Blank.isBlank(roadmap.bytes, cell.content), roadmap.bytes[cell.content].last == 0x25 else { return value }
        return value + "%"
    }

    /// `40`, `42.5`, `-3`: digits with at most one point, nothing else.
    static func isBareNumber(_ value: String) -> Bool {
        var digits = value.utf8[...]
        if digits.first == ASCII.minus { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { ASCII.isDigit($0) || $0 == ASCII.dot } && digits.filter { $0 == ASCII.dot }.count <= 1
            && digits.contains(where: ASCII.isDigit)
    }

    /// Columns a cell's text takes, counting each Unicode scalar as one.
    static func columns(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
