import Testing
@testable import RoadmapKit

/// Fenced and indented code: task lines inside are text, never goals.
struct CodeBlockTests {
    @Test(arguments: ["```", "~~~", "````", "```markdown", "~~~ yaml", "   ```"])
    func fencedCodeHidesGoals(fence: String) {
        let closing = fence.drop(while: { $0 == " " }).prefix(while: { $0 == "`" || $0 == "~" })
        #expect(goals("\(fence)\n- [ ] inside\n\(closing)\n- [ ] outside\n") == [g(4, .open, "outside")])
    }

    @Test func shorterFenceDoesNotClose() {
        #expect(goals("````\n```\n- [ ] still code\n````\n- [ ] after\n") == [g(5, .open, "after")])
    }

    @Test func otherCharacterDoesNotClose() {
        #expect(goals("```\n~~~\n- [ ] still code\n```\n") == [])
    }

    @Test func backtickInInfoStringIsNoFence() {
        #expect(goals("``` a`b\n- [ ] a goal\n") == [g(2, .open, "a goal")])
    }

    @Test func unclosedFenceRunsToTheEnd() {
        #expect(goals("```\n- [ ] code\n\n- [ ] code too\n") == [])
    }

    @Test func closingFenceWithTrailingTextDoesNotClose() {
        #expect(goals("```\n``` not a close\n- [ ] code\n```\n") == [])
    }

    @Test func fenceInsideAListItemEndsWithTheItem() {
        #expect(goals("- item\n  ```\n  - [ ] code\n- [ ] after\n") == [g(4, .open, "after")])
    }

    @Test func indentedCodeAfterABlankLine() {
        #expect(goals("text\n\n    - [ ] code\n") == [])
    }

    @Test func indentedLineAfterAParagraphContinuesIt() {
        #expect(goals("- [ ] goal\n      - [ ] continuation\n") == [g(1, .open, "goal - [ ] continuation")])
    }

    @Test func indentedCodeInsideAListItem() {
        #expect(goals("- [ ] goal\n\n      - [ ] code in the item\n") == [g(1, .open, "goal")])
    }
}
