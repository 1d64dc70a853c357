import UTF8Bytes

/// UTF-8 well-formedness (Unicode Table 3-7), for writing file bytes into JSON without decoding.
package enum UTF8Validation {
    /// The length of the well-formed sequence starting at `i`, or 0 if it is not well formed.
    static func sequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
        bytes.withUnsafeBufferPointer { sequenceLength($0, at: i - bytes.startIndex) }
    }

    /// Whether the whole buffer is well-formed UTF-8; all-ASCII text is checked eight bytes a step.
    static func isWellFormed(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = p.count
        guard let base = p.baseAddress else { return true }
        while i < count {
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            if p[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(p, at: i)
            if length == 0 { return false }
            i += length
        }
        return true
    }

    /// `sequenceLength(_:at:)` over a buffer: `UTF8Scalar.length`, the one copy of Table 3-7.
    @inline(__always)
    package static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        UTF8Scalar.length(p, at: i)
    }
}
