/// One JSON value (RFC 8259 §3), as read from bytes by `JSONValue.init(parsing:)` or built in code
/// and written by `serialized()` (or kept written, `.raw`). Numbers keep their text
/// (`JSONNumber`), so nothing is rounded between reading and writing; objects keep their members'
/// order (`JSONObject`).
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
    /// A value already written as compact JSON text, which the writer copies as it is (`JSONRaw`).
    /// It stands for the value it was written from: it equals that value, and the accessors
    /// below read it back.
    case raw(JSONRaw)

    /// Whether this is JSON `null`.
    public var isNull: Bool { self == .null }

    /// The boolean, or nil for any other kind.
    public var bool: Bool? {
        if case .bool(let value) = resolved { return value }
        return nil
    }

    /// The number with its text, or nil for any other kind.
    public var number: JSONNumber? {
        if case .number(let value) = resolved { return value }
        return nil
    }

    /// The number as an `Int` when it is an integer that fits (`JSONNumber.int`).
    public var int: Int? { number?.int }

    /// The number as the nearest `Double` (`JSONNumber.double`).
    public var double: Double? { number?.double }

    /// The string, or nil for any other kind.
    public var string: String? {
        if case .string(let value) = resolved { return value }
        return nil
    }

    /// The array's elements, or nil for any other kind.
    public var array: [JSONValue]? {
        if case .array(let value) = resolved { return value }
        return nil
    }

    /// The object's members, or nil for any other kind.
    public var object: JSONObject? {
        if case .object(let value) = resolved { return value }
        return nil
    }

    /// The member named `key` of an object; nil for a missing member or a value that is no object.
    public subscript(key: String) -> JSONValue? { object?[key] }

    /// A short name of the value's kind, for error messages ("expected a string, found an array").
    public var kindName: String {
        switch resolved {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        case .raw: "a value"
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    /// `nil` is JSON `null`.
    public init(nilLiteral: ()) { self = .null }
    /// `true` and `false` are JSON booleans.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer literal is a JSON number with its decimal text.
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    /// A float literal is a JSON number (its shortest text); infinity and NaN become null.
    public init(floatLiteral value: Double) { self = JSONNumber(value).map(JSONValue.number) ?? .null }
    /// A string literal is a JSON string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An array literal is a JSON array of its elements.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Members in the order written; a repeated key keeps its first place and its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
