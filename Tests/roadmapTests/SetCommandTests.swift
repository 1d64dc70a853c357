import Testing
@testable import roadmap

@Suite struct SetCommandTests {
    @Test func fillsABlankField() throws {
        let run = try CLIHarness.run(["set", "Name", "Ada"], on: "# Plan\n\n**Name:** ____\n")
        #expect(run.status == .success)
        #expect(String(decoding: run.bytes, as: UTF8.self) == "# Plan\n\n**Name:** Ada\n")
    }
}
