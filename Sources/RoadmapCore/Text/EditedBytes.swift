/// Bytes with edits applied, kept as the original and the edits: a file is written and hashed
/// piece by piece (the unchanged runs of the original and the replacements between them), so
/// ticking one goal in a 60 MB file does not build a second 60 MB copy.
public struct EditedBytes: Sendable {
    /// The bytes before the edits.
    public let original: [UInt8]
    /// Sorted by position; they do not overlap.
    public let edits: [TextEdit]

    /// Edits must not overlap (a programming error). Of several edits at one position, the later
    /// one's bytes come first, as when edits are applied one by one from the end of the file; an
    /// insertion at the start of a replaced range goes before it (it overlaps nothing): the
    /// inverse of `cancel` on a done goal is such a pair (put ` ✅ date` back at the place where
    /// ` ❌ date` is taken out), which undo and redo apply.
    public init(_ original: [UInt8], _ edits: [TextEdit]) {
        let sorted = edits.enumerated().sorted { a, b in
            let (x, y) = (a.element.range, b.element.range)
            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
            if x.isEmpty != y.isEmpty { return x.isEmpty }
            return a.offset > b.offset
        }.map(\.element)
        for (a, b) in zip(sorted, sorted.dropFirst()) { precondition(a.range.upperBound <= b.range.lowerBound, "overlapping text edits") }
        precondition(sorted.last.map { $0.range.upperBound <= original.count } ?? true, "text edit past the end")
        self.original = original
        self.edits = sorted
    }

    /// The length after the edits.
    public var count: Int {
        edits.reduce(original.count) { $0 - $1.range.count + $1.replacement.count }
    }

    /// Calls `body` with each non-empty piece, in order.
    package func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Void) {
        original.withUnsafeBytes { whole in
            var start = 0
            for edit in edits {
                if edit.range.lowerBound > start { body(UnsafeRawBufferPointer(rebasing: whole[start..<edit.range.lowerBound])) }
                if !edit.replacement.isEmpty { edit.replacement.withUnsafeBytes(body) }
                start = edit.range.upperBound
            }
            if start < whole.count { body(UnsafeRawBufferPointer(rebasing: whole[start...])) }
        }
    }

    /// The edited bytes, built whole.
    public var bytes: [UInt8] {
        if edits.isEmpty { return original }
        var result: [UInt8] = []
        result.reserveCapacity(count)
        forEachPiece { result.append(contentsOf: $0) }
        return result
    }

    /// The XXH64 of the bytes after the edits, computed without joining them.
    public var hash: UInt64 {
        var hasher = XXH64()
        forEachPiece { hasher.update($0) }
        return hasher.finalize()
    }
}
