/// Compact JSON (no whitespace between tokens), as an LSP message body is written.
extension JSONValue {
    /// The value's compact JSON text as UTF-8 bytes.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    /// Appends the value. Numbers are written as their text, objects in their members' order.
    public func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let number): out.append(contentsOf: number.text.utf8)
        case .string(let string): JSONValue.write(string: string, to: &out)
        case .array(let items):
            out.append(0x5B)
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(0x2C) }
                item.write(to: &out)
            }
            out.append(0x5D)
        case .object(let object):
            out.append(0x7B)
            // Names and values side by side, not through `members`, which builds an array of
            // pairs for every object, nor by looking each name up: a publishDiagnostics of a
            // large file has tens of thousands of objects.
            for n in object.keys.indices {
                if n > 0 { out.append(0x2C) }
                JSONValue.write(string: object.keys[n], to: &out)
                out.append(0x3A)
                object.values[n].write(to: &out)
            }
            out.append(0x7D)
        case .raw(let raw): out.append(contentsOf: raw.bytes)
        }
    }

    /// A string in quotes, escaped as RFC 8259 §7 requires and no more: `"`, `\` and U+0000 to
    /// U+001F (with the short forms `\b \f \n \r \t`). Everything else is copied as UTF-8, which a
    /// Swift string always is, so the output is valid JSON for any string. Runs of bytes that need
    /// no escape are found eight bytes at a time (`ByteWords`) and copied whole: a publishDiagnostics
    /// of a large file is some 10,000 messages.
    public static func write(string: String, to out: inout [UInt8]) {
        var string = string
        out.append(0x22)
        string.withUTF8 { p in
            guard let base = p.baseAddress else { return }
            let count = p.count
            var run = 0
            var i = 0
            while i < count {
                if count - i >= 8 {
                    let found = ByteWords.needingEscape(ByteWords.load(base + i))
                    if found == 0 { i += 8; continue }
                    // The lowest flagged byte is exact (see `ByteWords`).
                    i += found.trailingZeroBitCount >> 3
                }
                let b = base[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { i += 1; continue }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run)) }
                i += 1
                run = i
                switch b {
                case 0x22, 0x5C: out.append(0x5C); out.append(b)
                case 0x08: out.append(0x5C); out.append(0x62)
                case 0x0C: out.append(0x5C); out.append(0x66)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                default:
                    // \u00XX, lower-case hex.
                    let digit = { (d: UInt8) -> UInt8 in d < 10 ? 0x30 + d : 0x57 + d }
                    out.append(0x5C); out.append(0x75); out.append(0x30); out.append(0x30)
                    out.append(digit(b >> 4)); out.append(digit(b & 0xF))
                }
            }
            if run < count { out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: count - run)) }
        }
        out.append(0x22)
    }

    /// Appends the decimal text of `value`, as an integer's `JSONNumber` has it (`String(value)`),
    /// without making that string: for types that write their own JSON text (`JSONRaw(written:)`).
    public static func write(int value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor &*= 10 }
        while divisor > 0 {
            out.append(0x30 &+ UInt8(truncatingIfNeeded: magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// Appends `text` as it is: punctuation and member names (`{"range":`) of JSON text a type
    /// writes itself (`JSONRaw(written:)`); the caller makes it valid JSON.
    public static func write(verbatim text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
