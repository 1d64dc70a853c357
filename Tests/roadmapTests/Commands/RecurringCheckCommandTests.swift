import Testing
@testable import roadmap

/// `check` on a recurring goal writes the next occurrence as Obsidian Tasks does, one undo takes
/// back both lines, and a rule roadmap cannot read is refused with a message (issue 26).
@Suite struct RecurringCheckCommandTests {
    static let text = "# Plan\n\n- [ ] take out the trash 🔁 every Sunday 📅 2021-04-25\n- [ ] other\n"

    @Test func checkWritesTheNextOccurrenceAndOneUndoTakesBothBack() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        let check = h.run(["check", "1", "--today", "2021-04-24"], variables: state)
        #expect(check.status == .success, "\(check.stderr)")
        #expect(try h.read("roadmap.md") == """
            # Plan

            - [ ] take out the trash 🔁 every Sunday 📅 2021-05-02
            - [x] take out the trash 🔁 every Sunday 📅 2021-04-25 ✅ 2021-04-24
            - [ ] other

            """)
        #expect(check.stdout.contains("next: 2021-05-02"), "\(check.stdout)")
        let undo = h.run(["undo"], variables: state)
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("roadmap.md") == Self.text)
    }

    @Test func anUnknownRuleIsRefused() throws {
        let text = "# Plan\n\n- [ ] dentist 🔁 every January on the 15th 📅 2027-01-15\n"
        let h = try CLIHarness(files: ["roadmap.md": text])
        let check = h.run(["check", "1", "--today", "2026-12-07"])
        #expect(check.status != .success)
        #expect(check.stderr.contains("roadmap.md:3") && check.stderr.contains("every January on the 15th"), "\(check.stderr)")
        #expect(try h.read("roadmap.md") == text)
    }
}
