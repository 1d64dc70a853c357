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
    /// Swift string always is, so the output is valid JSON for any string.
    public static func write(string: String, to out: inout [UInt8]) {
        var string = string
        out.append(0x22)
        string.withUTF8 { p in
            var run = 0
            for i in 0..<p.count {
                let b = p[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                run = i + 1
                switch b {
                case 0x22, 0x5C: out.append(0x5C); out.append(b)
                case 0x08: out.append(0x5C); out.append(0x62)
                case 0x0C: out.append(0x5C); out.append(0x66)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count]))
        }
        out.append(0x22)
    }
}
