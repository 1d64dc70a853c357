import JSONText
import UTF8Bytes

/// Maps LSP positions to byte offsets of a UTF-8 buffer and back, exactly, in the negotiated
/// encoding. The buffer is the editor's text as bytes; nothing is decoded into a `String`.
///
/// The rules:
/// - Lines end at `\n`, `\r\n` or a lone `\r` (LSP 3.17, "Text Documents": all three count), and a
///   line's length excludes its end. A position never falls inside a line end: an offset between
///   `\r` and `\n` maps to the end of that line.
/// - `character` counts UTF-8 bytes (`utf-8`) or UTF-16 code units (`utf-16`: a scalar over U+FFFF,
///   such as `📅`, is two).
/// - Invalid UTF-8: **each invalid byte is one U+FFFD**, so one byte in `utf-8` and one code unit
///   in `utf-16`. (A client that decoded the bytes itself by WHATWG's rule, one U+FFFD per maximal
///   bad subpart, counts fewer units for a truncated sequence; such files are rare, and the editor's
///   own buffer, which the client sends, is then already valid.)
/// - A byte order mark is a character (U+FEFF, one UTF-16 unit, three bytes) when `hidesBOM` is
///   false, the right rule for a buffer the client sent; with `hidesBOM` a leading BOM takes no
///   room, which is what editors show for a file read from disk (VS Code and Neovim strip it):
///   `0:0` is the offset after it.
/// - Clamping (LSP 3.17 `Position`: "If the character value is greater than the line length it
///   defaults back to the line length"): a character past the line's end is the line's end; a line
///   past the last is the end of the document (as `vscode-languageserver-textdocument`'s
///   `offsetAt` does). A character inside a scalar (the second unit of `📅`, the second byte of
///   `é`) rounds down to the scalar's start, so an offset is always a scalar boundary.
public struct PositionMapper: Sendable {
    /// What a position's `character` counts: UTF-8 bytes or UTF-16 code units.
    public let encoding: PositionEncoding
    /// Whether a leading byte order mark takes no room (a file read from disk) or is a character.
    public let hidesBOM: Bool
    /// The buffer mapped, as bytes.
    public private(set) var bytes: [UInt8]
    /// The offset where each line starts; the first is 0, and a buffer ending in a line end has an
    /// empty last line starting at its end.
    public private(set) var lineStarts: [Int]

    /// A mapper of `bytes` counting in `encoding`; `hidesBOM` for text read from disk.
    public init(_ bytes: [UInt8], encoding: PositionEncoding, hidesBOM: Bool = false) {
        self.bytes = bytes
        self.encoding = encoding
        self.hidesBOM = hidesBOM
        lineStarts = [0] + Self.lineStarts(in: bytes, from: 1, through: bytes.count)
    }

