/// What a journal entry records of a whole file, to tell later whether the file is still exactly
/// those bytes: `xxh64:` and 16 hex digits. Entries written before 0.2 hold 64 hex digits of
/// SHA-256; they are still read, so `undo` keeps working across the upgrade.
package enum ContentHash {
    package static func of(_ bytes: [UInt8]) -> String {
        prefix + hex(XXH64.hash(bytes))
    }

    /// The hash of the edited bytes, taken piece by piece.
    package static func of(_ bytes: EditedBytes) -> String {
        prefix + hex(bytes.hash)
    }

    /// Whether `bytes` are what `recorded` (a hash from any journal version) describes.
    package static func matches(_ bytes: [UInt8], _ recorded: String) -> Bool {
        if recorded.hasPrefix(prefix) { return recorded == of(bytes) }
        if recorded.utf8.count == 64 { return recorded == SHA256.hex(bytes) }
        return false
    }

    private static let prefix = "xxh64:"

    private static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((value >> UInt64(shift)) & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
