/// Eight bytes of text as one word, to skip runs of bytes that need no attention at once (the
/// JSON writer and reader, the LSP position mapper). The tests are the classic ones ("determine
/// if a word has a byte less than n", Anderson's Bit Twiddling Hacks): in the result the high bit
/// of a byte's lane is set when that byte is flagged; a borrow can set lanes above a flagged byte
/// too, never below one, so the lowest set bit is exactly the first flagged byte
/// (`trailingZeroBitCount >> 3` is its index), and a zero result means none is.
public enum ByteWords {
    /// 0x01 in every lane.
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// 0x80 in every lane: the bits a test sets, and the bytes from 0x80 (not ASCII).
    @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The eight bytes from `p`, the first in the lowest lane.
    @inlinable
    @inline(__always)
    public static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// Lanes whose byte is `byte`.
    @inlinable
    @inline(__always)
    public static func equal(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Lanes whose byte is under `limit` (at most 0x80).
    @inlinable
    @inline(__always)
    public static func less(_ w: UInt64, than limit: UInt8) -> UInt64 {
        (w &- ones &* UInt64(limit)) & ~w & highs
    }

    /// Lanes a JSON string must escape: `"`, `\` and the controls under 0x20.
    @inlinable
    @inline(__always)
    public static func needingEscape(_ w: UInt64) -> UInt64 {
        less(w, than: 0x20) | equal(w, 0x22) | equal(w, 0x5C)
    }
}
