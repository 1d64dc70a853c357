import UTF8Bytes
/// Reads one JSON text (RFC 8259) from bytes: exactly the grammar, nothing added.
///
/// - Whitespace is the four bytes of §2; a UTF-8 byte order mark before the text is skipped (§8.1
///   lets a reader ignore it), anywhere else it is an error.
/// - Strings must be UTF-8 (§8.1); an invalid byte is an error, not a replacement character,
///   unless the caller asks for `.replaceEachByte` or `.escapeEachByte` (see `InvalidUTF8Rule`).
/// - `\u` escapes of surrogates: a high surrogate followed by an escaped low one is one scalar; a
///   lone surrogate of either kind (§8.2 allows them in the grammar but they name no character)
///   reads as U+FFFD. A client that escapes an unpaired surrogate of its buffer (JavaScript's
///   `JSON.stringify` does) keeps one UTF-16 unit in that place, so positions after it still agree.
/// - Numbers are checked against §6 and kept as text (`JSONNumber`).
/// - Objects: the last of duplicate names wins (`JSONObject`).
/// - Arrays and objects nest at most `depthLimit` deep; deeper input is an error, not a stack
///   overflow: the reader keeps its own stack and never recurses.
struct JSONReader {
    private let p: UnsafeBufferPointer<UInt8>
    private let depthLimit: Int
    private let invalidUTF8: InvalidUTF8Rule
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, depthLimit: Int, invalidUTF8: InvalidUTF8Rule = .reject) {
        p = bytes
        self.depthLimit = depthLimit
        self.invalidUTF8 = invalidUTF8
    }

    mutating func read() throws(JSONReadError) -> JSONValue {
        if p.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { i = 3 }
        // The containers still open, innermost last: `isArray` says which of the other stacks
        // holds each one, `keys` the name each open object's next value goes under.
        var isArray: [Bool] = []
        var arrays: [[JSONValue]] = []
        var objects: [JSONObject] = []
        var keys: [String] = []
        while true {
            var value: JSONValue
            skipWhitespace()
            guard i < p.count else { throw JSONReadError(.unexpectedEnd, at: i) }
            switch p[i] {
            case 0x5B, 0x7B:  // [ {
                guard isArray.count < depthLimit else { throw JSONReadError(.tooDeep(limit: depthLimit), at: i) }
                let array = p[i] == 0x5B
                i += 1
                skipWhitespace()
                if i < p.count && p[i] == (array ? 0x5D : 0x7D) {
                    i += 1
                    value = array ? .array([]) : .object(JSONObject())
                } else if array {
                    isArray.append(true)
                    arrays.append([])
                    continue
                } else {
                    isArray.append(false)
                    objects.append(JSONObject())
                    keys.append(try readKey())
                    continue
                }
            case 0x22: value = .string(try readString())
            case 0x74: try readLiteral("true"); value = .bool(true)
            case 0x66: try readLiteral("false"); value = .bool(false)
            case 0x6E: try readLiteral("null"); value = .null
            case 0x2D, 0x30...0x39: value = .number(try readNumber())
            default: throw JSONReadError(.unexpectedByte(p[i]), at: i)
            }
            // A complete value goes into the innermost open container, which may close in turn.
            while true {
                skipWhitespace()
                guard let inArray = isArray.last else {
                    guard i == p.count else { throw JSONReadError(.unexpectedByte(p[i]), at: i) }
                    return value
                }
                guard i < p.count else { throw JSONReadError(.unexpectedEnd, at: i) }
                if inArray {
                    arrays[arrays.count - 1].append(value)
                    if p[i] == 0x2C { i += 1; break }
                    guard p[i] == 0x5D else { throw JSONReadError(.unexpectedByte(p[i]), at: i) }
                    i += 1
                    isArray.removeLast()
                    value = .array(arrays.removeLast())
                } else {
                    objects[objects.count - 1][keys.removeLast()] = value
                    if p[i] == 0x2C { i += 1; keys.append(try readKey()); break }
                    guard p[i] == 0x7D else { throw JSONReadError(.unexpectedByte(p[i]), at: i) }
                    i += 1
                    isArray.removeLast()
                    value = .object(objects.removeLast())
                }
            }
        }
    }

    private mutating func skipWhitespace() {
        while i < p.count {
            switch p[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    /// `"name" :` before a member's value.
    private mutating func readKey() throws(JSONReadError) -> String {
        skipWhitespace()
        guard i < p.count else { throw JSONReadError(.unexpectedEnd, at: i) }
        guard p[i] == 0x22 else { throw JSONReadError(.unexpectedByte(p[i]), at: i) }
        let key = try readString()
        skipWhitespace()
        guard i < p.count else { throw JSONReadError(.unexpectedEnd, at: i) }
        guard p[i] == 0x3A else { throw JSONReadError(.unexpectedByte(p[i]), at: i) }
        i += 1
        return key
    }

    private mutating func readLiteral(_ word: StaticString) throws(JSONReadError) {
        let count = word.utf8CodeUnitCount
        for k in 0..<count {
            guard i + k < p.count else { throw JSONReadError(.unexpectedEnd, at: i + k) }
            guard p[i + k] == word.utf8Start[k] else { throw JSONReadError(.unexpectedByte(p[i + k]), at: i + k) }
        }
        i += count
    }

    private mutating func readNumber() throws(JSONReadError) -> JSONNumber {
        let length = JSONNumber.grammarLength(p, from: i)
        guard length > 0 else { throw JSONReadError(.invalidNumber, at: i) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[i..<i + length]), as: UTF8.self)
        i += length
        return JSONNumber(checked: text)
    }

    /// A string from its opening quote. Runs of bytes that need no decoding are copied whole; a
    /// string without escapes (most keys, most values) is made straight from the input. ASCII that
    /// needs no escape is passed over eight bytes at a time (`ByteWords`): a document's text in
    /// `didOpen` is most of a large message.
    private mutating func readString() throws(JSONReadError) -> String {
        i += 1
        var run = i
        var decoded: [UInt8]? = nil
        let base = p.baseAddress
        while i < p.count {
            if p.count - i >= 8, let base {
                let w = ByteWords.load(base + i)
                let found = ByteWords.needingEscape(w) | (w & ByteWords.highs)
                if found == 0 { i += 8; continue }
                i += found.trailingZeroBitCount >> 3
            }
            let b = p[i]
            if b >= 0x20 && b < 0x80 && b != 0x22 && b != 0x5C { i += 1; continue }
            if b >= 0x80 {
                let length = UTF8Scalar.length(p, at: i)
                if length > 0 {
                    i += length
                    continue
                }
                guard invalidUTF8 != .reject else { throw JSONReadError(.invalidUTF8, at: i) }
                if decoded == nil { decoded = [] }
                decoded!.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                if invalidUTF8 == .escapeEachByte {
                    RawByteEscape.append(escaping: b, to: &decoded!)
                } else {
                    decoded!.append(contentsOf: [0xEF, 0xBF, 0xBD])
                }
                i += 1
                run = i
                continue
            }
            guard b >= 0x20 else { throw JSONReadError(.unescapedControl(b), at: i) }
            let piece = UnsafeBufferPointer(rebasing: p[run..<i])
            if b == 0x22 {
                i += 1
                // Every byte read so far is well-formed UTF-8 (checked above, or written by
                // `readEscape`, or a replacement), so the string is made without checking it a
                // second time: `String(decoding:)` validated again, a byte at a time (10
                // instructions a byte, a third of reading a document's text).
                if decoded == nil { return String(copying: UTF8Span(unchecked: piece.span)) }
                decoded!.append(contentsOf: piece)
                return String(copying: UTF8Span(unchecked: decoded!.span))
            }
            if decoded == nil { decoded = [] }
            decoded!.append(contentsOf: piece)
            try readEscape(into: &decoded!)
            run = i
        }
        throw JSONReadError(.unexpectedEnd, at: i)
    }

    /// One escape from its backslash (§7), appended as UTF-8.
    private mutating func readEscape(into bytes: inout [UInt8]) throws(JSONReadError) {
        guard i + 1 < p.count else { throw JSONReadError(.unexpectedEnd, at: i + 1) }
        let simple: UInt8? = switch p[i + 1] {
        case 0x22, 0x5C, 0x2F: p[i + 1]
        case 0x62: 0x08
        case 0x66: 0x0C
        case 0x6E: 0x0A
        case 0x72: 0x0D
        case 0x74: 0x09
        default: nil
        }
        if let simple {
            bytes.append(simple)
            i += 2
            return
        }
        guard p[i + 1] == 0x75 else { throw JSONReadError(.invalidEscape, at: i) }
        guard let unit = hex4(at: i + 2) else {
            throw JSONReadError(i + 6 > p.count ? .unexpectedEnd : .invalidEscape, at: i)
        }
        i += 6
        var scalar = UInt32(unit)
        switch unit {
        case 0xD800...0xDBFF:
            // A pair only when an escaped low surrogate follows; otherwise the high one is alone
            // and whatever follows is read on its own.
            if i + 1 < p.count && p[i] == 0x5C && p[i + 1] == 0x75, let low = hex4(at: i + 2), (0xDC00...0xDFFF).contains(low) {
                scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
                i += 6
            } else {
                scalar = 0xFFFD
            }
        case 0xDC00...0xDFFF:
            scalar = 0xFFFD
        default:
            break
        }
        UTF8Scalar.append(scalar, to: &bytes)
    }

    private func hex4(at start: Int) -> UInt16? {
        guard start + 4 <= p.count else { return nil }
        var value: UInt16 = 0
        for k in start..<start + 4 {
            let b = p[k]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}

/// What the reader does with bytes inside a string that are not UTF-8.
public enum InvalidUTF8Rule: Sendable {
    /// Refuse the text (RFC 8259 §8.1: JSON exchanged between systems is UTF-8).
    case reject
    /// Read each invalid byte as one U+FFFD: the position mapper's rule for invalid bytes, so a
    /// client that sends its buffer's bytes unchecked still gets exact UTF-16 positions.
    case replaceEachByte
    /// Read each invalid byte as a private-use scalar that stands for it (`RawByteEscape`), so
    /// the text's bytes can be had back exactly: what the language server reads a document's
    /// text with, since a client that sends its buffer's bytes unchecked counts positions in them.
    case escapeEachByte
}

/// Invalid bytes carried through a Swift `String`, which holds only Unicode: byte `b` (0x80 to
/// 0xFF; every byte under 0x80 is valid) stands as the scalar U+10FF00 + `b`, in the last
/// private-use plane (U+10FF80 to U+10FFFF), and `bytes(of:)` turns each back into `b`. The price:
/// a client that sends one of those 128 private-use characters as itself gets raw bytes in their
/// place, which no text in a roadmap uses.
public enum RawByteEscape {
    /// Appends the UTF-8 of the scalar that stands for `byte` (at least 0x80).
    public static func append(escaping byte: UInt8, to bytes: inout [UInt8]) {
        // U+10FF80...U+10FFFF is F4 8F BE 80 ... F4 8F BF BF.
        bytes.append(contentsOf: [0xF4, 0x8F, byte < 0xC0 ? 0xBE : 0xBF, 0x80 | (byte & 0x3F)])
    }

    /// The bytes `text` stands for: its UTF-8, with each escape scalar turned back into its byte.
    /// Text without an escape (the common case: no 0xF4 byte) is copied as it is. The 0xF4 bytes
    /// are looked for eight at a time and the runs between escapes copied whole: a document opened
    /// goes through here (it went byte by byte through `String.UTF8View`, 30 instructions a byte).
    public static func bytes(of text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { p in
            guard let base = p.baseAddress else { return [] }
            var out: [UInt8] = []
            var run = 0
            var i = 0
            while i < p.count {
                if p.count - i >= 8 {
                    let found = ByteWords.equal(ByteWords.load(base + i), 0xF4)
                    if found == 0 { i += 8; continue }
                    i += found.trailingZeroBitCount >> 3
                }
                // U+10FF80 to U+10FFFF: F4 8F BE 80 to F4 8F BF BF.
                guard p[i] == 0xF4, i + 3 < p.count, p[i + 1] == 0x8F, p[i + 2] == 0xBE || p[i + 2] == 0xBF else {
                    i += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(p.count) }
                out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run))
                out.append((p[i + 2] == 0xBE ? 0x80 : 0xC0) | (p[i + 3] & 0x3F))
                i += 4
                run = i
            }
            if run == 0 { return Array(p) }
            out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: p.count - run))
            return out
        }
    }
}

