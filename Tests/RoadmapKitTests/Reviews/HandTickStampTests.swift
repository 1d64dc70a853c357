import Testing
@testable import RoadmapKit

/// A review stamps the goals ticked by hand in its period first, and writes the stamp and its own
/// edits as one change on the files as read.
@Suite struct HandTickStampTests {
    static let text = "# Plan\n\n- [x] Linux\n- [ ] Docker\n"

    func original() -> Plan { Plan(single: Roadmap(parsing: Array(Self.text.utf8)), path: "roadmap.md") }

    @Test func theReviewSeesThePlanStamped() {
        let stamp = HandTickStamp(original(), stamping: [(GoalRef(file: 0, goal: 0), CivilDate(iso: "2026-11-03")!)])
        #expect(stamp.plan.files[0].roadmap.undatedDoneGoals.isEmpty)
        #expect(String(decoding: stamp.plan.files[0].roadmap.bytes, as: UTF8.self).contains("- [x] Linux ✅ 2026-11-03\n"))
        #expect(stamp.stamp[0].count == 1)
        #expect(HandTickStamp(original()).stamp == [[]])
    }

    @Test func theReviewsEditsGoOnTheFilesAsRead() throws {
        let plan = original()
        let stamp = HandTickStamp(plan, stamping: [(GoalRef(file: 0, goal: 0), CivilDate(iso: "2026-11-03")!)])
        // An entry appended at the end of the stamped file.
        let end = stamp.plan.files[0].roadmap.bytes.count
        let appended = [[TextEdit(range: end..<end, replacement: Array("\nLog\n".utf8))]]
        let edits = try stamp.edits(appended).get()
        #expect(String(decoding: edits[0].applied(to: plan.files[0].roadmap.bytes), as: UTF8.self)
                == "# Plan\n\n- [x] Linux ✅ 2026-11-03\n- [ ] Docker\n\nLog\n")
        // An edit where the date goes cannot be placed on the file as read.
        let at = Array(stamp.plan.files[0].roadmap.bytes).firstIndex(of: 0xE2)!
        #expect(throws: HandTickStamp.Collision(file: 0)) { try stamp.edits([[TextEdit(range: at..<(at + 3), replacement: [])]]).get() }
    }
}
