import Testing
@testable import roadmap

/// What a new user typed and what it said (issue 14): each answer names what was wrong.
@Suite struct CommandLineRoughEdgeTests {
    let plan = ["career-roadmap.md": "# Plan\n- [ ] Learn Docker\n"]

    @Test func capitalVIsTheVersion() throws {
        let result = try CLIHarness(files: plan).run(["-V"])
        #expect(result.status == .success)
        #expect(result.stdout == Help.version + "\n")
    }

    @Test func anUnknownOptionBeforeTheCommandIsNamed() throws {
        let result = try CLIHarness(files: plan).run(["--foo", "bar"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("error: unknown option '--foo'"))
        #expect(!result.stderr.contains("unknown command"))
        // A command's own option before the command, with its value, still finds the command.
        let early = try CLIHarness(files: plan).run(["--in", "Plan", "list"])
        #expect(early.status == .success, "\(early.stderr)")
    }

    @Test(arguments: [("edt", "edit"), ("lnt", "lint"), ("ad", "add"), ("chek", "check"), ("stauts", "status"), ("reveiw", "review")])
    func suggestionsAreTheCommandMeant(typed: String, meant: String) throws {
        let result = try CLIHarness(files: plan).run([typed])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("error: unknown command '\(typed)' (did you mean '\(meant)'?)"), "\(result.stderr)")
    }
}
