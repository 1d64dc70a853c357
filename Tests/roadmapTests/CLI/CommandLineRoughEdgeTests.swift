import Foundation
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

/// `init` below an existing roadmap would hide it from `status` there.
@Suite struct InitBelowARoadmapTests {
    @Test func initInASubfolderOfARoadmapAsksForForce() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": "# Mine\n- [ ] Keep going\n", "notes/readme.txt": "x"])
        let refused = h.run(["init", "ai-engineer-roadmap"], in: "notes")
        #expect(refused.status == .failure)
        #expect(refused.stderr.hasPrefix("error: ../career-roadmap.md: 'roadmap status' in notes finds this roadmap; a new one there would hide it. Nothing written; use --force to create it anyway, or --dir for another folder"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: h.directory.appendingPathComponent("notes/roadmap.md").path))
        let forced = h.run(["init", "ai-engineer-roadmap", "--force"], in: "notes")
        #expect(forced.status == .success, "\(forced.stderr)")
        #expect(FileManager.default.fileExists(atPath: h.directory.appendingPathComponent("notes/roadmap.md").path))
    }

    @Test func aDirBelowTheRoadmapIsAskedAboutToo() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Mine\n- [ ] Keep going\n"])
        let refused = h.run(["init", "--dir", "guide/sub"])
        #expect(refused.status == .failure && refused.stderr.hasPrefix("error: roadmap.md: 'roadmap status' in guide/sub finds this roadmap"))
    }
}