    /// How many lines the buffer has (at least one; a final line end starts an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The starts in `from...through` (each is after a line end). The bytes before them are
    /// looked at eight at a time for `\n` and `\r` (`ByteWords`): a document opened is all read here.
    private static func lineStarts(in bytes: [UInt8], from: Int, through: Int) -> [Int] {
        var result: [Int] = []
        guard from <= through else { return result }
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            // `k` is the byte before a possible start `k + 1`.
            var k = max(1, from) - 1
            while k < through {
                if through - k >= 8 {
                    let w = ByteWords.load(base + k)
                    let found = ByteWords.equal(w, 0x0A) | ByteWords.equal(w, 0x0D)
                    if found == 0 { k += 8; continue }
                    k += found.trailingZeroBitCount >> 3
                }
                if isLineStart(p, k + 1) { result.append(k + 1) }
                k += 1
            }
        }
        return result
    }

    /// Whether a line starts at `s`: after `\n`, or after a `\r` that no `\n` follows.
    @inline(__always)
    private static func isLineStart(_ p: UnsafeBufferPointer<UInt8>, _ s: Int) -> Bool {
        let before = p[s - 1]
        return before == 0x0A || (before == 0x0D && (s == p.count || p[s] != 0x0A))
    }

    /// Where line `line`'s characters start (after a hidden BOM on line 0).
    private func contentStart(_ line: Int) -> Int {
        let start = lineStarts[line]
        if line == 0 && hidesBOM && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return 3
        }
        return start
    }

    /// Where line `line`'s characters end: before its line end, or at the end of the buffer.
    public func lineEnd(_ line: Int) -> Int {
        guard line + 1 < lineStarts.count else { return bytes.count }
        let next = lineStarts[line + 1]
        return next >= 2 && bytes[next - 2] == 0x0D && bytes[next - 1] == 0x0A ? next - 2 : next - 1
    }

    /// The line holding `offset` (its last line start at or before it).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The byte offset of `position`, clamped and rounded as the type's rules say. Negative
    /// numbers (which LSP's unsigned integers cannot be, but a client can send) count as 0.
    public func offset(of position: Position) -> Int {
        let line = max(0, position.line)
        guard line < lineStarts.count else { return bytes.count }
        let end = lineEnd(line)
        var i = contentStart(line)
        var units = 0
        let wanted = max(0, position.character)
        return bytes.withUnsafeBufferPointer { p in
            while i < end && units < wanted {
                let (length, width) = scalar(p, at: i, end: end)
                if units + width > wanted { break }
                units += width
                i += length
            }
            return i
        }
    }

    /// The position of `offset` (clamped to the buffer); an offset inside a line end is the line's
    /// end, one inside a scalar is that scalar's start.
    public func position(of offset: Int) -> Position {
        let offset = min(max(0, offset), bytes.count)
        let line = line(containing: offset)
        let target = min(offset, lineEnd(line))
        var i = contentStart(line)
        var units = 0
        bytes.withUnsafeBufferPointer { p in
            let end = lineEnd(line)
            while i < target {
                // ASCII is one byte and one unit in either encoding (as in `range(ofLine:)`):
                // the server maps every due goal's range on a keystroke.
                if p[i] < 0x80 {
                    units += 1
                    i += 1
                    continue
                }
                let (length, width) = scalar(p, at: i, end: end)
                if i + length > target { break }
                units += width
                i += length
            }
        }
        return Position(line: line, character: units)
    }

    /// The positions of line `line`'s start and end (its line end left out), as
    /// `range(of: lineStarts[line]..<lineEnd(line))` gives them, without looking the line up
    /// twice: the language server maps every lint finding's line so, thousands a keystroke.
    public func range(ofLine line: Int) -> PositionRange {
        let end = lineEnd(line)
        var i = contentStart(line)
        var units = 0
        bytes.withUnsafeBufferPointer { p in
            while i < end {
                // ASCII, most of a roadmap, is one byte and one unit in either encoding.
                if p[i] < 0x80 {
                    units += 1
                    i += 1
                    continue
                }
                let (length, width) = scalar(p, at: i, end: end)
                if i + length > end { break }
                units += width
                i += length
            }
        }
        return PositionRange(start: Position(line: line, character: 0), end: Position(line: line, character: units))
    }

    /// The byte range of `range`, ordered: a client's range with its end before its start is read
    /// from the earlier to the later position rather than refused.
    public func offsets(of range: PositionRange) -> Swift.Range<Int> {
        let a = offset(of: range.start)
        let b = offset(of: range.end)
        return min(a, b)..<max(a, b)
    }

    /// The positions of `offsets`, each clamped and rounded as `position(of:)` does.
    public func range(of offsets: Swift.Range<Int>) -> PositionRange {
        PositionRange(start: position(of: offsets.lowerBound), end: position(of: offsets.upperBound))
    }

    /// The bytes and the units of the scalar at `i` (an invalid byte is one byte, one unit). A
    /// sequence is not taken past `end`, the line's end, so a line end is never part of a scalar.
    @inline(__always)
    private func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (length: Int, units: Int) {
        let length = UTF8Scalar.length(p, at: i)
        guard length > 0, i + length <= end else { return (1, 1) }
        switch encoding {
        case .utf8: return (length, length)
        case .utf16: return (length, length == 4 ? 2 : 1)
        }
    }

    /// Replaces `range` of the buffer with `replacement`, keeping the line starts exact without
    /// scanning the whole buffer: only starts that can depend on the changed bytes (from `range`'s
    /// start up to the end of the new bytes, since a start depends on the byte before it and, after
    /// a `\r`, the byte at it) are found again; those after are moved by the change in length.
    public mutating func replace(_ range: Swift.Range<Int>, with replacement: [UInt8]) {
        let range = min(max(0, range.lowerBound), bytes.count)..<min(max(0, range.upperBound), bytes.count)
        bytes.replaceSubrange(range, with: replacement)
        let delta = replacement.count - range.count
        // Old starts in `max(1, lower)...upper` are replaced by new ones in `max(1, lower)...lower + count`.
        let first = max(1, range.lowerBound)
        let low = firstIndex(atOrAfter: first)
        let high = firstIndex(atOrAfter: range.upperBound + 1)
        let found = Self.lineStarts(in: bytes, from: first, through: range.lowerBound + replacement.count)
        lineStarts.replaceSubrange(low..<high, with: found)
        if delta != 0 {
            for k in (low + found.count)..<lineStarts.count { lineStarts[k] += delta }
        }
    }

    private func firstIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
