import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// roadmap.1: generated from the specs, checked in as docs/roadmap.1, and read by groff and man
/// without a single warning.
struct ManPageTests {
    static let checkedIn = PackagePaths.root.appendingPathComponent("docs/roadmap.1")

    static var generated: String { (try? CLIHarness().run(["help", "--man"]).stdout) ?? "" }

    @Test func checkedInCopyIsCurrent() throws {
        let copy = try String(contentsOf: Self.checkedIn, encoding: .utf8)
        #expect(copy == Self.generated, "docs/roadmap.1 differs from `roadmap help --man` (a command or option changed): run `make man` and commit docs/roadmap.1")
    }

    @Test func everyCommandAndOptionHasItsPlace() {
        let page = Self.generated
        for spec in RoadmapCLI.specs {
            #expect(page.contains(".SS \(Roff.text(spec.name))\n"), "no subsection for \(spec.name)")
            for option in spec.options {
                #expect(page.contains(Roff.bold("--" + option.long)), "\(spec.name) --\(option.long) missing")
            }
            for example in spec.examples { #expect(page.contains(Roff.text(example) + "\n")) }
        }
        for title in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS", "JSON", "EXAMPLES", "SEE ALSO"] {
            #expect(page.contains("\n.SH \(title)\n"), "no \(title) section")
        }
        for variable in ["ROADMAP_FILE", "ROADMAP_TODAY", "NO_COLOR", "VISUAL, EDITOR", "XDG_STATE_HOME", "COLUMNS"] {
            #expect(page.contains(Roff.bold(variable)), "ENVIRONMENT lacks \(variable)")
        }
        #expect(page.contains(".TH ROADMAP 1 \"\" \"roadmap \(Roff.text(Version.number))\""))
    }

    /// Runs a renderer on the page and returns its status and standard error.
    func render(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let sandbox = try Sandbox()
        try sandbox.write("roadmap.1", Array(Self.generated.utf8))
        let run = try sandbox.run(arguments + [sandbox.file("roadmap.1")], executable: tool,
                                  variables: ["MANWIDTH": "80", "LC_ALL": "C.UTF-8", "MANPAGER": "cat", "PAGER": "cat"])
        #expect(run.stdout.contains("roadmap"), "\(tool) printed nothing")
        return (run.status, run.stderr)
    }

    @Test func groffRendersWithoutWarnings() throws {
        guard let groff = Tools.find("groff") else { print("SKIP: ManPageTests.groffRendersWithoutWarnings: groff is not installed"); return }
        let (status, errors) = try render(groff, ["-man", "-Tutf8", "-ww"])
        #expect(status == 0 && errors.isEmpty, "groff warned:\n\(errors)")
    }

    @Test func manRendersWithoutWarnings() throws {
        guard let man = Tools.find("man"), Tools.find("groff") != nil else {
            print("SKIP: ManPageTests.manRendersWithoutWarnings: man (man-db) or groff is not installed"); return
        }
        let (status, errors) = try render(man, ["--warnings=w", "-l"])
        #expect(status == 0 && errors.isEmpty, "man warned:\n\(errors)")
    }
}

/// VERSION is the one place the version is written; the program carries it as a constant.
struct VersionTests {
    @Test func constantMatchesVersionFile() throws {
        let file = try String(contentsOf: PackagePaths.root.appendingPathComponent("VERSION"), encoding: .utf8)
        #expect(Version.number == file.trimmingCharacters(in: .whitespacesAndNewlines),
                "Sources/roadmap/CLI/Version.generated.swift differs from VERSION: run `make version`")
        #expect(try CLIHarness().run(["--version"]).stdout == "roadmap \(Version.number)\n")
    }
}
