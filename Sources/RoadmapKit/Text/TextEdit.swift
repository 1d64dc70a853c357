/// One change to a file: replace the bytes in `range` with `replacement`.
///
/// Every mutation in RoadmapKit is expressed as edits; nothing is ever re-printed from the model,
/// so bytes the model does not understand survive untouched.
public struct TextEdit: Equatable, Sendable {
    public var range: Range<Int>
    public var replacement: [UInt8]

    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    public init(range: Range<Int>, replacement: String) {
        self.init(range: range, replacement: Array(replacement.utf8))
    }
}

extension Array where Element == TextEdit {
    /// Applies the edits to `bytes`. Edits must not overlap; they are applied from the end so that
    /// earlier offsets stay valid.
    /// Whether applying the edits to `bytes` would change nothing: each replaces bytes with the
    /// same bytes. Checked in place, without building the result (a copy of a 60 MB file).
    public func changeNothing(in bytes: [UInt8]) -> Bool {
        allSatisfy { edit in
            edit.range.upperBound <= bytes.count && bytes[edit.range].elementsEqual(edit.replacement)
        }
    }

    public func applied(to bytes: [UInt8]) -> [UInt8] {
        let ordered = sorted { $0.range.lowerBound > $1.range.lowerBound }
        var result = bytes
        var previousStart = Int.max
        for edit in ordered {
            precondition(edit.range.upperBound <= previousStart, "overlapping text edits")
            result.replaceSubrange(edit.range, with: edit.replacement)
            previousStart = edit.range.lowerBound
        }
        return result
    }
}
