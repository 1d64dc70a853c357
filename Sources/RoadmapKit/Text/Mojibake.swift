/// Mojibake: UTF-8 text that was once decoded as Windows-1252 (or Mac Roman) and saved again, so
/// `🎯` (F0 9F 8E AF) reads `ðŸŽ¯`, or `üéØ` from a Mac. Each character of such text stands for
/// one byte of the original; mapping the characters back to those bytes gives the original.
///
/// A repair is made only where the text could not have been meant: a run of characters whose
/// bytes form a well-formed UTF-8 sequence of a kind that real text does not produce by accident
/// (an emoji, a symbol, a Latin letter written as `Ã©`). `café`, `„Fuß“` and `—` stay.
/// Bytes lost on the way (Windows-1252 leaves five undefined, and many tools drop them) cannot
/// be told apart, so those pieces are left as they are.
public enum Mojibake {
    /// The repaired UTF-8 of `utf8`, or nil when there is nothing to repair (or it is not UTF-8).
    public static func repaired(_ utf8: [UInt8]) -> [UInt8]? {
        guard utf8.contains(where: { $0 >= 0xC2 }) else { return nil }
        let valid = utf8.withUnsafeBufferPointer { UTF8Validation.isWellFormed($0) }
        guard valid else { return nil }
        let scalars = Array(String(decoding: utf8, as: UTF8.self).unicodeScalars)
        // One encoding per text (the second over the first's repair could re-read real letters):
        // the one that explains more characters, Windows-1252 when both explain as many.
        let windows = repair(scalars, MojibakeEncoding.windows1252)
        let mac = repair(scalars, MojibakeEncoding.macRoman)
        guard let best = (mac?.explained ?? 0) > (windows?.explained ?? 0) ? mac : windows else { return nil }
        return best.bytes
    }

    /// Whether `utf8` holds mojibake that `repaired` would repair.
    public static func contains(_ utf8: ArraySlice<UInt8>) -> Bool {
        repaired(Array(utf8)) != nil
    }

    /// The text with every repairable sequence repaired, and how many characters those were.
    private static func repair(_ scalars: [Unicode.Scalar], _ byte: (Unicode.Scalar) -> UInt8?) -> (bytes: [UInt8], explained: Int)? {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count * 2)
        var explained = 0
        var i = 0
        while i < scalars.count {
            if let (decoded, taken) = sequence(at: i, scalars, byte) {
                out.append(contentsOf: decoded)
                explained += taken
                i += taken
            } else {
                out.append(contentsOf: String(scalars[i]).utf8)
                i += 1
            }
        }
        return explained > 0 ? (out, explained) : nil
    }

    /// The UTF-8 sequence spelled by the characters from `i`, when it is one a repair may make.
    private static func sequence(at i: Int, _ scalars: [Unicode.Scalar], _ byte: (Unicode.Scalar) -> UInt8?) -> ([UInt8], Int)? {
        guard scalars[i].value >= 0x80, let lead = byte(scalars[i]) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard i + length <= scalars.count else { return nil }
        var bytes = [lead]
        for k in 1..<length {
            guard scalars[i + k].value >= 0x80, let b = byte(scalars[i + k]), b & 0xC0 == 0x80 else { return nil }
            bytes.append(b)
        }
        guard UTF8Validation.sequenceLength(bytes[...], at: 0) == length,
              let value = String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value,
              isPlausible(value, length: length) else { return nil }
        return (bytes, length)
    }

    /// Two-byte sequences happen by chance in real text (`ß“` would be an NKo letter), so only
    /// the blocks mojibake is usually made of are taken: Latin-1 and Latin Extended-A letters and
    /// signs, Greek, Cyrillic. Longer ones need two or three characters from the 0x80–0xBF row
    /// in a row after a lead, which real text does not write; private use and controls never.
    private static func isPlausible(_ value: UInt32, length: Int) -> Bool {
        if length == 2 { return (0xA0...0x17F).contains(value) || (0x370...0x52F).contains(value) }
        return !(0xE000...0xF8FF).contains(value) && !(0xFDD0...0xFDEF).contains(value) && value & 0xFFFE != 0xFFFE
    }
}
