import JSONText
import Testing

@Suite struct JSONCodingTests {
    struct Point: JSONCodable, Equatable {
        var x: Int
        var label: String?
        init(x: Int, label: String?) { self.x = x; self.label = label }
        init(json: JSONValue) throws(JSONDecodingError) {
            x = try json.decode("x")
            label = try json.decodeIfPresent("label")
        }
        var json: JSONValue { .object(["x": x, "label": label]) }
    }

    @Test func absentOptionalsAreAbsentMembers() throws {
        #expect(Point(x: 1, label: nil).json.serializedText == #"{"x":1}"#)
        #expect(Point(x: 1, label: "a").json.serializedText == #"{"x":1,"label":"a"}"#)
        #expect(try Point(json: JSONValue(parsing: #"{"x":1,"label":null,"extra":[1]}"#)) == Point(x: 1, label: nil))
    }

    @Test func errorsNameThePath() throws {
        let value = try JSONValue(parsing: #"{"points":[{"x":1},{"x":"2"}]}"#)
        #expect(throws: JSONDecodingError("expected an integer, found a string", path: ["points", "[1]", "x"])) {
            let _: [Point] = try value.decode("points")
        }
        let error = JSONDecodingError("expected an integer, found a string", path: ["points", "[1]", "x"])
        #expect(error.description == "points[1].x: expected an integer, found a string")
        #expect(throws: JSONDecodingError("missing member \"x\"", path: ["points", "[0]"])) {
            let _: [Point] = try JSONValue(parsing: #"{"points":[{}]}"#).decode("points")
        }
        #expect(throws: JSONDecodingError("expected an integer, found 1.5")) { try Int(json: JSONValue(parsing: "1.5")) }
    }

    enum Kind: Int, JSONCodable { case one = 1, two = 2 }

    @Test func rawRepresentableGoesThroughItsRawValue() throws {
        #expect(try Kind(json: 2) == .two)
        #expect(Kind.one.json == 1)
        #expect(throws: JSONDecodingError("unknown value 3")) { try Kind(json: 3) }
    }

    @Test func dictionariesAreWrittenSorted() throws {
        let map = ["b": 2, "a": 1]
        #expect(map.json.serializedText == #"{"a":1,"b":2}"#)
        #expect(try [String: Int](json: map.json) == map)
    }
}
