import Testing
@testable import RoadmapKit

/// The rule that follows a goal through history by its text (see `GoalIdentity`).
struct GoalIdentityTests {
    func key(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: GoalIdentity.key(bytes, 0..<bytes.count), as: UTF8.self)
    }

    @Test func markdownDoneDateCaseAndBlanksAreIgnored() {
        #expect(key("Learn **Docker**  [basics](https://x.io) ✅ 2026-02-01") == "learn docker basics")
        #expect(key("Learn\tdocker basics ") == "learn docker basics")
    }

    @Test func equalTextsPairInOrderBeforeCloseOnes() {
        let old = ["read the docs", "read the docs", "learn docker basics", "deploy an app"].map { Array($0.utf8) }
        let new = ["learn docker basics well", "read the docs", "deploy an app", "read the docs", "write a book"].map { Array($0.utf8) }
        #expect(GoalIdentity.match(old: old, new: new) == [2, 0, 3, 1, nil])
    }

    @Test func slightRewordingIsTheSameGoalAndAnotherGoalIsNot() {
        func close(_ a: String, _ b: String) -> Bool { GoalIdentity.distance(Array(a.utf8), Array(b.utf8)) != nil }
        #expect(close("learn kuberntes", "learn kubernetes"))
        #expect(close("pass the ckad exam", "pass the ckad exam (2026)"))
        #expect(close("learn docker", "learn docker and compose"))
        #expect(!close("learn docker", "write a kubernetes operator"))
        #expect(!close("read the docs", "ship the app"))
    }
}
