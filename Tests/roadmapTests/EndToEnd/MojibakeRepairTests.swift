import Foundation
import RoadmapTestSupport
import Testing

/// Issue 22, section 5, through the built binary: on a file of real mojibake beside text that
/// only looks like it (`MojibakeSample`), `lint` names exactly the mojibake, `--fix-encoding`
/// changes exactly those bytes, and `undo` gives the file back byte for byte.
struct MojibakeRepairTests {
    @Test func lintNamesWhatTheFixChangesAndUndoRestoresIt() throws {
        let sandbox = try Sandbox()
        let original = MojibakeSample.bytes
        try sandbox.write("career-roadmap.md", original)

        let lint = try sandbox.run(["lint"])
        #expect(lint.status == 1)
        #expect(lint.stdout == MojibakeSample.warnings.map { "career-roadmap.md:\($0.line): warning: \($0.message)\n" }.joined(), "\(lint.stdout)")

        let dry = try sandbox.run(["lint", "--fix-encoding", "--dry-run"])
        #expect(dry.status == 0 && sandbox.bytes("career-roadmap.md") == original)
        let changedLines = Set(MojibakeSample.pieces.map(\.line)).count
        #expect(dry.stdout.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }.count == changedLines, "\(dry.stdout)")

        let fix = try sandbox.run(["lint", "--fix-encoding"])
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(fix.stdout == "Repaired the encoding of \(changedLines) lines in career-roadmap.md\n")
        let fixed = sandbox.bytes("career-roadmap.md")
        // `repaired` is the file with the bytes of each named piece replaced and every other
        // byte as it was: equal to it, only those ranges differ.
        #expect(fixed == MojibakeSample.repaired)
        #expect(try sandbox.run(["lint"]).stdout == "career-roadmap.md: nothing to fix\n")

        let undo = try sandbox.run(["undo"])
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(sandbox.bytes("career-roadmap.md") == original)
    }
}
