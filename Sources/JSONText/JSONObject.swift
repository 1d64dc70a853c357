/// A JSON object's members: looked up by name, written in the order they were first given.
///
/// Duplicate names (RFC 8259 §4 leaves their meaning to the implementation): **the last value
/// wins**, at the place of the name's first appearance. This is what JavaScript's `JSON.parse`
/// does with the value, so a client that repeats a key means what its own runtime would read.
/// Equality ignores the order, as objects are unordered (§4).
public struct JSONObject: Hashable, Sendable {
    /// The member names in order of first appearance.
    public private(set) var keys: [String] = []
    private var values: [String: JSONValue] = [:]

    /// An object without members.
    public init() {}

    /// The members in the order given; a repeated name keeps its first place and its last value.
    public init(_ members: [(String, JSONValue)]) {
        for (key, value) in members { self[key] = value }
    }

    /// How many members (distinct names) the object has.
    public var count: Int { keys.count }
    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// The member's value; setting nil removes the member, setting an existing name replaces its
    /// value in place.
    public subscript(key: String) -> JSONValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The members in order.
    public var members: [(key: String, value: JSONValue)] {
        keys.map { ($0, values[$0] ?? .null) }
    }

    /// The same names with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.values == rhs.values }

    /// Order-free, as equality is: the members' hashes are summed.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for (key, value) in values {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            sum &+= member.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}
