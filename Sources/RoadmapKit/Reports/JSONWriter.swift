/// A small streaming JSON writer: enough for the `--json` contracts, with correct string escaping
/// and no Foundation. Keys are written in the order given, so output is stable for golden tests.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Before any value: a comma unless it is the first in its container or follows a key.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }
    private var afterKey = false

    private mutating func valuePrefix(_ key: String?) {
        if let key {
            separate()
            appendString(key)
            bytes.append(0x3A)
            afterKey = true
        }
        separate()
    }

    public mutating func beginObject(key: String? = nil) { valuePrefix(key); bytes.append(0x7B); needsComma.append(false) }
    public mutating func endObject() { needsComma.removeLast(); bytes.append(0x7D) }
    public mutating func beginArray(key: String? = nil) { valuePrefix(key); bytes.append(0x5B); needsComma.append(false) }
    public mutating func endArray() { needsComma.removeLast(); bytes.append(0x5D) }

    public mutating func string(_ value: String?, key: String? = nil) {
        valuePrefix(key)
        if let value { appendString(value) } else { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    }
    /// A string straight from file bytes: escaped as needed, and any invalid UTF-8 written as
    /// U+FFFD, so the output is always valid JSON without building a `String` first.
    public mutating func string(utf8 pieces: [ArraySlice<UInt8>], separator: UInt8 = 0x20, key: String? = nil) {
        valuePrefix(key)
        bytes.append(0x22)
        for (n, piece) in pieces.enumerated() {
            if n > 0 { bytes.append(separator) }
            appendEscaped(piece)
        }
        bytes.append(0x22)
    }

    private mutating func appendEscaped(_ piece: ArraySlice<UInt8>) {
        var i = piece.startIndex
        let end = piece.endIndex
        while i < end {
            let b = piece[i]
            if b >= 0x20 && b < 0x80 {
                if b == 0x22 || b == 0x5C { bytes.append(0x5C) }
                bytes.append(b)
                i += 1
            } else if b < 0x20 {
                appendControl(b)
                i += 1
            } else {
                let length = UTF8Validation.sequenceLength(piece, at: i)
                if length == 0 {
                    bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i += 1
                } else {
                    bytes.append(contentsOf: piece[i..<(i + length)])
                    i += length
                }
            }
        }
    }

    private mutating func appendControl(_ b: UInt8) {
        switch b {
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }

    public mutating func number(_ value: Int, key: String? = nil) {
        valuePrefix(key)
        bytes.append(contentsOf: String(value).utf8)
    }
    public mutating func number(_ value: Double, key: String? = nil) {
        valuePrefix(key)
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else if value.isFinite {
            bytes.append(contentsOf: String(value).utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }
    public mutating func bool(_ value: Bool, key: String? = nil) {
        valuePrefix(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }
    public mutating func null(key: String? = nil) {
        valuePrefix(key)
        bytes.append(contentsOf: "null".utf8)
    }

    private mutating func appendString(_ s: String) {
        bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0..<0x20: appendControl(b)
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }
}
