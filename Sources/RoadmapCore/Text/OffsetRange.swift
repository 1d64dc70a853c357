/// The one way a range is made from offsets read out of a file (a goal's stored positions, a
/// field's, a table cell's, a field found by scanning backwards). Such offsets come from parsers
/// that can be wrong on inputs nobody thought of, and `lower..<upper` with `upper < lower` stops
/// the program. Here an inverted pair is a bug that the debug build and the fuzzer
/// (`-D ROADMAP_FUZZING`) stop at, with both offsets; the product carries on with an empty range
/// at `lower`, so a bad offset costs a wrong answer, never a crash.
extension Range where Bound == Int {
    @inline(__always)
    package init(offsets lower: Int, _ upper: Int) {
        if lower <= upper {
            self = lower..<upper
        } else {
            Self.inverted(lower, upper)
            self = lower..<lower
        }
    }

    @inline(never)
    private static func inverted(_ lower: Int, _ upper: Int) {
        #if ROADMAP_FUZZING
        fatalError("range built from offsets \(lower)..<\(upper): upper bound before lower")
        #else
        assertionFailure("range built from offsets \(lower)..<\(upper): upper bound before lower")
        #endif
    }
}
