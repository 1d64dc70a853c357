/// Byte ranges and line spans stored in 32-bit integers, for the model's large arrays: files are
/// at most 2 GiB (`FileSystem.maximumFileSize`), and a 60 MB plan holds about 120,000 fields and
/// as many titles, which 64-bit positions made twice as large. (`Goal` packs its own the same way.)
struct CompactRange: Equatable, Sendable {
    private let lower: Int32
    private let upper: Int32

    init(_ range: Range<Int>) {
        lower = Int32(truncatingIfNeeded: range.lowerBound)
        upper = Int32(truncatingIfNeeded: range.upperBound)
    }

    var range: Range<Int> { Range(offsets: Int(lower), Int(upper)) }
}

struct CompactSpan: Equatable, Sendable {
    private let start: Int32
    private let contentEnd: Int32
    private let end: Int32

    init(_ span: LineSpan) {
        start = Int32(truncatingIfNeeded: span.start)
        contentEnd = Int32(truncatingIfNeeded: span.contentEnd)
        end = Int32(truncatingIfNeeded: span.end)
    }

    var span: LineSpan { LineSpan(start: Int(start), contentEnd: Int(contentEnd), end: Int(end)) }
}

/// A value per section or goal that most files do not have (a horizon, a due date): kept as an
/// empty array when every value is nil, so a file without any costs no allocation. A notes tree
/// of 20,000 files held four such arrays of nils per file (issue 28).
package struct NilsOmitted<Value: Sendable>: RandomAccessCollection, Sendable {
    private let values: [Value?]
    /// How many values there are, nil ones included.
    package let count: Int

    package init(_ values: [Value?]) {
        count = values.count
        self.values = values.contains { $0 != nil } ? values : []
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    package subscript(index: Int) -> Value? {
        precondition(index >= 0 && index < count, "index out of range")
        return values.isEmpty ? nil : values[index]
    }
}
