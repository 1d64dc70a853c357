import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// `--tree` on the command line: reads roll up per folder then file, writes change only the file
/// that holds the goal, and undo reverts them from the folder's journal.
struct TreeCommandTests {
    func notes() throws -> CLIHarness {
        try CLIHarness(files: [
            "notes/a.md": "# A\n- [x] one\n- [ ] two\n",
            "notes/proj/plan.md": "# Plan\n- [ ] ship the thing\n- [ ] write docs\n",
            "notes/proj/deep/d.md": "- [ ] deep goal\n",
        ])
    }

    func state(_ h: CLIHarness) -> [String: String] {
        var files: [String: String] = [:]
        for name in ["notes/a.md", "notes/proj/plan.md", "notes/proj/deep/d.md"] { files[name] = try? h.read(name) }
        return files
    }

    @Test func statusRollsUpPerFolderThenFile() throws {
        let h = try notes()
        let run = h.run(["-f", "notes", "--tree", "status"])
        #expect(run.status == .success)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "notes")
        #expect(lines.contains("notes/: 3 markdown files below it"))
        // Rows: the folder's own file, then the folder `proj` with its file and its folder below
        // (status shows two levels unless --depth says more).
        let rows = lines.compactMap { line -> String? in
            guard let bar = line.firstIndex(where: { "█▓░".contains($0) }) else { return nil }
            return String(line[..<bar]).trimmingCharacters(in: .init(charactersIn: " ")).isEmpty ? nil
                : String(line[..<bar]).replacingOccurrences(of: " +$", with: "", options: .regularExpression) + " " + (line.split(separator: " ").first { $0.contains("/") && $0.first!.isNumber }.map(String.init) ?? "")
        }
        #expect(rows == ["Overall 1/5", "a.md 1/2", "  A 1/2", "proj 0/3", "  plan.md 0/2", "  deep 0/1"])
    }

    /// Hours roll up a tree as goals do: a file's time counts in its folder and every folder
    /// above it (issue 27's hours in issue 28's tree; `--tree status` printed no Hours block,
    /// as the tree's files were never added into their folders).
    @Test func hoursRollUpPerFolderAsGoalsDo() throws {
        let h = try CLIHarness(files: [
            "notes/a.md": "# A\n- [ ] one [spent:: 1h]\n",
            "notes/proj/deep/d.md": "- [ ] deep goal ⏱ 2h30m [estimate:: 10h]\n",
        ])
        let run = h.run(["-f", "notes", "--tree", "status", "--depth", "3"])
        #expect(run.status == .success, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { $0.replacingOccurrences(of: " +", with: " ", options: .regularExpression) }
        let hours = lines.drop { $0 != "Hours" }
        #expect(Array(hours.prefix(6)) == ["Hours", "Overall 3.5h, 2.5h of 10h estimated", "a.md 1h", " A 1h", "proj 2.5h of 10h", " deep 2.5h of 10h"], "\(run.stdout)")
    }

    /// A tree's made index holds no field, and writes to it are refused: status and next must not
    /// tell the person to `set 'Start Date'` on it (found by the tree's second helper).
    @Test func noStartDateHintSendsAWriteToTheMadeIndex() throws {
        let h = try notes()
        for command in ["status", "next"] {
            let run = h.run(["-f", "notes", "--tree", command])
            #expect(run.status == .success, "\(run.stderr)")
            #expect(!run.stdout.contains("-f notes set") && run.stdout.contains("-f FILE set 'Start Date'"), "\(command): \(run.stdout)")
            #expect(run.stdout.contains("no start date") || run.stdout.contains("No start date"), "\(command): \(run.stdout)")
        }
    }

    @Test func listShowsTheIdsByPath() throws {
        let h = try notes()
        let run = h.run(["--tree", "list"], in: "notes")
        #expect(run.stdout.contains("proj/plan:1 [ ] ship the thing"))
        #expect(run.stdout.contains("proj/deep/d:1 [ ] deep goal"))
    }

    @Test func checkByPathAndIdChangesOnlyThatFileAndUndoRevertsIt() throws {
        let h = try notes()
        let before = state(h)
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        let check = h.run(["-f", "notes", "--tree", "check", "proj/plan:2"], variables: vars)
        #expect(check.status == .success, "\(check.stderr)")
        var after = before
        after["notes/proj/plan.md"] = "# Plan\n- [ ] ship the thing\n- [x] write docs ✅ 2026-11-22\n"
        #expect(state(h) == after)
        let undo = h.run(["-f", "notes", "--tree", "undo"], variables: vars)
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(state(h) == before)
    }

