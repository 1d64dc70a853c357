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
