import Foundation
import Testing
@testable import roadmap

/// `roadmap edit` with EDITOR set to a script that records the arguments it was given.
@Suite struct EditCommandTests {
    static let text = "# Plan\n\n## Skills\n- [ ] Learn Docker\n- [ ] Learn Kubernetes\n"

    /// A harness with the roadmap and an editor script named `name` that writes its arguments,
    /// one a line, to `args.txt` (and exits with `status`).
    func harness(editor name: String = "fake-editor", status: Int = 0, files: [String: String] = [:]) throws -> (CLIHarness, String) {
        let h = try CLIHarness(files: files.isEmpty ? ["career-roadmap.md": Self.text] : files)
        let record = h.directory.appendingPathComponent("args.txt").path
        try h.write("bin/\(name)", "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(record)'\nexit \(status)\n")
        let script = h.directory.appendingPathComponent("bin/\(name)").path
        chmod(script, 0o755)
        return (h, script)
    }

    func recorded(_ h: CLIHarness) throws -> [String] {
        try h.read("args.txt").split(separator: "\n").map(String.init)
    }

    @Test func opensTheGoalsFileAtItsLine() throws {
        let (h, editor) = try harness()
        let result = h.run(["edit", "kubernetes"], variables: ["EDITOR": editor], terminal: true, input: [])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try recorded(h) == ["+5", h.directory.appendingPathComponent("career-roadmap.md").path])
    }

    @Test func withoutAQueryTheFileItself() throws {
        let (h, editor) = try harness()
        #expect(h.run(["edit"], variables: ["EDITOR": editor], terminal: true, input: []).status == .success)
        #expect(try recorded(h) == [h.directory.appendingPathComponent("career-roadmap.md").path])
    }

    @Test func visualBeforeEditorAndArgumentsKept() throws {
        let (h, editor) = try harness()
        let result = h.run(["edit", "1"], variables: ["VISUAL": "'\(editor)' -n --flag", "EDITOR": "/nonexistent"], terminal: true, input: [])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try recorded(h) == ["-n", "--flag", "+4", h.directory.appendingPathComponent("career-roadmap.md").path])
    }

    @Test func codeGetsGoto() throws {
        let (h, editor) = try harness(editor: "code")
        #expect(h.run(["edit", "docker"], variables: ["EDITOR": "\(editor) --wait"], terminal: true, input: []).status == .success)
        #expect(try recorded(h) == ["--wait", "--goto", h.directory.appendingPathComponent("career-roadmap.md").path + ":4"])
    }

    @Test func aGoalOfALinkedFileOpensThatFile() throws {
        let (h, editor) = try harness(files: [
            "roadmap.md": "# Guide\n- [ ] [Phase 1](phase-1.md)\n",
            "phase-1.md": "# Phase 1\n\n- [ ] Linux\n- [ ] Git\n",
        ])
        let run = h.run(["edit", "phase-1:2"], variables: ["EDITOR": editor], terminal: true, input: [])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(try recorded(h) == ["+4", h.directory.appendingPathComponent("phase-1.md").path])
    }

    @Test func refusesOffATerminal() throws {
        let (h, editor) = try harness()
        let result = h.run(["edit", "docker"], variables: ["EDITOR": editor])
        #expect(result.status == .failure)
        #expect(result.stderr == "error: edit opens an editor, which needs a terminal; standard input or output is not one\n")
        #expect(!FileManager.default.fileExists(atPath: h.directory.appendingPathComponent("args.txt").path))
        #expect(h.run(["edit"], variables: ["EDITOR": editor], terminal: true).status == .failure)
    }

    @Test func aMissingOrFailingEditorIsAnError() throws {
        let (h, editor) = try harness(status: 3)
        let missing = h.run(["edit"], variables: ["EDITOR": "/nonexistent/editor"], terminal: true, input: [])
        #expect(missing.status == .failure && missing.stderr.hasPrefix("error: cannot run the editor '/nonexistent/editor': "))
        let failing = h.run(["edit"], variables: ["EDITOR": editor], terminal: true, input: [])
        #expect(failing.status == .failure && failing.stderr == "error: the editor '\(editor)' exited with status 3\n")
        #expect(h.run(["edit", "learn"], variables: ["EDITOR": editor], terminal: true, input: []).status == .failure)
    }

    @Test func anEditorIsLookedUpOnPathAndAMissingOrKilledOneIsNamed() throws {
        let (h, _) = try harness()
        let bin = h.directory.appendingPathComponent("bin").path
        let byName = h.run(["edit"], variables: ["EDITOR": "fake-editor", "PATH": bin], terminal: true, input: [])
        #expect(byName.status == .success, "\(byName.stderr)")
        #expect(try recorded(h) == [h.directory.appendingPathComponent("career-roadmap.md").path])
        let missing = h.run(["edit"], variables: ["EDITOR": "no-such-editor", "PATH": bin], terminal: true, input: [])
        #expect(missing.status == .failure)
        #expect(missing.stderr == "error: cannot run the editor 'no-such-editor': not found on PATH; set VISUAL or EDITOR to one you have\n")
        try h.write("bin/killed", "#!/bin/sh\nkill -9 $$\n")
        chmod(h.directory.appendingPathComponent("bin/killed").path, 0o755)
        let killed = h.run(["edit"], variables: ["EDITOR": "killed", "PATH": bin], terminal: true, input: [])
        #expect(killed.stderr == "error: the editor 'killed' was stopped by signal 9\n")
    }

    /// An editor found first through a relative PATH entry, or named by a relative path, would be
    /// a program of the folder roadmap runs in (a repository's): refused, never run.
    @Test func anEditorFromARelativePathEntryOrARelativePathIsRefused() throws {
        let (h, _) = try harness()
        try h.write("fake-editor", "#!/bin/sh\n: > '\(h.directory.appendingPathComponent("args.txt").path)'\n")
        chmod(h.directory.appendingPathComponent("fake-editor").path, 0o755)
        let args = h.directory.appendingPathComponent("args.txt").path
        let throughBin = h.run(["edit"], variables: ["EDITOR": "fake-editor", "PATH": "bin:/usr/bin:/bin"], terminal: true, input: [])
        #expect(throughBin.status == .failure)
        #expect(throughBin.stderr == "error: cannot run the editor 'fake-editor': it would be bin/fake-editor, found through the relative PATH entry \"bin\"; "
                + "roadmap runs programs only from absolute PATH entries; set VISUAL or EDITOR to one you have\n")
        let throughEmpty = h.run(["edit"], variables: ["VISUAL": "fake-editor -w", "PATH": "/usr/bin::/bin"], terminal: true, input: [])
        #expect(throughEmpty.status == .failure)
        #expect(throughEmpty.stderr == "error: cannot run the editor 'fake-editor': it would be ./fake-editor, found through an empty PATH entry (the current folder); "
                + "roadmap runs programs only from absolute PATH entries; set VISUAL or EDITOR to one you have\n")
        let relative = h.run(["edit"], variables: ["EDITOR": "bin/fake-editor", "PATH": "/usr/bin:/bin"], terminal: true, input: [])
        #expect(relative.status == .failure)
        #expect(relative.stderr == "error: cannot run the editor 'bin/fake-editor': a relative path names a program in the current folder, "
                + "which roadmap does not run; set VISUAL or EDITOR to an absolute path or a name on PATH\n")
        #expect(!FileManager.default.fileExists(atPath: args))
        // Through an absolute entry the same name runs.
        let absolute = h.run(["edit"], variables: ["EDITOR": "fake-editor", "PATH": h.directory.appendingPathComponent("bin").path + ":bin"],
                             terminal: true, input: [])
        #expect(absolute.status == .success, "\(absolute.stderr)")
        #expect(FileManager.default.fileExists(atPath: args))
    }

    @Test func editorSettingsAreSplitLikeASimpleShellCommand() {
        #expect(EditorCommand("vim")?.words == ["vim"])
        #expect(EditorCommand("  code  --wait ")?.words == ["code", "--wait"])
        #expect(EditorCommand("'/Applications/Sublime Text/subl' -w")?.words == ["/Applications/Sublime Text/subl", "-w"])
        #expect(EditorCommand("emacs\\ client -nw")?.words == ["emacs client", "-nw"])
        #expect(EditorCommand("vim 'unclosed") == nil)
        #expect(EditorCommand("   ") == nil)
        #expect(EditorCommand("nano")?.arguments(opening: "/r.md", at: 7) == ["nano", "+7", "/r.md"])
        #expect(EditorCommand("/usr/bin/subl -w")?.arguments(opening: "/r.md", at: 7) == ["/usr/bin/subl", "-w", "/r.md:7"])
    }
}
