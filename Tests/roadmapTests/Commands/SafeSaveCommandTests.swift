import Foundation
import Glibc
import Testing
import RoadmapKit
@testable import roadmap

/// The promises of "Safe writes and undo" through the commands (issue 13): read-only files, hard
/// links, odd paths, an undo interrupted half-way, and changes to several files (issue 12).
final class SafeSaveCommandTests {
    static let text = "# Plan\n\n## Skills\n- [ ] Learn Docker basics\n- [ ] Learn Kubernetes\n"
    let h: CLIHarness
    var state: [String: String] { ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path] }

    init() throws { h = try CLIHarness(files: ["career-roadmap.md": Self.text]) }
    deinit { try? FileManager.default.removeItem(at: h.directory) }

    func run(_ arguments: [String]) -> CLIHarness.Result { h.run(arguments, variables: state) }
    func path(_ name: String) -> String { h.directory.appendingPathComponent(name).path }

    /// As root, `check` used to replace a 0444 file without a word.
    @Test func aReadOnlyFileNeedsForce() throws {
        chmod(path("career-roadmap.md"), 0o444)
        let refused = run(["check", "1"])
        #expect(refused.status == .failure)
        #expect(refused.stderr == "error: career-roadmap.md: is read-only; use --force to write anyway\n")
        #expect(try h.read("career-roadmap.md") == Self.text)
        #expect(run(["check", "1", "--force"]).status == .success)
        #expect(try h.read("career-roadmap.md").contains("- [x] Learn Docker basics"))
    }

    @Test func aHardLinkedFileIsWrittenInPlaceAndSaysSo() throws {
        #expect(link(path("career-roadmap.md"), path("other-name.md")) == 0)
        let check = run(["check", "2"])
        #expect(check.status == .success, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("career-roadmap.md has 2 hard links: written in place, so every link shows the change\nChecked #2"))
        #expect(try h.read("other-name.md") == h.read("career-roadmap.md"))
        #expect(try h.read("other-name.md").contains("- [x] Learn Kubernetes"))
        #expect(run(["undo"]).status == .success)
        #expect(try h.read("other-name.md") == Self.text)
        // Without a journal to hold its old bytes first, it is not written.
        let bare = h.run(["check", "2"])
        #expect(bare.status == .failure)
        #expect(bare.stderr.hasSuffix("there is no journal (neither XDG_STATE_HOME nor HOME is set); nothing was written\n"))
        #expect(try h.read("other-name.md") == Self.text)
    }

    /// The journal's first line names the file; a line break in the name used to split it, and
    /// undo then found nothing to undo.
    @Test func aPathWithALineBreakIsJournalled() throws {
        try h.write("odd\nname.md", Self.text)
        #expect(run(["check", "1", "-f", "odd\nname.md"]).status == .success)
        let undo = run(["undo", "-f", "odd\nname.md"])
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("odd\nname.md") == Self.text)
    }

    /// An undo killed after writing the file and before dropping its entry: the next undo drops
    /// that entry with a note and undoes the change before it.
    @Test func anInterruptedUndoIsDroppedAndUndoGoesOn() throws {
        #expect(run(["check", "1", "--no-date"]).status == .success)
        let afterFirst = try h.read("career-roadmap.md")
        #expect(run(["check", "2", "--no-date"]).status == .success)
        try h.write("career-roadmap.md", afterFirst)  // what the killed undo had written
        let undo = run(["undo"])
        #expect(undo.status == .success, "\(undo.stderr)")
        let lines = undo.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("'roadmap check 2 --no-date' of ") == true)
        #expect(lines.first?.hasSuffix(" was undone already (its files hold what was there before it); dropped it from the journal") == true)
        #expect(lines.last?.hasPrefix("Undid 'roadmap check 1 --no-date' of ") == true)
        #expect(try h.read("career-roadmap.md") == Self.text)
        #expect(run(["log"]).stdout == "No changes recorded for career-roadmap.md yet.\n")
    }

    // MARK: several files as one change

    static let index = "# Index\n- [ ] [Phase 1](phases/one.md)\n- [ ] Index goal\n"
    static let phase = "# Phase 1\n- [ ] Phase goal\n"

    /// Writes a tick into the index and into the phase file as one change, through `Context.save`.
    func saveTwoFiles() throws {
        try h.write("roadmap.md", Self.index)
        try h.write("phases/one.md", Self.phase)
        let environment = Environment(variables: state, currentDirectory: h.directory.path, stdinIsTerminal: false,
                                      stdoutIsTerminal: false, terminalWidth: nil)
        var context = Context(console: Console(capturing: true), environment: environment, arguments: ParsedArguments(), commandName: "check")
        context.commandLine = ["check", "2", "one:1"]
        let index = try context.load("roadmap.md"), phase = try context.load("phases/one.md")
        try context.save([(index, index.roadmap.edits(setting: 1, to: .done, doneDate: nil)),
                          (phase, phase.roadmap.edits(setting: 0, to: .done, doneDate: nil))])
    }

    @Test func aChangeToTwoFilesIsOneEntryUndoneAsOne() throws {
        try saveTwoFiles()
        #expect(try h.read("roadmap.md") == "# Index\n- [ ] [Phase 1](phases/one.md)\n- [x] Index goal\n")
        #expect(try h.read("phases/one.md") == "# Phase 1\n- [x] Phase goal\n")
        let log = run(["log", "-f", "roadmap.md"]).stdout.split(separator: "\n").map(String.init)
        #expect(log.count == 5, "\(log)")
        #expect(log.first?.hasSuffix("  roadmap check 2 one:1") == true)
        #expect(Array(log.dropFirst()) == ["    roadmap.md  line 3", "    phases/one.md  line 2", "    Index goal (goal 2 at the time)", "    Phase goal (goal 1 of phases/one.md at the time)"])
        let json = try JSONSerialization.jsonObject(with: Data(run(["log", "-f", "roadmap.md", "--json"]).stdout.utf8)) as? [String: Any]
        let files = ((json?["entries"] as? [[String: Any]])?.first?["files"] as? [[String: Any]])
        #expect(files?.map { $0["file"] as? String } == ["roadmap.md", "phases/one.md"])
        #expect(files?.map { $0["lines"] as? [Int] } == [[3], [2]])
        let undo = run(["undo", "-f", "roadmap.md"])
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(undo.stdout.contains(" in roadmap.md, phases/one.md: Index goal (goal 2 at the time)"))
        #expect(try h.read("roadmap.md") == Self.index)
        #expect(try h.read("phases/one.md") == Self.phase)
    }

    @Test func undoOfTwoFilesRefusesWhenOneChangedSince() throws {
        try saveTwoFiles()
        try h.write("phases/one.md", "# Phase 1\n- [x] Phase goal\n- [ ] Added by hand\n")
        let undo = run(["undo", "-f", "roadmap.md"])
        #expect(undo.status == .failure)
        #expect(undo.stderr.hasPrefix("error: phases/one.md: changed since roadmap's last change to it ('roadmap check 2 one:1' of "))
        #expect(try h.read("roadmap.md") == "# Index\n- [ ] [Phase 1](phases/one.md)\n- [x] Index goal\n", "nothing written in the other file either")
        #expect(run(["log", "-f", "roadmap.md"]).stdout.hasPrefix("phases/one.md has changed since the newest entry, so 'roadmap undo' would refuse.\n"))
    }
}
