import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// A short, deterministic burst of the fuzzer's done-date generator (`DoneDateDocuments`; the long
/// run is `make fuzz`): 1,000 documents from a seeded generator, every goal ticked and unticked,
/// with all of the fuzzer's invariants.
struct DoneDateFuzzTests {
    @Test func thousandDocumentsKeepTheInvariants() {
        var random = SplitMix(seed: 13)
        var failures: [String] = []
        var goals = 0, dated = 0
        for n in 0..<1_000 {
            let document = DoneDateDocuments.document(from: DoneDateDocuments.recipe(lines: 12, using: &random))
            let roadmap = Roadmap(parsing: document)
            goals += roadmap.goals.count
            dated += roadmap.goals.indices.filter { roadmap.doneDate(of: $0) != nil }.count
            let problems = Invariants.violations(of: document, goalLimit: 8) + Invariants.doneDates(roadmap)
            if let first = problems.first {
                failures.append("document \(n) \(String(decoding: document, as: UTF8.self).debugDescription): \(first)")
            }
        }
        print("done-date documents: 1000, \(goals) goals, \(dated) with a done date, \(failures.count) failing")
        #expect(goals > 2_000 && dated > 300, "the generator makes goals with done dates")
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