extension JSONValue {
    /// How deep arrays and objects may nest when no limit is given: far more than any LSP message
    /// needs (a few levels), far less than would matter for memory.
    public static let defaultDepthLimit = 512

    /// Reads exactly one JSON text from `bytes` (see `JSONReader` for the rules), or says why not.
    public init(parsing bytes: UnsafeBufferPointer<UInt8>, depthLimit: Int = JSONValue.defaultDepthLimit,
                invalidUTF8: InvalidUTF8Rule = .reject) throws(JSONReadError) {
        var reader = JSONReader(bytes, depthLimit: depthLimit, invalidUTF8: invalidUTF8)
        self = try reader.read()
    }

    /// Reads exactly one JSON text from `bytes` (see `JSONReader` for the rules), or says why not.
    public init(parsing bytes: [UInt8], depthLimit: Int = JSONValue.defaultDepthLimit,
                invalidUTF8: InvalidUTF8Rule = .reject) throws(JSONReadError) {
        let result = bytes.withUnsafeBufferPointer { p in
            Result { () throws(JSONReadError) in try JSONValue(parsing: p, depthLimit: depthLimit, invalidUTF8: invalidUTF8) }
        }
        self = try result.get()
    }

    /// `text`'s UTF-8 as a JSON text.
    public init(parsing text: String, depthLimit: Int = JSONValue.defaultDepthLimit) throws(JSONReadError) {
        try self.init(parsing: Array(text.utf8), depthLimit: depthLimit)
    }
}
