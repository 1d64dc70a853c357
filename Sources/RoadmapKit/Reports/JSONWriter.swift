/// A small streaming JSON writer: enough for the `--json` contracts, with correct string escaping
/// and no Foundation. Keys are written in the order given, so output is stable for golden tests.
public struct JSONWriter {
    /// What is written so far (since the last `flush()`, when streaming).
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]
    private var afterKey = false
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?

    /// A writer that keeps its output in `bytes`.
    public init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
        sink = nil
    }

    /// A writer that hands its output to `sink` in pieces of about 64 KB instead of keeping it
    /// all: the report of a large roadmap is as big as the file, and need not be held in memory
    /// (twice, while the array grows). Call `flush()` after the last value.
    public init(streamingTo sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.reserveCapacity(JSONWriter.pieceSize + 4096)
        self.sink = sink
    }
    private static let pieceSize = 1 << 16

    /// Hands what is buffered to the sink (nothing to do without one).
    public mutating func flush() {
        guard let sink else { return }
        bytes.withUnsafeBufferPointer(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    /// `bytes` as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Before any value: a comma unless it is the first in its container or follows a key.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if sink != nil && bytes.count >= JSONWriter.pieceSize { flush() }
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    /// Keys are literals that need no escaping (the contract's names), so they are copied as they are.
    private mutating func valuePrefix(_ key: StaticString?) {
        separate()
        if let key {
            bytes.append(0x22)
            key.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(0x22)
            bytes.append(0x3A)
        }
    }

    /// A key that is data (a table's column header): the next value goes under it.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(0x3A)
        afterKey = true
    }

    /// Opens an object, under `key` when inside an object.
    public mutating func beginObject(key: StaticString? = nil) { valuePrefix(key); bytes.append(0x7B); needsComma.append(false) }
    /// Closes the innermost object.
    public mutating func endObject() { needsComma.removeLast(); bytes.append(0x7D) }
    /// Opens an array, under `key` when inside an object.
    public mutating func beginArray(key: StaticString? = nil) { valuePrefix(key); bytes.append(0x5B); needsComma.append(false) }
    /// Closes the innermost array.
    public mutating func endArray() { needsComma.removeLast(); bytes.append(0x5D) }

    /// A string, escaped; null when `value` is nil.
    public mutating func string(_ value: String?, key: StaticString? = nil) {
        valuePrefix(key)
        if let value { appendString(value) } else { appendNull() }
    }
    /// A string straight from file bytes: escaped as needed, and any invalid UTF-8 written as
    /// U+FFFD, so the output is always valid JSON without building a `String` first.
    public mutating func string(utf8 pieces: [ArraySlice<UInt8>], separator: UInt8 = 0x20, key: StaticString? = nil) {
        valuePrefix(key)
        bytes.append(0x22)
        for (n, piece) in pieces.enumerated() {
            if n > 0 { bytes.append(separator) }
            piece.withUnsafeBufferPointer { appendEscaped($0) }
        }
        bytes.append(0x22)
    }

    /// `source[range]` as a string, like `string(utf8:)` with one piece; null without a range.
    public mutating func string(_ source: [UInt8], _ range: Range<Int>?, key: StaticString? = nil) {
        valuePrefix(key)
        guard let range else { return appendNull() }
        bytes.append(0x22)
        source.withUnsafeBufferPointer { appendEscaped(UnsafeBufferPointer(rebasing: $0[range])) }
        bytes.append(0x22)
    }

    /// The plain text (`PlainText`) of `source[range]` as a string, without a `String` between;
    /// null without a range.
    public mutating func string(plain source: [UInt8], _ range: Range<Int>?, key: StaticString? = nil) {
        valuePrefix(key)
        guard let range else { return appendNull() }
        scratch.removeAll(keepingCapacity: true)
        PlainText.append(source, range, to: &scratch)
        bytes.append(0x22)
        scratch.withUnsafeBufferPointer { appendEscaped($0) }
        bytes.append(0x22)
    }
    private var scratch: [UInt8] = []

    /// A value already written as JSON (a cached, escaped string), copied as it is.
    public mutating func raw(_ json: [UInt8], key: StaticString? = nil) {
        valuePrefix(key)
        bytes.append(contentsOf: json)
    }

    /// Copies runs that need no escaping whole; escapes `"`, `\`, the C0 controls (RFC 8259), DEL
    /// and the C1 controls. Invalid UTF-8 is replaced the way
    /// `String(decoding:)` does it (one U+FFFD per maximal ill-formed subpart), so a string from
    /// bytes reads the same as one from `Roadmap.text`.
    private mutating func appendEscaped(_ p: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var run = 0
        let end = p.count
        while i < end {
            let b = p[i]
            if b < 0x80 && !b.isControlByte && b != 0x22 && b != 0x5C { i += 1; continue }
            if b >= 0x80 {
                let length = UTF8Validation.sequenceLength(p, at: i)
                if length == 2 && VisibleControls.isC1Control(p, at: i) {
                    // A C1 control (U+0080–U+009F): escaped like C0, so that no consumer that
                    // prints a value hands a terminal a raw CSI or OSC.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                    appendControl(p[i + 1])
                    i += 2
                    run = i
                    continue
                }
                if length == 3 && PathBytes.isMappedScalar(p, at: i) {
                    // A path's raw byte (`PathBytes`): escaped, since the console shows the
                    // scalar itself as `\xNN`, which is not JSON.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                    appendScalar(0xEF00 | UInt32(PathBytes.mappedByte(p, at: i)))
                    i += 3
                    run = i
                    continue
                }
                if length > 0 { i += length; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                var decoded = String(decoding: UnsafeBufferPointer(rebasing: p[i...]), as: UTF8.self)
                decoded.withUTF8 { appendEscaped($0) }
                return
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
            if b == 0x22 || b == 0x5C { bytes.append(0x5C); bytes.append(b) } else { appendControl(b) }
            i += 1
            run = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<end]))
    }

    /// `\uXXXX`, for a scalar of the Basic Multilingual Plane.
    private mutating func appendScalar(_ scalar: UInt32) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes += [0x5C, 0x75] + [12, 8, 4, 0].map { hex[Int(scalar >> $0 & 0xF)] }
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

    /// A whole number.
    public mutating func number(_ value: Int, key: StaticString? = nil) {
        valuePrefix(key)
        // Digits written directly: a String per number is most of the cost of a large report.
        var magnitude = value.magnitude
        if value < 0 { bytes.append(0x2D) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }
    /// A number: whole numbers without a fraction, null for infinity and NaN (which JSON cannot hold).
    public mutating func number(_ value: Double, key: StaticString? = nil) {
        valuePrefix(key)
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else if value.isFinite {
            bytes.append(contentsOf: String(value).utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }
    /// `true` or `false`.
    public mutating func bool(_ value: Bool, key: StaticString? = nil) {
        valuePrefix(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }
    /// `null`.
    public mutating func null(key: StaticString? = nil) {
        valuePrefix(key)
        appendNull()
    }

    private mutating func appendNull() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    private mutating func appendString(_ s: String) {
        var s = s
        bytes.append(0x22)
        s.withUTF8 { appendEscaped($0) }
        bytes.append(0x22)
    }
}
