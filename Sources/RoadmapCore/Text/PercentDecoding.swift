/// `%XX` escapes, decoded over bytes: link targets in markdown and the journal's fields use them.
package enum PercentDecoding {
    /// The bytes with every `%XX` decoded. A `%` not followed by two hex digits is kept as it is
    /// when `strict` is false (a link may contain a bare `%`), and makes the result nil when true.
    package static func decode(_ bytes: ArraySlice<UInt8>, strict: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x25 {
                if i + 2 < bytes.endIndex, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                    out.append(high << 4 | low)
                    i += 3
                    continue
                }
                if strict { return nil }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case ASCII.zero...ASCII.nine: return b - ASCII.zero
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
