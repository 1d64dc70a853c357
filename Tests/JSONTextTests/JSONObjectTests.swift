import JSONText
import Testing

/// `JSONObject` keeps its values in order and searches small objects linearly, keeping an index
/// by name only past a few members: both ways must behave as one ordered dictionary, the last
/// value of a repeated name winning at its first place.
@Suite struct JSONObjectTests {
    /// Sets, replaces and removes names in a seeded order on objects crossing the linear limit,
    /// and compares every lookup, the order and the written text with a plain model.
    @Test(arguments: [3, 8, 9, 40, 1_000])
    func behavesAsAnOrderedDictionary(size: Int) {
        var object = JSONObject()
        var order: [String] = []
        var model: [String: Int] = [:]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(size)
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for step in 0..<(size * 3) {
            let key = "k\(next(size))"
            if next(5) == 0 {
                object[key] = nil
                model[key] = nil
                order.removeAll { $0 == key }
            } else {
                object[key] = .number(JSONNumber(step))
                if model.updateValue(step, forKey: key) == nil { order.append(key) }
            }
            #expect(object.count == order.count)
        }
        #expect(object.keys == order)
        for key in order { #expect(object[key] == .number(JSONNumber(model[key]!))) }
        #expect(object["absent"] == nil)
        #expect(object.members.map(\.key) == order)
        let written = "{" + order.map { "\"\($0)\":\(model[$0]!)" }.joined(separator: ",") + "}"
        #expect(JSONValue.object(object).serializedText == written)
        // Equal whatever the order, and hashed alike.
        let reversed = JSONObject(order.reversed().map { ($0, .number(JSONNumber(model[$0]!))) })
        #expect(reversed == object)
        #expect(reversed.hashValue == object.hashValue)
        var different = reversed
        if let first = order.first { different[first] = .null }
        #expect(order.isEmpty || different != object)
    }

    @Test func aRepeatedNameKeepsItsPlaceAndItsLastValue() {
        let object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(object.keys == ["a", "b"])
        #expect(JSONValue.object(object).serializedText == #"{"a":3,"b":2}"#)
    }
}
