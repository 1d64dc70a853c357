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
