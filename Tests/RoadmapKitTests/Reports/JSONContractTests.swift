import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// The --json output is a contract: it must parse as JSON whatever bytes the file holds, and say
/// what the model says.
struct JSONContractTests {
    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let bytes = Array("- [ ] bad ".utf8) + [0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80] + Array(" \"q\" \\ ✅\n".utf8)
        let json = RoadmapJSON.goals([GoalRef(file: 0, goal: 0)], of: plan(Roadmap(parsing: bytes))).bytes
        let parsed = try JSONSerialization.jsonObject(with: Data(json)) as! [[String: Any]]
        #expect(parsed[0]["text"] as? String == "bad \u{FFFD}(\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} \"q\" \\ ✅")
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func everyCorpusFileGivesParsableJSONThatAgreesWithTheModel() throws {
        var goals = 0
        for url in Corpus.files {
            let roadmap = Roadmap(parsing: Corpus.bytes(url))
            let list = try JSONSerialization.jsonObject(with: Data(RoadmapJSON.goals(roadmap.goals.indices.map { GoalRef(file: 0, goal: $0) }, of: plan(roadmap)).bytes)) as! [[String: Any]]
            #expect(list.count == roadmap.goals.count)
            for (index, item) in list.enumerated() {
                #expect(item["text"] as? String == roadmap.text(of: index, withoutDoneDate: true), "\(Corpus.name(url)) goal \(index + 1)")
                #expect(item["state"] as? String == roadmap.goals[index].state.rawValue)
                #expect(item["line"] as? Int == roadmap.goals[index].line)
            }
            goals += list.count
            let status = try JSONSerialization.jsonObject(with: Data(RoadmapJSON.status(plan(roadmap, path: Corpus.name(url))).bytes)) as! [String: Any]
            #expect((status["goals"] as! [String: Any])["total"] as? Int == roadmap.goals.count)
        }
        #expect(goals > 7000)
    }
}
