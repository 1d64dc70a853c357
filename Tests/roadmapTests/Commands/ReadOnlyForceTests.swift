import Foundation
import Glibc
import Testing
import RoadmapKit
@testable import roadmap

/// The read-only refusal says `use --force`: every writing command that says so takes it, and
/// one that does not says what works instead (issue 25, item 9).
@Suite struct ReadOnlyForceTests {
    static let text = "# Plan\n\n**Name:** ____\n\n## Skills\n- [ ] Learn Docker basics\n- [x] Learn Kubernetes ✅ 2026-11-01\n- [x] Read docs\n\n**Project:**\n- Status: [ ] Planned [ ] Done\n"

    static let commands: [[String]] = [
        ["check", "1"], ["uncheck", "2"], ["start", "1"], ["cancel", "1"], ["reopen", "2"],
        ["add", "Learn Helm"], ["set", "Name", "Ada"], ["select", "Status", "Done"], ["review", "--yes"],
        ["stamp", "3", "--date", "2026-11-02"], ["recall", "2", "--yes"],
    ]

    @Test(arguments: commands)
    func forceWritesAReadOnlyFile(arguments: [String]) throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let path = h.directory.appendingPathComponent("roadmap.md").path
        chmod(path, 0o444)
        let refused = h.run(arguments)
        #expect(refused.status == .failure && refused.stderr.contains("is read-only; use --force"), "\(arguments): \(refused.stderr)")
        #expect(try h.read("roadmap.md") == Self.text)
        let forced = h.run(arguments + ["--force"])
        #expect(forced.status == .success, "\(arguments) --force: \(forced.stderr)")
        #expect(try h.read("roadmap.md") != Self.text)
    }

    /// `undo` has no --force: the hint names what works.
    @Test func withoutForceTheHintSaysWhatWorks() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        #expect(h.run(["check", "1"], variables: state).status == .success)
        chmod(h.directory.appendingPathComponent("roadmap.md").path, 0o444)
        let refused = h.run(["undo"], variables: state)
        #expect(refused.status != .success)
        #expect(!refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(refused.stderr.contains("is read-only; make it writable first (chmod u+w roadmap.md)"), "\(refused.stderr)")
    }
}
