/// Mojibake: UTF-8 text that was once decoded as a single-byte encoding (Windows-1252, Mac Roman,
/// code page 437: `MojibakeEncoding`) and saved again, so `🎯` (F0 9F 8E AF) reads `ðŸŽ¯`, or
/// `üéØ` from a Mac. Each character of such text stands for one byte of the original; mapping the
/// characters back to those bytes gives the original.
///
/// A repair is made only where the text could not have been meant. The rule, per line (the text
/// given), with one encoding per line:
/// - Only inside a run of non-ASCII characters that the encoding can all produce, a sequence whose
///   bytes form well-formed UTF-8 of a kind real text does not spell by accident (`isPlausible`).
/// - Three or four characters spelling one character (`ðŸŽ¯`, `â€™`) are never written by chance:
///   repaired wherever they are.
/// - Two characters spelling one (`Ã©`, `√∂`) can be meant (`√∂` in mathematics, `„Ä“` in German
///   quotes), so they are repaired only when the rest of the line agrees: no other character of
///   the line that the encoding can produce stands outside mojibake. A real `É`, `∑` or `“` beside
///   them says the line was written right; characters the encoding cannot produce at all (Greek
///   in Windows-1252, the `✅` of a done date added later) say nothing either way.
/// - Code (the byte ranges given as `code`) is neither repaired nor evidence.
/// - The encoding is the one whose repairs explain the most characters; on a tie, the first of
///   `MojibakeEncoding.allCases`.
/// `café`, `„Fuß“` and `—` stay. Windows-1252 leaves five bytes undefined and many tools drop
/// them; of those losses only the two that are certain are restored (the zero-width joiner
/// between two emoji, and the variation selector after one); other pieces stay as they are.
public enum Mojibake {
    /// One stretch of mojibake: the bytes written (offsets in the text given) and the UTF-8 meant.
    public struct Piece: Equatable, Sendable {
        /// The mojibake's bytes in the text given.
        public let range: Range<Int>
        /// The UTF-8 that was meant.
        public let meant: [UInt8]
        /// The encoding the UTF-8 was wrongly read as.
        public let encoding: MojibakeEncoding
    }

    /// The repaired UTF-8 of `utf8`, or nil when there is nothing to repair (or it is not UTF-8).
    package static func repaired(_ utf8: [UInt8]) -> [UInt8]? {
        let found = pieces(utf8, in: 0..<utf8.count)
        guard !found.isEmpty else { return nil }
        return found.map { TextEdit(range: $0.range, replacement: $0.meant) }.applied(to: utf8)
    }

