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
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }
}
