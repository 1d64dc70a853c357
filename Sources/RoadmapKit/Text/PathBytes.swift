/// A file's name is bytes; a Swift `String` is Unicode, and `String(decoding:as:)` (what
/// `CommandLine.arguments` and `String(cString:)` do) replaces each byte that is not UTF-8 with
/// U+FFFD, so `-f $'a\377\376b.md'` named a file that does not exist. Paths therefore go from
/// bytes to `String` and back through this mapping, which loses nothing (MirBSD's OPTU-8):
///
/// - well-formed UTF-8 is the text it spells, but for U+EF80–U+EFFF;
/// - a byte that is not part of well-formed UTF-8 (always 0x80 or more) is the private-use scalar
///   U+EF00 + byte (0xFF is U+EFFF);
/// - U+EF80–U+EFFF spelled in UTF-8 (`EE BE 80` … `EE BF BF`) is taken byte by byte like that,
///   three scalars, so that a scalar of that range always stands for one byte.
///
/// `bytes(string(b)) == b` for every byte string `b`; and since `bytes` works scalar by scalar, a
/// path cut into a folder and a name and joined again keeps its bytes too. Text that is UTF-8
/// without that range, which is nearly every path, decodes to the string it always did.
public enum PathBytes {
    /// The string that stands for `bytes`.
    public static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let plain = bytes.withContiguousStorageIfAvailable({ string(plain: $0) }), let plain { return plain }
        return Array(bytes).withUnsafeBufferPointer { string(plain: $0) ?? string(mapping: $0) }
    }

    /// The string for a C string (an argument, a variable, a name the C library returns).
    public static func string(cString: UnsafePointer<CChar>) -> String {
        var count = 0
        while cString[count] != 0 { count += 1 }
        return cString.withMemoryRebound(to: UInt8.self, capacity: count) { string(UnsafeBufferPointer(start: $0, count: count)) }
    }

    /// The bytes `path` stands for.
    public static func bytes(_ path: String) -> [UInt8] {
        var path = path
        return path.withUTF8 { p in
            guard hasMappedScalar(p) else { return Array(p) }
            var out: [UInt8] = []
            out.reserveCapacity(p.count)
            var i = 0
            while i < p.count {
                if isMappedScalar(p, at: i) {
                    out.append(mappedByte(p, at: i))
                    i += 3
                } else {
                    out.append(p[i])
                    i += 1
                }
            }
            return out
        }
    }

    /// `string` as text rather than a path: each byte that is not UTF-8 is U+FFFD, as
    /// `String(decoding:as:)` makes it (a goal's text from the command line, say).
    public static func text(_ string: String) -> String {
        String(decoding: bytes(string), as: UTF8.self)
    }

    /// The string, when the bytes are UTF-8 with nothing to map (the usual case: one pass).
    private static func string(plain p: UnsafeBufferPointer<UInt8>) -> String? {
        guard UTF8Validation.isWellFormed(p), !hasMappedScalar(p) else { return nil }
        return String(decoding: p, as: UTF8.self)
    }

    /// The byte a mapped scalar at `i` stands for.
    static func mappedByte(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt8 {
        0x80 | (p[i + 1] & 0x01) << 6 | (p[i + 2] & 0x3F)
    }

    private static func string(mapping p: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(p.count * 3)
        var i = 0
        while i < p.count {
            let length = p[i] < 0x80 ? 1 : UTF8Validation.sequenceLength(p, at: i)
            // A stray byte: one scalar; U+EF80–U+EFFF in UTF-8: each of its three bytes.
            let mapped = length == 0 ? 1 : isMappedScalar(p, at: i) ? 3 : 0
            if mapped == 0 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + length)]))
                i += length
                continue
            }
            for b in p[i..<(i + mapped)] { out += [0xEE, 0xBC + (b >> 6), 0x80 | (b & 0x3F)] }  // U+EF00 + b
            i += mapped
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether well-formed UTF-8 at `i` spells a scalar of U+EF80–U+EFFF (`EE BE xx`, `EE BF xx`).
    static func isMappedScalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        p[i] == 0xEE && i + 2 < p.count && (p[i + 1] == 0xBE || p[i + 1] == 0xBF) && p[i + 2] & 0xC0 == 0x80
    }

    private static func hasMappedScalar(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress, p.count >= 3 else { return false }
        var i = 0
        while i + 2 < p.count {
            guard let found = findByte(base + i, 0xEE, p.count - 2 - i) else { return false }
            i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if isMappedScalar(p, at: i) { return true }
            i += 1
        }
        return false
    }
}
