import Testing
@testable import roadmap

/// `roadmap depend GOAL --on OTHER` (issue 26): writes the `🆔` and the `⛔`, refuses a cycle,
/// `--remove` and `--clear` take links out, `--dry-run` shows the diff and writes nothing.
@Suite struct DependCommandTests {
    static let text = "# Plan\n\n- [ ] learn docker\n- [ ] deploy to kubernetes\n"

    @Test func dependWritesBothFieldsAndUndoes() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        let run = h.run(["depend", "kubernetes", "--on", "learn docker"], variables: state)
        #expect(run.status == .success, "\(run.stderr)")
        #expect(try h.read("roadmap.md") == "# Plan\n\n- [ ] learn docker 🆔 learn-docker\n- [ ] deploy to kubernetes ⛔ learn-docker\n")
        #expect(run.stdout.contains("#2") && run.stdout.contains("waits for") && run.stdout.contains("#1"), "\(run.stdout)")
        #expect(h.run(["undo"], variables: state).status == .success)
        #expect(try h.read("roadmap.md") == Self.text)
    }

    @Test func dryRunWritesNothing() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let run = h.run(["depend", "2", "--on", "1", "--dry-run"])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(run.stdout.contains("+- [ ] deploy to kubernetes ⛔ learn-docker"), "\(run.stdout)")
        #expect(try h.read("roadmap.md") == Self.text)
    }

    @Test func aCycleIsRefused() throws {
        let text = "# Plan\n\n- [ ] a 🆔 a ⛔ b\n- [ ] b 🆔 b\n"
        let h = try CLIHarness(files: ["roadmap.md": text])
        let run = h.run(["depend", "2", "--on", "1"])
        #expect(run.status != .success)
        #expect(run.stderr.contains("cycle") && run.stderr.contains("#2 → #1 → #2"), "\(run.stderr)")
        #expect(try h.read("roadmap.md") == text)
    }

    @Test func removeAndClear() throws {
        let text = "# Plan\n\n- [ ] a 🆔 a\n- [ ] c 🆔 c\n- [ ] b ⛔ a,c\n"
        let h = try CLIHarness(files: ["roadmap.md": text])
        #expect(h.run(["depend", "3", "--on", "1", "--remove"]).status == .success)
        #expect(try h.read("roadmap.md") == "# Plan\n\n- [ ] a 🆔 a\n- [ ] c 🆔 c\n- [ ] b ⛔ c\n")
        #expect(h.run(["depend", "3", "--clear"]).status == .success)
        #expect(try h.read("roadmap.md") == "# Plan\n\n- [ ] a 🆔 a\n- [ ] c 🆔 c\n- [ ] b\n")
        let neither = h.run(["depend", "3"])
        #expect(neither.status != .success && neither.stderr.contains("--on"), "\(neither.stderr)")
    }
}
