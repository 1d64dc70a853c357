/// A JSON value already written: its compact text (`JSONValue.serialized()`), which the writer
/// copies as it is instead of walking the value again. The language server keeps each published
/// diagnostic so: a keystroke on a large document republishes thousands of diagnostics of which it
/// changed a few, and writing them again was a fifth of the keystroke.
///
/// It stands for the value it was written from: equality, hashing and the accessors of `JSONValue`
/// read the text back (only tests and the rare reader pay for that), so a `.raw` value equals the
/// value it was made of.
public struct JSONRaw: Sendable {
    /// The compact JSON text, as `serialized()` wrote it.
    public let bytes: [UInt8]

    /// The text of `value`, written once.
    public init(_ value: JSONValue) { bytes = value.serialized() }

    /// Text a type wrote itself with this module's writers (`write(verbatim:to:)`,
    /// `write(string:to:)`, `write(int:to:)`, `write(to:)`), byte for byte what `serialized()`
    /// writes for the value it stands for. Nothing is checked: not reading it again is the point
    /// (a diagnostic's text is written without building its value: `Diagnostic.rawJSON`), so each
    /// such type has a test comparing its text with `serialized()`.
    public init(written bytes: [UInt8]) { self.bytes = bytes }

    /// The value the text is of. It was written by this module's writer, so it always reads back
    /// (nesting has no limit here: the writer had none); `null` stands in should it ever not.
    public var value: JSONValue {
        let read = try? JSONValue(parsing: bytes, depthLimit: Int.max)
        return read ?? .null
    }
}

extension JSONValue {
    /// The value itself, `.raw` read back into the case it was written from.
    public var resolved: JSONValue {
        if case .raw(let raw) = self { return raw.value.resolved }
        return self
    }

    /// Equality of values: a `.raw` value equals the value it was written from.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        case let (.raw(a), .raw(b)) where a.bytes == b.bytes: return true
        case (.raw, _), (_, .raw): return lhs.resolved == rhs.resolved
        default: return false
        }
    }

    /// Hashes the value as `==` compares it (a `.raw` value as the value it was written from).
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(1); hasher.combine(value)
        case .number(let value): hasher.combine(2); hasher.combine(value)
        case .string(let value): hasher.combine(3); hasher.combine(value)
        case .array(let value): hasher.combine(4); hasher.combine(value)
        case .object(let value): hasher.combine(5); hasher.combine(value)
        case .raw: resolved.hash(into: &hasher)
        }
    }
}
