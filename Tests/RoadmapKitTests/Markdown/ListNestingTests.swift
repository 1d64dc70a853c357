import Testing
@testable import RoadmapKit

/// Nesting by spaces or tabs, parents and children, and the roll-up of children's progress.
struct ListNestingTests {
    @Test func nestedBySpaces() {
        let r = roadmap("""
        - [ ] parent
          - [x] child one
          - [ ] child two
            - [x] grandchild
        - [ ] sibling

        """)
        #expect(r.goals.map(\.depth) == [0, 1, 1, 2, 0])
        #expect(r.goals.map(\.parentIndex) == [nil, 0, 0, 2, nil])
        let children = r.childTally(of: 0)
        #expect(children.total == 3)
        #expect(children.done == 2)
        #expect(r.childTally(of: 4).total == 0)
    }

    @Test func nestedByTabs() {
        let r = roadmap("- [ ] Data structures\n\t- [ ] Arrays\n\t\t- [x] [Practice](https://example.com)\n")
        #expect(r.goals.map(\.depth) == [0, 1, 2])
        #expect(r.goals[2].state == .done)
    }

    @Test func childUnderAPlainItemHasNoParentGoal() {
        let r = roadmap("- Skills\n  - [ ] Docker\n")
        #expect(r.goals.count == 1)
        #expect(r.goals[0].parentIndex == nil)
        #expect(r.goals[0].depth == 0)
    }

    @Test func insufficientIndentStartsASiblingNotAChild() {
        // `- [ ] a` has content at column 2; a marker at column 1 is not inside it.
        let r = roadmap("- [ ] a\n - [ ] b\n")
        #expect(r.goals.map(\.depth) == [0, 0])
    }

    @Test func orderedListsNest() {
        let r = roadmap("1. [ ] first\n   1. [x] inner\n2. [ ] second\n")
        #expect(r.goals.map(\.depth) == [0, 1, 0])
        #expect(r.goals.map(\.state) == [.open, .done, .open])
    }

    @Test func taskAsTheFirstParagraphAfterABlankItemLine() {
        // GFM: the item's first block is a paragraph starting with the marker.
        #expect(goals("-\n  [ ] later\n") == [g(2, .open, "later")])
    }

    @Test func markerOfANestedItemOnTheSameLine() {
        #expect(goals("- - [ ] inner\n") == [g(1, .open, "inner")])
    }

    @Test func secondParagraphOfAnItemIsNotAGoal() {
        #expect(goals("- text\n\n  [ ] not first\n") == [])
    }

    @Test func deepNestingDoesNotRecurse() {
        var text = ""
        for depth in 0..<2000 { text += String(repeating: "  ", count: depth) + "- [ ] level \(depth)\n" }
        let r = roadmap(text)
        #expect(r.goals.count == 2000)
        #expect(r.goals.last?.depth == 1999)
        #expect(r.childTally(of: 0).total == 1999)
    }
}
