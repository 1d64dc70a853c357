import Foundation
import Testing
@testable import roadmap
import RoadmapKit
import RoadmapStorage
import RoadmapTestSupport

/// `roadmap --tree status`, text and `--json`, pinned byte for byte on a generated notes folder
/// and on the shared corpus read as a tree: the tree's status may be computed another way (read,
/// count and release, issue 28), but what it prints must not move. Regenerate with
/// `UPDATE_GOLDEN=1` only for an intended change, and review the diff.
struct TreeStatusGoldenTests {
    static let golden = PackagePaths.cliTests.appendingPathComponent("Golden")

    func compare(_ output: String, _ name: String) throws {
        let file = Self.golden.appendingPathComponent(name)
        try Golden.update(file, with: output)
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(output == expected, "tree status differs from Golden/\(name)")
    }

    /// A small notes folder like `Benchmarks/generate-tree.py`'s (front matter, fences with
    /// task-like lines, tables, quotes, nested folders, a hidden and an ignored folder), with what
    /// else `status` reports: the bundled career roadmap (fields, choices, metric tables,
    /// checkpoints, a start date), done dates and undated done goals, due dates, hours, habits,
    /// goals waiting for others (⛔), goals in progress in several files.
    static func notes() throws -> CLIHarness {
        var files: [String: String] = [:]
        let words = "plan review ship learn write docker rust swift notes budget garden health reading course talk draft".split(separator: " ").map(String.init)
        let states = [" ", " ", " ", "x", "x", "/", "-"]
        // A fixed linear congruential generator: the folder is the same on every run.
        var seed: UInt64 = 28
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        func sentence(_ n: Int) -> String { (0..<n).map { _ in words[next(words.count)] }.joined(separator: " ") }
        for i in 0..<60 {
            let folder = i % 10 == 0 ? "notes/area-\(i % 3)" : "notes/area-\(i % 3)/project-\(i % 4)"
            var text = "---\ntitle: Note \(i)\ncreated: 2026-0\(1 + next(9))-1\(next(10))\n---\n\n# \(sentence(3)) \(i)\n\n\(sentence(12)).\n\n"
            for s in 0..<2 {
                text += "## \(sentence(2))\n\n"
                for _ in 0..<(2 + next(3)) {
                    let state = states[next(states.count)]
                    var line = "- [\(state)] \(sentence(2 + next(5)))"
                    if state == "x" && next(2) == 0 { line += " ✅ 2026-\(10 + next(2))-1\(next(10))" }
                    if state == " " && next(4) == 0 { line += " 📅 2026-1\(next(3))-2\(next(9))" }
                    if next(8) == 0 { line += " [spent:: \(1 + next(9))h]" }
                    text += line + "\n"
                }
                text += "\n"
                if s == 0 {
                    text += "```markdown\n- [ ] not a task, an example\n- [x] nor this\n```\n\n"
                    text += "| item | state |\n|---|---|\n| \(sentence(2)) | - [ ] in a cell |\n\n"
                } else {
                    text += "> \(sentence(8)).\n\n"
                }
            }
            files["\(folder)/note-\(i).md"] = text
        }
        files["notes/habits.md"] = "# Habits\n\n- [ ] Run [habit:: 3/week]\n  - [x] 2026-11-20\n  - [x] 2026-11-18\n- [ ] Read 🔁 every day\n"
        files["notes/waits.md"] = "# Waits\n\n- [ ] Ship 🆔 ship1 ⛔ docs1\n- [ ] Docs 🆔 docs1\n- [/] Review (3/10)\n"
        files["notes/.obsidian/hidden.md"] = "- [ ] not part of the tree\n"
        files["notes/archive/old.md"] = "- [ ] ignored\n"
        files["notes/.gitignore"] = "archive/\n"
        let h = try CLIHarness(files: files)
        let career = try #require(BundledTemplate.named("career-roadmap")?.files.first)
        try h.write("notes/career/career-roadmap.md", String(decoding: career.bytes, as: UTF8.self))
        return h
    }

    @Test func statusOfAGeneratedTree() throws {
        let h = try Self.notes()
        for depth in ["2", "3"] {
            let text = h.run(["-f", "notes", "--tree", "status", "--depth", depth])
            #expect(text.status == .success, "\(text.stderr)")
            try compare(text.stdout + text.stderr, "tree-status-depth\(depth).txt")
        }
        let json = h.run(["-f", "notes", "--tree", "status", "--json"])
        #expect(json.status == .success, "\(json.stderr)")
        try compare(json.stdout + json.stderr, "tree-status.json")
    }

    /// The shared corpus (445 real files) as a tree, through a link named `corpus` (the folder
    /// named is read through a link, as ripgrep reads the paths it is given).
    @Test func statusOfTheCorpusAsATree() throws {
        let corpus = Corpus.shared.appendingPathComponent("corpus")
        guard Corpus.isAvailable else {
            print("SKIP TreeStatusGoldenTests.statusOfTheCorpusAsATree: ../shared/corpus is absent")
            return
        }
        let h = try CLIHarness()
        try FileManager.default.createSymbolicLink(at: h.directory.appendingPathComponent("corpus"), withDestinationURL: corpus)
        let text = h.run(["-f", "corpus", "--tree", "--hidden", "--no-ignore", "status"])
        try compare(text.stdout + text.stderr, "tree-status-corpus.txt")
        // The corpus's JSON is 6 MB: pinned by its size and xxh64, not kept whole.
        let json = h.run(["-f", "corpus", "--tree", "--hidden", "--no-ignore", "status", "--json"])
        try compare("\(json.stdoutBytes.count) bytes, xxh64 \(ContentHash.of(json.stdoutBytes))\n" + json.stderr, "tree-status-corpus-json.txt")
    }
}
