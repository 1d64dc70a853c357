import Testing
@testable import roadmap

/// What is ready now (issue 26): `status` counts the goals that can be worked on (open or in
/// progress, waiting for no open goal, started), and `next` says what its blocked goals wait for.
@Suite struct ReadyNowCommandTests {
    static let text = """
    # Plan
    **Start Date:** 2026-11-01

    - [x] learn git 🆔 git
    - [ ] learn docker 🆔 docker 📅 2026-11-30
    - [ ] deploy to kubernetes ⛔ docker,git 📅 2026-11-25
    - [ ] write the blog post ⛔ git
    - [/] later 🛫 2027-01-01

    """

    @Test func statusCountsReadyNow() throws {
        let out = try CLIHarness.run(["status"], on: Self.text).output
        #expect(out.contains("Ready now: 2 goals; 1 waits for another goal"), "\(out)")
    }

    /// Scripts see what status shows: `readyNow` in `status --json`, null in a plan without ⛔
    /// (every open goal is ready there, as the text says nothing of it).
    @Test func statusJSONCountsReadyNow() throws {
        let json = try CLIHarness.run(["status", "--json"], on: Self.text).output
        #expect(json.contains(#""readyNow":{"ready":2,"waiting":1}"#), "\(json)")
        let plain = try CLIHarness.run(["status", "--json"], on: "# Plan\n- [ ] a\n").output
        #expect(plain.contains(#""readyNow":null"#), "\(plain)")
    }

    @Test func statusWithoutDependenciesSaysNothingOfThem() throws {
        let out = try CLIHarness.run(["status"], on: "# Plan\n- [ ] a\n").output
        #expect(!out.contains("Ready now"), "\(out)")
    }

    @Test func nextSaysWhatBlockedGoalsWaitFor() throws {
        let out = try CLIHarness.run(["next"], on: Self.text).output
        #expect(out.contains("Waiting (1)"), "\(out)")
        #expect(out.contains("#3") && out.contains("deploy to kubernetes") && out.contains("waits for #2 learn docker"), "\(out)")
        #expect(!out.contains("waits for #1"), "\(out)")
    }

    /// Scripts see the Waiting group too: `next --json` gives each blocked goal as an item with
    /// `reason` "waiting" and `waitsFor`, the ids of the open goals it waits for.
    @Test func nextJSONListsTheWaitingGoals() throws {
        let json = try CLIHarness.run(["next", "--json"], on: Self.text).output
        #expect(json.contains(#""reason":"waiting","id":"3","text":"deploy to kubernetes""#), "\(json)")
        #expect(json.contains(#""waitsFor":["2"]"#), "\(json)")
        let plain = try CLIHarness.run(["next", "--json"], on: "# Plan\n- [ ] a\n").output
        #expect(!plain.contains("waiting"), "\(plain)")
    }
}