    /// The mojibake of one line, `utf8[line]`, by the rule above, skipping the byte ranges `code`
    /// (sorted, inside `line`); none when the line is not well-formed UTF-8.
    public static func pieces(_ utf8: [UInt8], in line: Range<Int>, code: [Range<Int>] = []) -> [Piece] {
        guard utf8[line].contains(where: { $0 >= 0xC2 }),
              utf8.withUnsafeBufferPointer({ UTF8Validation.isWellFormed(UnsafeBufferPointer(rebasing: $0[line])) }) else { return [] }
        // The line's characters and their offsets; a character of code reads as an ASCII byte
        // would: it ends a run and is no evidence.
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(line.count)
        offsets.reserveCapacity(line.count + 1)
        var offset = line.lowerBound
        var nextCode = 0
        for scalar in String(decoding: utf8[line], as: UTF8.self).unicodeScalars {
            while nextCode < code.count && code[nextCode].upperBound <= offset { nextCode += 1 }
            let inCode = nextCode < code.count && code[nextCode].contains(offset)
            scalars.append(inCode ? "`" : scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var best: (encoding: MojibakeEncoding, sequences: [Sequence], explained: Int)?
        for encoding in MojibakeEncoding.allCases {
            let sequences = read(scalars, encoding)
            let explained = sequences.reduce(0) { $0 + $1.end - $1.start }
            if explained > (best?.explained ?? 0) { best = (encoding, sequences, explained) }
        }
        guard let best else { return [] }
        // Neighbouring sequences make one piece (`ðŸ§‘â€ðŸ’¼`).
        var result: [Piece] = []
        var k = 0
        while k < best.sequences.count {
            var meant = best.sequences[k].bytes
            var end = best.sequences[k].end
            let start = best.sequences[k].start
            while k + 1 < best.sequences.count && best.sequences[k + 1].start == end {
                k += 1
                meant += best.sequences[k].bytes
                end = best.sequences[k].end
            }
            result.append(Piece(range: offsets[start]..<offsets[end], meant: meant, encoding: best.encoding))
            k += 1
        }
        return result
    }

    /// Whether `utf8[line]` may hold mojibake, by its bytes alone: false only when `pieces` finds
    /// none, whatever the code spans. Every piece is two or more characters in a row that one
    /// encoding produces, and every character the three produce is in U+0080–U+07FF,
    /// U+2000–U+25FF, U+F8FF or U+FB01–U+FB02; so a line with no two such characters side by
    /// side has none (a line that is no UTF-8 has none either, whatever this says). Most lines
    /// with bytes past ASCII hold a `✅`, `📅`, a lone `—` or `é`, or CJK: reading one in three
    /// encodings cost lint some 12,000 instructions, this check a few a byte (MojibakeSkipTests
    /// hold it to `pieces`).
    package static func mayHold(_ utf8: [UInt8], in line: Range<Int>) -> Bool {
        utf8.withUnsafeBufferPointer { all in
            var i = line.lowerBound
            let end = line.upperBound
            var previous = false  // whether the character before is one the encodings produce
            while i < end {
                // Eight ASCII bytes at a time: most lines are ASCII, most of the rest nearly.
                if i + 8 <= end, UnsafeRawPointer(all.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    previous = false
                    i += 8
                    continue
                }
                let b = all[i]
                i += 1
                if b < 0x80 { previous = false; continue }
                guard b >= 0xC0 else { continue }  // a continuation byte: the character goes on
                let next = i < end ? all[i] : 0
                let produced = b <= 0xDF  // U+0080–U+07FF
                    || (b == 0xE2 && next >= 0x80 && next <= 0x97)  // U+2000–U+25FF
                    || (b == 0xEF && (next == 0xA3 || next == 0xAC))  // U+F8C0–U+F8FF, U+FB00–U+FB3F
                if produced && previous { return true }
                previous = produced
            }
            return false
        }
    }

    /// Characters `start..<end` of a line spell `bytes`.
    private struct Sequence {
        let start: Int
        let end: Int
        let bytes: [UInt8]
    }

    /// The sequences a line repairs to under `encoding`, by the rule above.
    private static func read(_ scalars: [Unicode.Scalar], _ encoding: MojibakeEncoding) -> [Sequence] {
        let byte = encoding.byte
        let inRun = producible(scalars, byte)
        var found: [Sequence] = []
        var stray = false
        var i = 0
        var afterRepair = false
        while i < scalars.count {
            if inRun[i], let (decoded, taken) = sequence(at: i, scalars, byte, afterRepair: afterRepair) {
                found.append(Sequence(start: i, end: i + taken, bytes: decoded))
                i += taken
                afterRepair = true
            } else {
                if scalars[i].value >= 0x80 && byte(scalars[i]) != nil { stray = true }
                i += 1
                afterRepair = false
            }
        }
        // A two-byte character is kept only when no character the encoding produces stands apart.
        return stray ? found.filter { $0.bytes.count > 2 } : found
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
        let next = k < scalars.count ? byte(scalars[k]) : nil
        let nextButOne = k + 1 < scalars.count ? byte(scalars[k + 1]) : nil
        if bytes.count < length, let restored = restoringDroppedByte(bytes, next: next, nextButOne: nextButOne, afterRepair: afterRepair) {
            return (restored, k - i)
        }
        guard bytes.count == length, UTF8Validation.sequenceLength(bytes[...], at: 0) == length,
              let value = String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value,
              isPlausible(value, length: length) else { return nil }
        return (bytes, length)
    }

    /// `â€` right before an emoji was a zero-width joiner (E2 80 8D), `ï¸` right after a repaired
    /// character a variation selector (EF B8 8F): their last bytes are undefined in Windows-1252.
    /// And an emoji whose third byte was dropped (`ðŸ—` for F0 9F ?? 97), when a variation
    /// selector follows it (`ï¸`): of the five characters the lost byte could have made, only one
    /// takes a variation selector (Unicode's emoji-variation-sequences), so it is certain: `ðŸ—ï¸`
    /// is `🏗️`, where `ðŸ¢` alone (🏢, 🍢 or 🐢) stays as it is.
    private static func restoringDroppedByte(_ bytes: [UInt8], next: UInt8?, nextButOne: UInt8?, afterRepair: Bool) -> [UInt8]? {
        if bytes == [0xE2, 0x80], next == 0xF0 { return [0xE2, 0x80, 0x8D] }
        if bytes == [0xEF, 0xB8], afterRepair { return [0xEF, 0xB8, 0x8F] }
        if bytes.count == 3, bytes[0] == 0xF0, bytes[1] == 0x9F, next == 0xEF, nextButOne == 0xB8,
           let third = droppedThirdBytes[bytes[2]] {
            return [0xF0, 0x9F, third, bytes[2]]
        }
        return nil
    }

    /// For an emoji F0 9F ?? XX that takes a variation selector (U+FE0F) and whose third byte is
    /// one Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): XX to that byte. Each
    /// XX has one such emoji: 🍽 (U+1F37D), 🏋🏌🏍🏎 (U+1F3CB–1F3CE), 🏔–🏟 (U+1F3D4–1F3DF), 🏳 🏵 🏷,
    /// 🐿 (U+1F43F).
    private static let droppedThirdBytes: [UInt8: UInt8] = {
        var table: [UInt8: UInt8] = [0xBD: 0x8D, 0xB3: 0x8F, 0xB5: 0x8F, 0xB7: 0x8F, 0xBF: 0x90]
        for last in [0x8B, 0x8C, 0x8D, 0x8E] + Array(0x94...0x9F) as [UInt8] { table[last] = 0x8F }
        return table
    }()

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
