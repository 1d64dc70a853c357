/// Mojibake: UTF-8 text that was once decoded as Windows-1252 (or Mac Roman) and saved again, so
/// `🎯` (F0 9F 8E AF) reads `ðŸŽ¯`, or `üéØ` from a Mac. Each character of such text stands for
/// one byte of the original; mapping the characters back to those bytes gives the original.
///
/// A repair is made only where the text could not have been meant: inside a run of non-ASCII
/// characters that the encoding can all produce, a sequence whose bytes form well-formed UTF-8
/// of a kind real text does not spell by accident (an emoji, a symbol, a letter written `Ã©`).
/// `café`, `„Fuß“` and `—` stay. Windows-1252 leaves five bytes undefined and many tools drop
/// them; of those losses only the two that are certain are restored (the zero-width joiner
/// between two emoji, and the variation selector after one); other pieces stay as they are.
public enum Mojibake {
    /// The repaired UTF-8 of `utf8`, or nil when there is nothing to repair (or it is not UTF-8).
    public static func repaired(_ utf8: [UInt8]) -> [UInt8]? {
        repair(utf8)?.bytes
    }

    /// The first repaired piece, as written and as meant (`ðŸŽ¯`, `🎯`), for messages.
    public static func firstPiece(_ utf8: [UInt8]) -> (written: String, meant: String)? {
        repair(utf8)?.first
    }

    private struct Repair {
        var bytes: [UInt8] = []
        var explained = 0
        var first: (written: String, meant: String)?
    }

    private static func repair(_ utf8: [UInt8]) -> Repair? {
        guard utf8.contains(where: { $0 >= 0xC2 }), utf8.withUnsafeBufferPointer({ UTF8Validation.isWellFormed($0) }) else { return nil }
        let scalars = Array(String(decoding: utf8, as: UTF8.self).unicodeScalars)
        // One encoding per text (the second over the first's repair could re-read real letters):
        // the one that explains more characters, Windows-1252 when both explain as many.
        let windows = repair(scalars, MojibakeEncoding.windows1252)
        let mac = repair(scalars, MojibakeEncoding.macRoman)
        return (mac?.explained ?? 0) > (windows?.explained ?? 0) ? mac : windows
    }

    private static func repair(_ scalars: [Unicode.Scalar], _ byte: (Unicode.Scalar) -> UInt8?) -> Repair? {
        let inRun = producible(scalars, byte)
        var result = Repair()
        result.bytes.reserveCapacity(scalars.count * 2)
        var i = 0
        var afterRepair = false
        var piece: (start: Int, end: Int, bytes: [UInt8])?
        while i < scalars.count {
            if inRun[i], let (decoded, taken) = sequence(at: i, scalars, byte, afterRepair: afterRepair) {
                result.bytes += decoded
                result.explained += taken
                if piece == nil || piece!.end == i { piece = (piece?.start ?? i, i + taken, (piece?.bytes ?? []) + decoded) }
                i += taken
                afterRepair = true
            } else {
                result.bytes += String(scalars[i]).utf8
                i += 1
                afterRepair = false
            }
            if let p = piece, p.end < i, result.first == nil {
                result.first = (String(String.UnicodeScalarView(scalars[p.start..<p.end])), String(decoding: p.bytes, as: UTF8.self))
            }
        }
        if let p = piece, result.first == nil {
            result.first = (String(String.UnicodeScalarView(scalars[p.start..<p.end])), String(decoding: p.bytes, as: UTF8.self))
        }
        return result.explained > 0 ? result : nil
    }

    /// Per character: whether it is in a run of non-ASCII characters that the encoding can all
    /// have produced (`ðŸ—ï¸` cannot be Mac Roman mojibake: Mac Roman has no `ð`).
    private static func producible(_ scalars: [Unicode.Scalar], _ byte: (Unicode.Scalar) -> UInt8?) -> [Bool] {
        var flags = [Bool](repeating: false, count: scalars.count)
        var start = 0
        while start < scalars.count {
            guard scalars[start].value >= 0x80 else { start += 1; continue }
            var end = start
            while end < scalars.count && scalars[end].value >= 0x80 { end += 1 }
            let ok = scalars[start..<end].allSatisfy { byte($0) != nil }
            for k in start..<end { flags[k] = ok }
            start = end
        }
        return flags
    }

    /// The UTF-8 sequence spelled by the characters from `i`, when it is one a repair may make.
    private static func sequence(at i: Int, _ scalars: [Unicode.Scalar], _ byte: (Unicode.Scalar) -> UInt8?,
                                 afterRepair: Bool) -> ([UInt8], Int)? {
        guard let lead = byte(scalars[i]) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        var bytes = [lead]
        var k = i + 1
        while bytes.count < length, k < scalars.count, scalars[k].value >= 0x80, let b = byte(scalars[k]), b & 0xC0 == 0x80 {
            bytes.append(b)
            k += 1
        }
        if bytes.count < length, let restored = restoringDroppedByte(bytes, next: k < scalars.count ? byte(scalars[k]) : nil, afterRepair: afterRepair) {
            return (restored, k - i)
        }
        guard bytes.count == length, UTF8Validation.sequenceLength(bytes[...], at: 0) == length,
              let value = String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value,
              isPlausible(value, length: length) else { return nil }
        return (bytes, length)
    }

    /// `â€` right before an emoji was a zero-width joiner (E2 80 8D), `ï¸` right after a repaired
    /// character a variation selector (EF B8 8F): their last bytes are undefined in Windows-1252.
    private static func restoringDroppedByte(_ bytes: [UInt8], next: UInt8?, afterRepair: Bool) -> [UInt8]? {
        if bytes == [0xE2, 0x80], next == 0xF0 { return [0xE2, 0x80, 0x8D] }
        if bytes == [0xEF, 0xB8], afterRepair { return [0xEF, 0xB8, 0x8F] }
        return nil
    }

    /// Two-byte sequences happen by chance in real text (`ß“` would be an NKo letter), so only
    /// the blocks mojibake is usually made of are taken: Latin-1 and Latin Extended-A letters and
    /// signs, Greek, Cyrillic. Longer ones need two or three characters from the 0x80–0xBF row
    /// in a row after a lead, which real text does not write; private use, controls and the
    /// replacement character (mojibake of a file that was already damaged) never.
    private static func isPlausible(_ value: UInt32, length: Int) -> Bool {
        if length == 2 { return (0xA0...0x17F).contains(value) || (0x370...0x52F).contains(value) }
        return !(0xE000...0xF8FF).contains(value) && !(0xFDD0...0xFDEF).contains(value) && value & 0xFFFE != 0xFFFE && value != 0xFFFD
    }
}
