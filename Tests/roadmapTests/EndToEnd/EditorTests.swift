import Foundation
import Testing
import RoadmapTestSupport

/// `roadmap lsp` from outside, in the suites of Tests/EditorTests (Python): pytest-lsp under the
/// client capabilities Neovim, VS Code and Emacs announce, Neovim itself, headless, through its
/// built-in client, and Emacs itself, in batch mode, through Eglot. Each suite runs against the binary these tests were built with and fails
/// this test when it fails; a missing tool (python3, pytest-lsp, pytest, nvim, emacs) prints a SKIP line
/// naming the suite and the tool, and every test a suite skips is printed as a SKIP line too.
/// The suites are independent and run side by side.
struct EditorTests {
    static let suites = PackagePaths.root.appendingPathComponent("Tests/EditorTests")

    @Test func pytestLspSuite() throws {
        let test = "EditorTests.pytestLspSuite"
        guard let python = ExternalTool.path("python3") else {
            print("SKIP: \(test): python3 not on PATH (the pytest-lsp suite in Tests/EditorTests/pytest_lsp is not run)")
            return
        }
        guard try ExternalTool.run(python, ["-c", "import pytest_lsp"]).status == 0 else {
            print("SKIP: \(test): the Python package pytest-lsp is not installed (pip install pytest-lsp; .ci/run installs it)")
            return
        }
        try Self.runPytest(python, suite: "pytest_lsp", test: test)
    }

    @Test func neovimSuite() throws {
        let test = "EditorTests.neovimSuite"
        guard ExternalTool.path("nvim") != nil else {
            print("SKIP: \(test): nvim not on PATH (apt-get install neovim; .ci/run installs it)")
            return
        }
        guard let python = ExternalTool.path("python3"), try ExternalTool.run(python, ["-c", "import pytest"]).status == 0 else {
            print("SKIP: \(test): python3 with pytest is not installed (it drives Neovim; pip install pytest-lsp brings it)")
            return
        }
        try Self.runPytest(python, suite: "neovim", test: test)
    }

    @Test func emacsSuite() throws {
        let test = "EditorTests.emacsSuite"
        guard ExternalTool.path("emacs") != nil else {
            print("SKIP: \(test): emacs not on PATH (apt-get install emacs-nox elpa-eglot elpa-markdown-mode; .ci/run installs them)")
            return
        }
        guard let python = ExternalTool.path("python3"), try ExternalTool.run(python, ["-c", "import pytest"]).status == 0 else {
            print("SKIP: \(test): python3 with pytest is not installed (it drives Emacs; pip install pytest-lsp brings it)")
            return
        }
        try Self.runPytest(python, suite: "emacs", test: test)
    }

    /// Runs one suite folder with pytest, the built binary named in ROADMAP_BIN, and reports
    /// pytest's skips as SKIP lines. Bytecode is not written into the source tree.
    static func runPytest(_ python: String, suite: String, test: String) throws {
        let folder = suites.appendingPathComponent(suite).path
        let arguments = ["ROADMAP_BIN=\(EndToEndTests.binary.path)", "PYTHONDONTWRITEBYTECODE=1", python,
                         "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "--rootdir", folder, folder]
        let started = Date()
        // Each wait inside is bounded (10 s); this bounds the whole run, with room for a loaded machine
        // (about 45 s beside the rest of swift test on two cores).
        let run = try ExternalTool.run("/usr/bin/env", arguments, timeout: 180)
        let output = run.text
        for line in output.split(separator: "\n") where line.hasPrefix("SKIPPED") {
            // "SKIPPED [1] file.py:90: why" -> "SKIP: EditorTests.suite: file.py:90: why"
            print("SKIP: \(test): \(line.drop { $0 != "]" }.dropFirst().drop { $0 == " " })")
        }
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        print("\(test): \(summary.trimmingCharacters(in: CharacterSet(charactersIn: "= "))) (\(Int(Date().timeIntervalSince(started))) s)")
        #expect(run.status == 0, "pytest \(suite) exited \(run.status):\n\(output)\n\(run.stderr)")
    }
}