    @Test func checkByWordsFindsTheGoalAcrossTheTreeAndUndoRevertsSeveralFiles() throws {
        let h = try notes()
        let before = state(h)
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        #expect(h.run(["-f", "notes", "--tree", "start", "deep", "goal"], variables: vars).status == .success)
        #expect(try h.read("notes/proj/deep/d.md") == "- [/] deep goal\n")
        #expect(try h.read("notes/a.md") == before["notes/a.md"])
        #expect(h.run(["-f", "notes", "--tree", "check", "a:2", "proj/plan:1"], variables: vars).status == .success)
        #expect(try h.read("notes/a.md").contains("- [x] two"))
        #expect(try h.read("notes/proj/plan.md").contains("- [x] ship the thing"))
        #expect(h.run(["-f", "notes", "--tree", "undo"], variables: vars).status == .success)
        #expect(try h.read("notes/a.md") == before["notes/a.md"])
        #expect(try h.read("notes/proj/plan.md") == before["notes/proj/plan.md"])
        #expect(try h.read("notes/proj/deep/d.md") == "- [/] deep goal\n")
        #expect(h.run(["-f", "notes", "--tree", "undo"], variables: vars).status == .success)
        #expect(state(h) == before)
    }

    @Test func aFolderWithoutAnIndexSaysTree() throws {
        let h = try notes()
        let run = h.run(["-f", "notes", "status"])
        #expect(run.status != .success)
        #expect(run.stderr.contains("--tree"))
    }

    @Test func hiddenAndNoIgnoreGoWithTree() throws {
        let h = try notes()
        #expect(h.run(["-f", "notes", "--hidden", "status"]).stderr.contains("--hidden goes with --tree"))
        #expect(h.run(["-f", "notes", "--no-ignore", "status"]).stderr.contains("--no-ignore goes with --tree"))
    }

    @Test func aBinaryFileIsANoteOnStderrNotAnError() throws {
        let h = try notes()
        try h.writeBytes("notes/bin.md", [0x61, 0x00, 0x62])
        let run = h.run(["-f", "notes", "--tree", "status"])
        #expect(run.status == .success)
        #expect(run.stderr.contains("note: notes/bin.md: looks like a binary file"))
    }

    @Test func readCommandsWithJSONWorkOnATree() throws {
        let h = try notes()
        for command in [["status", "--json"], ["list", "--json"], ["next", "--json"], ["lint", "--json"], ["badge"], ["calendar"], ["report"]] {
            let run = h.run(["-f", "notes", "--tree"] + command)
            #expect(run.stderr.isEmpty || !run.stderr.contains("error"), "\(command): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(command)")
        }
    }

    @Test func aWriteIntoTheMadeIndexIsRefusedAndWritesNothing() throws {
        let h = try notes()
        let before = state(h)
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        for command in [["add", "a", "new", "goal"], ["set", "Start", "2026-01-01"]] {
            let run = h.run(["-f", "notes", "--tree"] + command, variables: vars)
            #expect(run.status != .success)
            #expect(run.stderr.contains("the tree's index, which is made from its folders"), "\(command): \(run.stderr)")
        }
        #expect(state(h) == before)
    }
}

/// A tree's status is the sum of its files' statuses, each read alone: the tree keeps what it
/// counts per file, whatever it keeps of the files afterwards.
struct TreeStatusSumTests {
    static let files = [
        "notes/a.md": "# A\n- [x] one\n- [ ] two\n- [/] three\n- [-] four\n",
        "notes/proj/plan.md": "# Plan\n\n**Status:** \n\n## Month 1\n- [ ] ship the thing\n  - [x] sub\n- [ ] write docs\n",
        "notes/proj/deep/d.md": "- [ ] deep goal\n- [x] done one\n\n```\n- [ ] not a goal\n```\n",
        "notes/e/f/g/h/i/j/k.md": "# K\n## L\n- [x] far\n",
    ]

    func goals(_ h: CLIHarness, _ arguments: [String]) throws -> [String: Int] {
        let run = h.run(arguments + ["status", "--json"])
        #expect(run.status == .success, "\(arguments): \(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return (object?["goals"] as? [String: Int]) ?? [:]
    }

    @Test func treeStatusIsTheSumOfEachFilesStatus() throws {
        let h = try CLIHarness(files: Self.files)
        var sum: [String: Int] = [:]
        for name in Self.files.keys {
            for (key, value) in try goals(h, ["-f", name]) { sum[key, default: 0] += value }
        }
        let tree = try goals(h, ["-f", "notes", "--tree"])
        #expect(!tree.isEmpty)
        #expect(tree == sum)
        #expect(tree["total"] == 10)
    }
}
