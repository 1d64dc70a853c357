import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// Finding an outside program on PATH as Go's os/exec has since 1.19 (`exec.ErrDot`): the first
/// match in PATH's order, refused when it comes through `.`, an empty or a relative entry.
struct OutsideProgramLookupTests {
    /// A folder with `bin/tool`, `tool` and `abs/tool`, all executable.
    static func folder() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lookup-\(UUID().uuidString)")
        for name in ["bin/tool", "tool", "abs/tool"] {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("#!/bin/sh\n".utf8).write(to: url)
            chmod(url.path, 0o755)
        }
        return directory
    }

    @Test func theFirstMatchThroughARelativeEntryIsRefusedEvenWithAnAbsoluteOneAfter() throws {
        let d = try Self.folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let abs = d.appendingPathComponent("abs").path
        #expect(OutsideProgram.lookup("tool", inPath: "bin:\(abs)", from: d.path) == .relativeEntry(entry: "bin", candidate: "bin/tool"))
        #expect(OutsideProgram.lookup("tool", inPath: ".:\(abs)", from: d.path) == .relativeEntry(entry: ".", candidate: "./tool"))
        #expect(OutsideProgram.lookup("tool", inPath: "\(abs)::/usr/bin", from: d.path) == .found(abs + "/tool"))
        #expect(OutsideProgram.lookup("tool", inPath: ":\(abs)", from: d.path) == .relativeEntry(entry: "", candidate: "./tool"))
        #expect(OutsideProgram.lookup("tool", inPath: "\(abs):", from: d.path) == .found(abs + "/tool"))
        // A relative entry without the program is passed over.
        #expect(OutsideProgram.lookup("tool", inPath: "nothing-here:\(abs)", from: d.path) == .found(abs + "/tool"))
        #expect(OutsideProgram.lookup("tool", inPath: "nothing-here", from: d.path) == .missing)
        #expect(OutsideProgram.lookup("tool", inPath: nil, from: d.path) == .missing)
        // Relative entries are looked at from `from`, the folder roadmap runs in, not this process's.
        #expect(OutsideProgram.lookup("tool", inPath: "bin", from: "/") == .missing)
    }

    @Test func aNameWithASlashIsAPathAbsoluteOrRefused() {
        #expect(OutsideProgram.lookup("/usr/bin/vi", inPath: "bin", from: "/") == .found("/usr/bin/vi"))
        #expect(OutsideProgram.lookup("bin/vim", inPath: "/usr/bin", from: "/") == .relativePath("bin/vim"))
        #expect(OutsideProgram.lookup("./vim", inPath: "/usr/bin", from: "/") == .relativePath("./vim"))
    }

    @Test func theReasonNamesTheEntry() {
        #expect(OutsideProgram.Lookup.relativeEntry(entry: "bin", candidate: "bin/git").refusal("git")
                == "git would be bin/git, found through the relative PATH entry \"bin\"; roadmap runs programs only from absolute PATH entries")
        #expect(OutsideProgram.Lookup.relativeEntry(entry: "", candidate: "./git").refusal("git")
                == "git would be ./git, found through an empty PATH entry (the current folder); roadmap runs programs only from absolute PATH entries")
    }

    /// Only absolute entries are handed on to a program roadmap runs (git looks up its helpers,
    /// ssh and pagers on PATH too).
    @Test func pathForChildrenKeepsOnlyAbsoluteEntries() {
        #expect(OutsideProgram.absoluteEntries("bin:/usr/bin::.:/bin:x/y") == "/usr/bin:/bin")
        #expect(OutsideProgram.absoluteEntries("") == "")
    }
}
