import Testing
@testable import roadmap

@Test func versionPrints() throws {
    let result = try CLIHarness().run(["--version"])
    #expect(result.status == .success)
    #expect(result.stdout == "roadmap 0.1.0\n")
}
