/// One change to a file: replace the bytes in `range` with `replacement`.
///
/// Every mutation in RoadmapKit is expressed as edits; nothing is ever re-printed from the model,
/// so bytes the model does not understand survive untouched.
public struct TextEdit: Equatable, Sendable {
    /// The byte range replaced.
    public var range: Range<Int>
    /// The bytes written in its place.
    public var replacement: [UInt8]

    /// Replaces `range` with `replacement`.
    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    /// Replaces `range` with the UTF-8 of `replacement`.
    public init(range: Range<Int>, replacement: String) {
        self.init(range: range, replacement: Array(replacement.utf8))
    }
}

extension Array where Element == TextEdit {
    /// Whether applying the edits to `bytes` would change nothing: each replaces bytes with the
    /// same bytes. Checked in place, without building the result (a copy of a 60 MB file).
    public func changeNothing(in bytes: [UInt8]) -> Bool {
        allSatisfy { edit in
            edit.range.upperBound <= bytes.count && bytes[edit.range].elementsEqual(edit.replacement)
        }
    }

    /// Applies the edits to `bytes`, in one pass. Edits must not overlap.
    public func applied(to bytes: [UInt8]) -> [UInt8] {
        EditedBytes(bytes, self).bytes
    }
}
