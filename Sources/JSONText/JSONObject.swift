/// A JSON object's members: looked up by name, written in the order they were first given.
///
/// Duplicate names (RFC 8259 §4 leaves their meaning to the implementation): **the last value
/// wins**, at the place of the name's first appearance. This is what JavaScript's `JSON.parse`
/// does with the value, so a client that repeats a key means what its own runtime would read.
/// Equality ignores the order, as objects are unordered (§4).
///
/// The values are kept in the names' order, found by a linear search while the object is small
/// (every object the server writes: a diagnostic, a range, a position) and through an index by
/// name once it has more than `linearLimit` members (a client's object with thousands of names
/// stays linear to read). A publishDiagnostics of a large file is tens of thousands of small
/// objects: hashing each name to build and then to write each one was a tenth of a keystroke.
public struct JSONObject: Hashable, Sendable {
    /// The member names in order of first appearance.
    public private(set) var keys: [String] = []
    /// The values, in the order of `keys` (the writer walks both).
    private(set) var values: [JSONValue] = []
    /// Where each name is in `keys`, once there are more than `linearLimit` of them.
    private var index: [String: Int]?
    /// How many members are searched for linearly before the object keeps an index.
    static let linearLimit = 8

    /// An object without members.
    public init() {}

    /// The members in the order given; a repeated name keeps its first place and its last value.
    public init(_ members: [(String, JSONValue)]) {
        keys.reserveCapacity(members.count)
        values.reserveCapacity(members.count)
        for (key, value) in members { self[key] = value }
    }

    /// How many members (distinct names) the object has.
    public var count: Int { keys.count }
    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return keys.firstIndex(of: key)
    }

    /// The member's value; setting nil removes the member, setting an existing name replaces its
    /// value in place.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { values[$0] } }
        set {
            if let newValue {
                if let at = position(of: key) {
                    values[at] = newValue
                    return
                }
                keys.append(key)
                values.append(newValue)
                if index != nil {
                    index?[key] = keys.count - 1
                } else if keys.count > Self.linearLimit {
                    index = Self.index(of: keys)
                }
            } else if let at = position(of: key) {
                keys.remove(at: at)
                values.remove(at: at)
                if index != nil { index = Self.index(of: keys) }
            }
        }
    }

    private static func index(of keys: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(keys.count)
        for (at, key) in keys.enumerated() { index[key] = at }
        return index
    }

    /// The members in order.
    public var members: [(key: String, value: JSONValue)] {
        Array(zip(keys, values))
    }

    /// The same names with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in zip(lhs.keys, lhs.values) where rhs[key] != value { return false }
        return true
    }

    /// Order-free, as equality is: the members' hashes are summed.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for (key, value) in zip(keys, values) {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            sum &+= member.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}
