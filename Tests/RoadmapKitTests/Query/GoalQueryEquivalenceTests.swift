import Testing
@testable import RoadmapKit

/// Words match a goal whatever the Unicode form either is in: an accent typed as one scalar
/// (`é`, NFC, what most keyboards give) finds a goal written with a combining accent (`e` +
/// U+0301, NFD, what some editors and macOS file tools write), and the other way round.
struct GoalQueryEquivalenceTests {
    static let composed = "Caf\u{E9}"
    static let decomposed = "Cafe\u{301}"

    func resolve(_ word: String, in goalText: String) -> Plan.Match {
        let roadmap = Roadmap(parsing: Array("# P\n- [ ] Open a \(goalText) stand\n- [ ] Other\n".utf8))
        return Plan(single: roadmap, path: "roadmap.md").resolve(GoalQuery([word]))
    }

    static let first = Plan.Match.match(GoalRef(file: 0, goal: 0))

    @Test func composedFindsDecomposedAndBack() {
        #expect(resolve(Self.composed, in: Self.decomposed) == Self.first)
        #expect(resolve(Self.decomposed, in: Self.composed) == Self.first)
        #expect(resolve("caf\u{C9}", in: Self.decomposed) == Self.first)  // and case does not matter
    }

    @Test func aBareWordMatchesByItsBytes() {
        // An ASCII word is searched for as bytes (fast): "cafe" is not in "café" written as one
        // scalar, and is in "café" written with a combining accent, whose first bytes are "cafe".
        #expect(resolve("cafe", in: Self.composed) != Self.first)
        #expect(resolve("cafe", in: Self.decomposed) == Self.first)
    }
}
