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

    /// `sequenceLength(_:at:)` over a buffer.
    package static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = p[i]
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < p.count && p[i + k] >= low && p[i + k] <= high
        }
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
