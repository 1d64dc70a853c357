/// Control characters made visible, for text shown to a person: a roadmap, an argument or a
/// variable may hold escape sequences (`ESC ] 0 ; title BEL`, `ESC c`, OSC 52 clipboard writes, the
/// one-byte CSI U+009B) that would drive the terminal they are printed on. Everything passes but
/// these: ESC becomes `\e`; the other C0 controls but tab and line feed, DEL and the C1 controls
/// U+0080–U+009F become `\xNN`; and so does each byte that is not well-formed UTF-8 (a lone 0x9B
/// is CSI to a terminal that reads 8-bit controls). A scalar of U+EF80–U+EFFF is a byte of a path
/// that is not UTF-8 (`PathBytes`), and is shown as that byte, `\xNN`, as the byte itself would be.
public enum VisibleControls {
    /// `p` appended to `out`, controls made visible. Runs that need nothing are copied whole.
    public static func append(_ p: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var i = 0, run = 0
        while i < p.count {
            // Eight printable ASCII bytes at a time: no high bit, none below 0x20, none 0x7F.
            if i + 8 <= p.count, let base = p.baseAddress {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
                let below = (w &- 0x2020_2020_2020_2020) & ~w & high
                let delete = ((w ^ (0x7F &* ones)) &- ones) & ~(w ^ (0x7F &* ones)) & high
                if w & high == 0 && below == 0 && delete == 0 { i += 8; continue }
            }
            let b = p[i]
            if b < 0x80 && (!b.isControlByte || b == ASCII.lf || b == ASCII.tab) { i += 1; continue }
            var length = 1
            if b >= 0x80 {
                length = UTF8Validation.sequenceLength(p, at: i)
                if length > 0 && !isC1Control(p, at: i) && !PathBytes.isMappedScalar(p, at: i) { i += length; continue }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
            if b == 0x1B {
                out += [ASCII.backslash, 0x65]
            } else if length == 3 {
                out += escape(PathBytes.mappedByte(p, at: i))
            } else {
                out += escape(length == 2 ? p[i + 1] : b)
            }
            i += max(length, 1)
            run = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count]))
    }

    /// `text` with its controls made visible.
    public static func escaped(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { append($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a C1 control (U+0080–U+009F) starts at `i` of UTF-8 bytes: `C2 80`–`C2 9F`, since
    /// `C2 xx` encodes U+00xx. The two-byte form of `Unicode.Scalar.isControlCharacter`, for
    /// scanners of bytes that do not decode (this one, `JSONWriter`).
    @inlinable package static func isC1Control(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        p[i] == 0xC2 && i + 1 < p.count && p[i + 1] >= 0x80 && Unicode.Scalar(p[i + 1]).isControlCharacter
    }

    /// `\xNN`, lowercase.
    private static func escape(_ b: UInt8) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        return [ASCII.backslash, 0x78, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
    }
}

extension Unicode.Scalar {
    /// A control character: C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F). The one rule
    /// for what may drive a terminal or break an output format; `VisibleControls` shows them (tab
    /// and line feed pass there, as callers decide for themselves here).
    @inlinable public var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}

extension UInt8 {
    /// This byte on its own is a control character: C0 or DEL, `Unicode.Scalar.isControlCharacter`
    /// for code that scans UTF-8 bytes without decoding them. A byte of 0x80 or above is never
    /// one alone: a C1 control is two bytes in UTF-8 (`VisibleControls.isC1Control`).
    @inlinable package var isControlByte: Bool { self < 0x80 && Unicode.Scalar(self).isControlCharacter }
}
