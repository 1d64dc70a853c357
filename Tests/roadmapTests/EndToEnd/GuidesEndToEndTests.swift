import Foundation
import Testing
import RoadmapTestSupport

/// The built binary in empty directories, as a new user runs it: init, status, check, for one
/// file and for the multi-file guide; init refusing to overwrite; adopt on the director seed.
struct GuidesEndToEndTests {
    typealias E2E = EndToEndTests

    static func emptyDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-guides-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }

    @Test func initStatusCheckInAnEmptyDirectory() throws {
        let dir = try Self.emptyDirectory()
        let created = try E2E.run(["init", "--name", "Ada Lovelace"], in: dir)
        #expect(created.status == 0)
        #expect(created.stderr.isEmpty)
        #expect(created.stdout.hasPrefix("Created career-roadmap.md from career-roadmap (74 goals, 1 habit)\n"))
        let status = try E2E.run(["status"], in: dir)
        #expect(status.status == 0)
        #expect(status.stdout.contains("Overall") && status.stdout.contains("0/74"))
        let check = try E2E.run(["check", "roll", "back"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout == "Checked #8 Roll a new image out, then roll it back\n1/74 done (1%)\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("career-roadmap.md"), encoding: .utf8)
            .contains("- [x] Roll a new image out, then roll it back ✅ 2026-11-22\n"))
    }

    @Test func theMultiFileGuideInAnEmptyDirectory() throws {
        let dir = try Self.emptyDirectory()
        #expect(try E2E.run(["init", "devops-to-ai-architect"], in: dir).status == 0)
        let files = ["roadmap.md", "phase-1-foundation.md", "phase-2-specialization.md", "phase-3-mastery.md"]
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == Set(files))
        let status = try E2E.run(["status", "--depth", "1"], in: dir)
        #expect(status.status == 0 && status.stderr.isEmpty)
        #expect(status.stdout.contains("roadmap.md and 3 linked files"))
        #expect(status.stdout.contains("0/87"))
        let before = try Self.snapshot(dir)
        let check = try E2E.run(["check", "phase-2-specialization:4"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout == "Checked phase-2-specialization:4 Run a training job on a GPU cluster from a versioned pipeline definition\n1/87 done (1%)\n")
        let after = try Self.snapshot(dir)
        for name in files where name != "phase-2-specialization.md" { #expect(after[name] == before[name], "\(name) changed") }
        #expect(after["phase-2-specialization.md"] != before["phase-2-specialization.md"])
        let list = try E2E.run(["list", "--done"], in: dir)
        #expect(list.stdout.contains("phase-2-specialization:4 [x] Run a training job"))
        let diagram = try E2E.run(["diagram"], in: dir)
        #expect(diagram.status == 0 && diagram.stdout.hasPrefix("```mermaid\n"))
    }

    @Test func initRefusesToOverwrite() throws {
        let dir = try Self.emptyDirectory()
        try Data("# Mine\n".utf8).write(to: dir.appendingPathComponent("phase-3-mastery.md"))
        let result = try E2E.run(["init", "devops-to-ai-architect"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "error: phase-3-mastery.md: already exists; init never overwrites, nothing written (choose another --dir)\n")
        #expect(try Self.snapshot(dir) == ["phase-3-mastery.md": Data("# Mine\n".utf8)])
    }

    @Test func adoptMakesTheDirectorSeedTrackable() throws {
        let seeds = PackagePaths.shared.appendingPathComponent("seeds")
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: seeds.path).first(where: { $0.hasPrefix("004_") }) else {
            print("SKIP: adopt end-to-end not run: no director seed under \(seeds.standardized.path)")
            return
        }
        let dir = try Self.emptyDirectory()
        let original = try Data(contentsOf: seeds.appendingPathComponent(name))
        try original.write(to: dir.appendingPathComponent("director.md"))
        let dry = try E2E.run(["adopt", "director.md", "--dry-run"], in: dir)
        #expect(dry.status == 0 && dry.stdout.hasPrefix("--- a/director.md\n+++ b/director.md\n@@ "))
        #expect(try Data(contentsOf: dir.appendingPathComponent("director.md")) == original)
        let adopt = try E2E.run(["adopt", "director.md"], in: dir)
        // 62: the timeline's 20 `**Team Size**: …` items describe each stage, and stay (issue 25).
        #expect(adopt.status == 0 && adopt.stdout.hasPrefix("Adopted 62 goals in director.md:\n"))
        let status = try E2E.run(["-f", "director.md", "status", "--json", "--depth", "0"], in: dir)
        #expect(status.stdout.contains(#""goals":{"total":62,"done":0,"open":62"#))
        let check = try E2E.run(["-f", "director.md", "check", "AWS", "Security", "Specialty", "--in", "Advanced"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("Checked #7 AWS Security Specialty (Month 18-19)"))
    }
}

extension GuidesEndToEndTests {
    @Test func helpOnTheNewCommandsGoesToStdout() throws {
        let dir = try Self.emptyDirectory()
        for command in ["templates", "init", "adopt", "diagram"] {
            let result = try E2E.run([command, "--help"], in: dir)
            #expect(result.status == 0 && result.stderr.isEmpty)
            #expect(result.stdout.contains("Usage: roadmap \(command)"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
