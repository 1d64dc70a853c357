import Foundation
import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// `Roadmap.doneDate(of:)` looks for `✅` or `completion::` before reading a goal's fields: it must give what
/// reading the fields gives, on every goal.
@Suite struct DoneDateMarkTests {
    func fromFields(_ roadmap: Roadmap, _ index: Int) -> CivilDate? {
        roadmap.taskDetails(of: index).done
    }

    func check(_ bytes: [UInt8], _ name: String) {
        let roadmap = Roadmap(parsing: bytes)
        for index in roadmap.goals.indices {
            #expect(roadmap.doneDate(of: index) == fromFields(roadmap, index), "\(name): goal \(index + 1)")
        }
    }

    @Test func doneDatesWhereverTheMarkIs() {
        let text = "- [x] Done ✅ 2026-01-02\n- [x] ✅2026-01-03\n- [x] ✅ 2026-13-01\n- [ ] ✅ 2026-01-04 #tag\n"
            + "- [x] Two ✅ 2026-01-05 ✅ 2026-01-06\n- [x] none\n- [x] ✅\n- [x] 📅 2026-01-07\n"
            + "- [x] Dataview [completion:: 2026-01-08]\n- [x] Round (completion:: 2026-01-09)\n"
        let roadmap = Roadmap(parsing: Array(text.utf8))
        #expect(roadmap.doneDate(of: 0) == CivilDate(iso: "2026-01-02"))
        #expect(roadmap.doneDate(of: 5) == nil)
        #expect(roadmap.doneDate(of: 8) == CivilDate(iso: "2026-01-08"))
        #expect(roadmap.doneDate(of: 9) == CivilDate(iso: "2026-01-09"))
        check(Array(text.utf8), "crafted")
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpusGoals() {
        for url in Corpus.files { check(Corpus.bytes(url), Corpus.name(url)) }
    }
}
