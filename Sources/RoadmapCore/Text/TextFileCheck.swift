/// Files roadmap refuses to read as markdown, before parsing: a binary file (git's rule, a NUL
/// byte in the first 8,000 bytes), which a tick would corrupt (the roadmap binary itself embeds
/// the templates, goals and all); and a UTF-16 or UTF-32 file, whose goals the byte scanner cannot
/// see, so it would show 0 goals instead of saying why. Every load calls it.
public enum TextFileCheck {
    /// Why `bytes` cannot be read as a roadmap, as the message that follows `PATH: `; nil when
    /// they can. `path` is the file as the person named it, for the conversion command.
    public static func problem(_ bytes: [UInt8], path: String) -> String? {
        if let encoding = wideEncoding(bytes) {
            let mark = bytes.prefix(encoding.hasPrefix("UTF-32") ? 4 : 2).map { hex($0) }.joined(separator: " ")
            let file = shellQuoted(path)
            return "is \(encoding) (it starts with the byte order mark \(mark)), which roadmap does not read; "
                + "convert it to UTF-8 with: iconv -f \(encoding.prefix(6)) -t UTF-8 \(file) > \(shellQuoted(path + ".utf8"))"
        }
        // A vector search (`findByte`): `firstIndex(of:)` went a byte at a time, 3% of a
        // 20,000-note tree's `status` (issue 28).
        let nul = bytes.withUnsafeBytes { raw in
            raw.baseAddress.flatMap { base in findByte(0, in: base, count: min(raw.count, 8_000)).map { $0 - base } }
        }
        if let nul {
            return "looks like a binary file (NUL byte at offset \(nul)); not changed"
        }
        return nil
    }

    private static func wideEncoding(_ b: [UInt8]) -> String? {
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
        if b.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if b.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        return nil
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    /// `path` as a shell word: as it is when it is plain, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let plain = !path.isEmpty && path.utf8.allSatisfy { ASCII.isLetter($0) || ASCII.isDigit($0) || "._/-+,=:@".utf8.contains($0) }
        guard !plain else { return path }
        var quoted = "'"
        for c in path { quoted += c == "'" ? #"'\''"# : String(c) }
        return quoted + "'"
    }
}
