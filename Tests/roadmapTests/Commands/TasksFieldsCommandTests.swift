import Foundation
import Testing
@testable import roadmap

/// Obsidian Tasks fields are not goal text: every front end shows the description, and JSON
/// gives each field its own key (issue 26).
@Suite struct TasksFieldsCommandTests {
    static let text = """
    # Plan
    ## Goals
    - [ ] Renew the passport ⏫ ➕ 2026-11-01 🛫 2026-11-10 ⏳ 2026-11-20 📅 2026-12-01 #admin
    - [ ] Book flights [priority:: lowest] [repeat:: every year] [onCompletion:: delete] [id:: fly] [dependsOn:: pass, visa]
    - [-] Apply for a visa ❌ 2026-11-15 🆔 visa
    - [ ] Plain goal

    """

    @Test func listShowsTheTextWithoutFields() throws {
        let result = try CLIHarness.run(["list"], on: Self.text)
        #expect(result.output.contains("Renew the passport #admin"), "\(result.output)")
        #expect(!result.output.contains("⏫") && !result.output.contains("📅") && !result.output.contains("[priority::"), "\(result.output)")
        #expect(result.output.contains("Book flights\n") || result.output.contains("Book flights "), "\(result.output)")
    }

    @Test func listJSONGivesEachField() throws {
        let out = try CLIHarness.run(["list", "--json"], on: Self.text).output
        #expect(out.contains(#""text":"Renew the passport #admin""#), "\(out)")
        #expect(out.contains(#""created":"2026-11-01","scheduled":"2026-11-20","start":"2026-11-10","cancelledDate":null,"priority":"high","recurrence":null,"onCompletion":null,"taskId":null,"dependsOn":[]"#), "\(out)")
        #expect(out.contains(#""text":"Book flights""#), "\(out)")
        #expect(out.contains(#""priority":"lowest","recurrence":"every year","onCompletion":"delete","taskId":"fly","dependsOn":["pass","visa"]"#), "\(out)")
        #expect(out.contains(#""cancelledDate":"2026-11-15""#) && out.contains(#""taskId":"visa""#), "\(out)")
        #expect(out.contains(#""text":"Plain goal","state":"open""#) && out.contains(#""priority":null"#), "\(out)")
    }

    @Test func nextJSONTextIsWithoutFields() throws {
        let out = try CLIHarness.run(["next", "--json"], on: Self.text).output
        #expect(!out.contains("⏫") && !out.contains("[priority::"), "\(out)")
        #expect(out.contains(#""priority":"high""#), "\(out)")
    }
}

/// `list` and `next` filter and order by the Tasks fields (issue 26).
@Suite struct TasksFieldsFilterTests {
    static let text = """
    # Plan
    ## Goals
    - [ ] Alpha 📅 2026-11-25
    - [ ] Beta ⏫ 📅 2026-11-28
    - [ ] Gamma ⏳ 2026-11-22 📅 2026-11-30
    - [ ] Delta 🛫 2026-12-05 📅 2026-11-26
    - [ ] Epsilon 🔽 🛫 2026-11-01
    - [ ] Zeta [priority:: highest]

    """

    func names(_ output: String) -> [String] {
        ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"].filter { output.contains($0) }
            .sorted { output.range(of: $0)!.lowerBound < output.range(of: $1)!.lowerBound }
    }

    @Test(arguments: [
        (["list", "--priority", "high"], ["Beta", "Zeta"]),
        (["list", "--priority", "highest"], ["Zeta"]),
        (["list", "--priority", "low"], ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"]),
        (["list", "--scheduled"], ["Gamma"]),
        (["list", "--started"], ["Epsilon"]),
        (["list", "--started", "--priority", "medium"], []),
    ])
    func listFilters(_ arguments: [String], _ expected: [String]) throws {
        let run = try CLIHarness.run(arguments, on: Self.text, today: "2026-11-22")
        #expect(run.status == .success, "\(run.errors)")
        #expect(names(run.output) == expected, "\(run.output)")
    }

    @Test func aBadPriorityIsAUsageError() throws {
        let run = try CLIHarness.run(["list", "--priority", "urgent"], on: Self.text)
        #expect(run.status != .success && run.errors.contains("highest, high, medium, low, lowest"), "\(run.errors)")
    }

    /// Scheduled for today and high priority first, each group otherwise by due date; a goal
    /// whose start date is still to come is left out.
    @Test func nextPutsTodayAndHighPriorityFirst() throws {
        let run = try CLIHarness.run(["next", "--no-color"], on: Self.text, today: "2026-11-22")
        #expect(names(run.output) == ["Beta", "Gamma", "Alpha"], "\(run.output)")
        let high = try CLIHarness.run(["next", "--priority", "high"], on: Self.text, today: "2026-11-22")
        #expect(names(high.output) == ["Beta"], "\(high.output)")
    }
}

/// `⛔` makes a goal wait for the goals with those `🆔`s anywhere in the plan (issue 26).
@Suite struct TasksDependencyTests {
    static let text = """
    # Plan
    ## Goals
    - [x] Pour the foundation 🆔 found 📅 2026-11-20
    - [ ] Frame the walls 🆔 walls ⛔ found 📅 2026-11-25
    - [ ] Raise the roof ⛔ walls 📅 2026-11-26
    - [ ] Paint ⛔ roof,walls 📅 2026-11-27
    - [ ] Plant a tree ⛔ nowhere 📅 2026-11-28
    - [-] Dig a pool 🆔 pool
    - [ ] Fill the pool ⛔ pool 📅 2026-11-29

    """

    func names(_ output: String) -> [String] {
        ["Pour", "Frame", "Raise", "Paint", "Plant", "Dig", "Fill"].filter { output.contains($0) }
    }

    @Test func nextShowsOnlyReadyGoals() throws {
        let run = try CLIHarness.run(["next"], on: Self.text, today: "2026-11-22")
        // Blocked goals are not listed as due: they come under Waiting, with what they wait for.
        let parts = run.output.components(separatedBy: "Waiting")
        #expect(names(parts[0]) == ["Frame", "Plant", "Fill"], "a goal waits for an open 🆔, not for a done, cancelled or unknown one: \(run.output)")
        #expect(names(parts.count > 1 ? parts[1] : "") == ["Frame", "Raise", "Paint"], "\(run.output)")
    }

    @Test(arguments: [
        (["list", "--ready"], ["Frame", "Plant", "Fill"]),
        (["list", "--blocked"], ["Raise", "Paint"]),
    ])
    func listReadyAndBlocked(_ arguments: [String], _ expected: [String]) throws {
        let run = try CLIHarness.run(arguments, on: Self.text, today: "2026-11-22")
        #expect(run.status == .success, "\(run.errors)")
        #expect(names(run.output) == expected, "\(run.output)")
    }
}
