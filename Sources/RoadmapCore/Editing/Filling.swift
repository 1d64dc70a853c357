/// Writing a value where a blank or an old value was. A blank with one token keeps what is
/// around the token: `___%` filled with `75` reads `75%`, `____ / 30` with `24` reads `24 / 30`,
/// `$____` with `5000` reads `$5000`. When the new value brings that decoration itself (`75%`),
/// or the blank has several tokens (`$____ - $____`), or the value is not blank, the whole value
/// is replaced.
enum Filling {
    /// The bytes `range` will hold, and the edit that writes them.
    static func fill(_ range: Range<Int>, in bytes: [UInt8], with value: [UInt8]) -> (content: [UInt8], edit: TextEdit) {
        if Blank.isBlank(bytes, range) {
            let tokens = Blank.tokens(in: bytes, range)
            if tokens.count == 1 {
                let token = tokens[0]
                let around = bytes[range.lowerBound..<token.lowerBound] + bytes[token.upperBound..<range.upperBound]
                let marks = around.filter { !ASCII.isSpaceOrTab($0) && $0 != ASCII.star && $0 != ASCII.underscore }
                if !marks.contains(where: value.contains) {
                    let content = Array(bytes[range.lowerBound..<token.lowerBound]) + value + Array(bytes[token.upperBound..<range.upperBound])
                    return (content, TextEdit(range: token, replacement: value))
                }
            }
        }
        return (value, TextEdit(range: range, replacement: value))
    }
}

extension Tracking {
    /// The edit that writes `value` as a field's value. The label, its markup, anything after the
    /// value (a hard break, a second field) and the line ending stay as they are.
    public func edits(settingField index: Int, to value: String) -> [TextEdit] {
        let field = fields[index]
        let bytes = Array(value.utf8)
        guard roadmap.bytes[field.valueRange].elementsEqual(bytes) == false else { return [] }
        return [Filling.fill(field.valueRange, in: roadmap.bytes, with: bytes).edit]
    }

    /// Adds a `**Label:** value` line for a field the roadmap does not have (the start date):
    /// below the title heading, else at the top (after a byte-order mark).
    public func edits(addingField label: String, value: String) -> [TextEdit] {
        let bytes = roadmap.bytes
        let ending = LineEnding.first(in: roadmap.bytes).bytes
        let line = Array("**\(label):** \(value)".utf8)
        guard let title = roadmap.sections.dropFirst().first(where: { $0.level == 1 }) else {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return [TextEdit(range: start..<start, replacement: line + ending + ending)]
        }
        var span = LineSpan.containing(title.titleRange.lowerBound, in: bytes)
        if let next = nextLine(after: span), isSetextUnderline(next) { span = next }
        guard span.end > span.contentEnd else {
            return [TextEdit(range: span.end..<span.end, replacement: ending + ending + line)]
        }
        if let next = nextLine(after: span), next.start == next.contentEnd || bytes[next.content].allSatisfy(ASCII.isSpaceOrTab) {
            return [TextEdit(range: next.end..<next.end, replacement: line + ending + ending)]
        }
        return [TextEdit(range: span.end..<span.end, replacement: line + ending + ending)]
    }

    /// The line ending the file uses first (LF when it has none).
    var firstLineEnding: LineEnding { roadmap.firstLineEnding }

    func nextLine(after span: LineSpan) -> LineSpan? {
        guard span.end < roadmap.bytes.count else { return nil }
        return roadmap.bytes.withUnsafeBufferPointer { LineSpan.at(span.end, in: $0) }
    }

    private func isSetextUnderline(_ span: LineSpan) -> Bool {
        let text = BoldLabel.trimmed(span.content, in: roadmap.bytes)
        return !text.isEmpty && roadmap.bytes[text].allSatisfy { $0 == ASCII.equals }
    }
}
