import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// What a command says and does when the journal holds a change a killed `roadmap` left
/// incomplete (`Context.finishInterruptedChanges`): commands that write, `undo` and `log` finish
/// it first; commands that only read leave it alone.
struct InterruptedChangeTests {
    static let index = "# Plan\n- [ ] [One](phases/one.md)\n- [ ] Index goal\n"
    static let phase = "# One\n- [ ] Phase goal\n"
    static let command = ["check", "2", "phases/one:1", "--no-date"]

    /// A plan whose last change, the check of a goal in each file, is marked incomplete in the
    /// journal, as a kill before its completion leaves it; `old` files get their old bytes back.
    func interrupted(old: [String]) throws -> (CLIHarness, [String: String]) {
        let h = try CLIHarness(files: ["roadmap.md": Self.index, "phases/one.md": Self.phase])
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        #expect(h.run(Self.command, variables: state).status == .success)
        let journal = Journal(directory: state["XDG_STATE_HOME"]! + "/roadmap", roadmap: FileSystem.canonicalPath(h.directory.path + "/roadmap.md")!)
        var lines = try FileSystem.read(journal.path).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        lines[1] = [UInt8(ascii: "~")] + lines[1]
        try FileSystem.write(Array(lines.joined(separator: [0x0A])), to: journal.path)
        #expect(try journal.entries().map(\.isComplete) == [false])
        for name in old { try h.write(name, name == "roadmap.md" ? Self.index : Self.phase) }
        return (h, state)
    }

    @Test func allWrittenIsCompletedAndUndone() throws {
        let (h, state) = try interrupted(old: [])
        let log = h.run(["log"], variables: state)
        #expect(log.stderr.hasPrefix("note: 'roadmap check 2 phases/one:1 --no-date' of "))
        #expect(log.stderr.hasSuffix(" was interrupted after writing all its files; the journal now holds it ('roadmap undo' reverts it)\n"))
        #expect(!log.stdout.contains("interrupted"))
        #expect(h.run(["log"], variables: state).stderr == "")
        #expect(h.run(["undo"], variables: state).status == .success)
        #expect(try h.read("roadmap.md") == Self.index && h.read("phases/one.md") == Self.phase)
    }

    @Test func noneWrittenIsDropped() throws {
        let (h, state) = try interrupted(old: ["roadmap.md", "phases/one.md"])
        let log = h.run(["log"], variables: state)
        #expect(log.stderr.hasSuffix(" was interrupted before writing any file; dropped it from the journal\n"))
        #expect(log.stdout == "No changes recorded for roadmap.md yet.\n")
    }

    /// Half written: a command that only reads leaves it; the next that writes puts it back first,
    /// then makes its own change.
    @Test func halfWrittenIsPutBackByTheNextWrite() throws {
        let (h, state) = try interrupted(old: ["roadmap.md"])
        let status = h.run(["status"], variables: state)
        #expect(status.status == .success && status.stderr == "")
        #expect(try h.read("phases/one.md") == "# One\n- [x] Phase goal\n")
        let check = h.run(["check", "1", "--no-date"], variables: state)
        #expect(check.status == .success)
        #expect(check.stderr.hasSuffix(" was interrupted after writing phases/one.md of its 2 files; put it back, so that no file has that change (run it again)\n"))
        #expect(try h.read("roadmap.md") == "# Plan\n- [x] [One](phases/one.md)\n- [ ] Index goal\n")
        #expect(try h.read("phases/one.md") == Self.phase)
        #expect(h.run(["undo"], variables: state).status == .success)
        #expect(try h.read("roadmap.md") == Self.index)
    }

    /// --dry-run writes nothing, so it finishes nothing either.
    @Test func aDryRunLeavesIt() throws {
        let (h, state) = try interrupted(old: ["roadmap.md"])
        let dry = h.run(["check", "1", "--dry-run"], variables: state)
        #expect(dry.status == .success && dry.stderr == "")
        #expect(try h.read("phases/one.md") == "# One\n- [x] Phase goal\n")
    }
}
