/// Well-formed UTF-8 (Unicode 15, Table 3-7) over raw bytes: the one copy of the rule, below both
/// the roadmap core (which writes file bytes into JSON and shows them on a terminal without
/// decoding them) and the JSON reader (RFC 8259 §8.1: JSON text is UTF-8), and used by the LSP
/// position mapper (which counts code units of a buffer that may hold invalid bytes).
public enum UTF8Scalar {
    /// The length of the well-formed sequence starting at `i` (1 to 4), or 0 when the bytes there
    /// are not one: a stray continuation byte, an overlong form, a surrogate (`ED A0`…), a value
    /// over U+10FFFF, or a sequence cut short by the end of the buffer.
    @inlinable
    public static func length(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < p.count && p[i + k] >= low && p[i + k] <= high
        }
        switch b0 {
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

    /// Appends `scalar` (at most U+10FFFF, not a surrogate) as UTF-8.
    public static func append(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            bytes.append(UInt8(scalar))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
