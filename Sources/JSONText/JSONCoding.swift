/// Why a JSON value does not have the shape a type reads: the path to the place (member names and
/// `[index]`es) and what was wrong there. The server answers a request whose params fail to
/// decode with `InvalidParams` and this text.
public struct JSONDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the problem is, outermost first: member names and `[index]`es.
    public private(set) var path: [String]
    /// What was wrong at `path`, in words for a log line or an error response.
    public let problem: String

    /// A problem found at `path` (empty: at the value itself; containers prepend with `inside(_:)`).
    public init(_ problem: String, path: [String] = []) {
        self.problem = problem
        self.path = path
    }

    /// A type mismatch: "expected a string, found an array".
    public static func expected(_ what: String, found value: JSONValue) -> JSONDecodingError {
        JSONDecodingError("expected \(what), found \(value.kindName)")
    }

    /// The same error seen from the container that holds the failing value.
    public func inside(_ component: String) -> JSONDecodingError {
        var copy = self
        copy.path.insert(component, at: 0)
        return copy
    }

    /// `a.b[2].c: problem`, or the problem alone at the top.
    public var description: String {
        guard !path.isEmpty else { return problem }
        var where_ = ""
        for component in path {
            if !where_.isEmpty && !component.hasPrefix("[") { where_ += "." }
            where_ += component
        }
        return "\(where_): \(problem)"
    }
}

/// A type read from a JSON value; unknown members are ignored, so a newer client's extra fields
/// never make a message unreadable.
public protocol JSONDecodable {
    init(json: JSONValue) throws(JSONDecodingError)
}

/// A type written as a JSON value.
public protocol JSONEncodable {
    var json: JSONValue { get }
}

/// A type both read from and written as JSON: every LSP wire type.
public typealias JSONCodable = JSONDecodable & JSONEncodable

extension JSONValue {
    /// The member `key` of this object read as `T`; an error when this is no object or the member
    /// is missing. A member that may be null is read with `decodeIfPresent`.
    public func decode<T: JSONDecodable>(_ key: String, as type: T.Type = T.self) throws(JSONDecodingError) -> T {
        guard case .object(let object) = self else { throw JSONDecodingError.expected("an object", found: self) }
        guard let member = object[key] else { throw JSONDecodingError("missing member \"\(key)\"") }
        do {
            return try T(json: member)
        } catch {
            throw error.inside(key)
        }
    }

    /// The member `key` read as `T`, or nil when it is missing or null.
    public func decodeIfPresent<T: JSONDecodable>(_ key: String, as type: T.Type = T.self) throws(JSONDecodingError) -> T? {
        guard case .object(let object) = self else { throw JSONDecodingError.expected("an object", found: self) }
        guard let member = object[key], member != .null else { return nil }
        do {
            return try T(json: member)
        } catch {
            throw error.inside(key)
        }
    }

    /// An object of the members whose value is not nil, in the order given: what every protocol
    /// type's `json` is built with, so an absent optional is an absent member.
    public static func object(_ members: KeyValuePairs<String, (any JSONEncodable)?>) -> JSONValue {
        var object = JSONObject()
        for (key, value) in members {
            if let value { object[key] = value.json }
        }
        return .object(object)
    }
}

extension JSONValue: JSONCodable {
    /// Any value is already a JSON value: kept as it is (for `any` members such as `data`).
    public init(json: JSONValue) { self = json }
    /// The value itself.
    public var json: JSONValue { self }
}

extension String: JSONCodable {
    /// Reads a JSON string; any other kind is an error.
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .string(let value) = json else { throw JSONDecodingError.expected("a string", found: json) }
        self = value
    }
    /// Writes the string as a JSON string.
    public var json: JSONValue { .string(self) }
}

extension Bool: JSONCodable {
    /// Reads `true` or `false`; any other kind is an error.
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .bool(let value) = json else { throw JSONDecodingError.expected("a boolean", found: json) }
        self = value
    }
    /// Writes `true` or `false`.
    public var json: JSONValue { .bool(self) }
}

extension Int: JSONCodable {
    /// An integer written without fraction or exponent, within `Int`'s range.
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .number(let number) = json else { throw JSONDecodingError.expected("an integer", found: json) }
        guard let value = number.int else { throw JSONDecodingError("expected an integer, found \(number.text)") }
        self = value
    }
    /// Writes the decimal digits.
    public var json: JSONValue { .number(JSONNumber(self)) }
}

extension Double: JSONCodable {
    /// Reads any JSON number as the nearest `Double`; one beyond `Double`'s range is an error.
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .number(let number) = json else { throw JSONDecodingError.expected("a number", found: json) }
        guard let value = number.double else { throw JSONDecodingError("number out of range: \(number.text)") }
        self = value
    }
    /// Infinity and NaN have no JSON form and are written as null.
    public var json: JSONValue { JSONNumber(self).map(JSONValue.number) ?? .null }
}

extension Array: JSONDecodable where Element: JSONDecodable {
    /// Reads a JSON array, each element as `Element`; an error names the failing index.
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .array(let items) = json else { throw JSONDecodingError.expected("an array", found: json) }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (n, item) in items.enumerated() {
            do {
                result.append(try Element(json: item))
            } catch {
                throw error.inside("[\(n)]")
            }
        }
        self = result
    }
}

extension Array: JSONEncodable where Element: JSONEncodable {
    /// Writes a JSON array of the elements' JSON.
    public var json: JSONValue { .array(map(\.json)) }
}

/// An object read as a map (LSP's `{ [uri: DocumentUri]: TextEdit[] }`); written with its keys in
/// sorted order, so the same map always gives the same bytes.
extension Dictionary: JSONDecodable where Key == String, Value: JSONDecodable {
    /// Reads a JSON object, each member's value as `Value`; an error names the failing member.
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .object(let object) = json else { throw JSONDecodingError.expected("an object", found: json) }
        var result: [String: Value] = [:]
        for (key, value) in object.members {
            do {
                result[key] = try Value(json: value)
            } catch {
                throw error.inside(key)
            }
        }
        self = result
    }
}

extension Dictionary: JSONEncodable where Key == String, Value: JSONEncodable {
    /// Writes a JSON object with the keys in sorted order.
    public var json: JSONValue { .object(JSONObject(keys.sorted().compactMap { key in self[key].map { (key, $0.json) } })) }
}

/// LSP's enumerations are open sets written as their raw value (`SymbolKind` is a number,
/// `CodeActionKind` a string): a type that is `RawRepresentable` over a codable raw value reads
/// and writes itself through it.
extension JSONDecodable where Self: RawRepresentable, RawValue: JSONDecodable {
    /// Reads the raw value; one that names no case of the type is an error.
    public init(json: JSONValue) throws(JSONDecodingError) {
        let raw = try RawValue(json: json)
        guard let value = Self(rawValue: raw) else { throw JSONDecodingError("unknown value \(json.serializedText)") }
        self = value
    }
}

extension JSONEncodable where Self: RawRepresentable, RawValue: JSONEncodable {
    /// Writes the raw value.
    public var json: JSONValue { rawValue.json }
}

extension JSONValue {
    /// The compact JSON text, for messages and tests.
    public var serializedText: String { String(decoding: serialized(), as: UTF8.self) }
}
