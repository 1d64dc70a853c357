import Foundation
import Testing
import RoadmapTestSupport

/// The built binary in a repository nobody has vetted: git runs nothing the repository's own
/// config names (a lazy fetch through an `ext::` transport or an `uploadpack` program of the
/// repository), and git is never taken from a relative PATH entry. Each command still answers.
struct HostileGitTests {
    static let suite = "HostileGitTests"

    /// A partial clone missing the first three versions of its roadmap: each command that reads
    /// git's history answers from the versions it has, says in one line what is missing, and the
    /// transport the clone's config names never runs.
    @Test(arguments: HostileClone.Transport.allCases)
    func aPartialCloneMissingBlobsRunsNothingAndStillAnswers(_ transport: HostileClone.Transport) throws {
        guard let clone = try HostileClone.make(transport, suite: Self.suite) else { return }
        let missing = try clone.missingBlobs()
        #expect(missing.count == 3, "the clone should lack the first three versions: \(missing)")
        #expect(try clone.attackRuns(), "plain git log -p in the clone must run the \(transport) transport, or this test proves nothing")

        let history = try clone.roadmap(["history"])
        #expect(!clone.markerExists, "history ran the repository's \(transport) transport")
        #expect(history.status == 0, "\(history.stderr)")
        // Commits 4 and 5 are read; the history starts at commit 4's day with 3 of 5 done.
        #expect(history.stdout.contains("4/5 done"), "\(history.stdout)")
        #expect(history.stdout.contains("2026-04-06"), "\(history.stdout)")
        #expect(!history.stdout.contains("No git history"), "\(history.stdout)")
        let warning = history.stderr.split(separator: "\n")
        #expect(warning.count == 1, "one line says what is missing: \(history.stderr)")
        #expect(warning.first.map { line in line.hasPrefix("warning: roadmap.md: ") && line.contains("2026-04-06")
            && missing.contains { line.contains($0.prefix(12)) } } == true, "\(history.stderr)")

        let json = try clone.roadmap(["history", "--json"])
        #expect(!clone.markerExists)
        let read = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let points = read?["points"] as? [[String: Any]] ?? []
        #expect(read?["commits"] as? Int == 2, "commit 4 (the versions there) and commit 5: \(json.stdout)")
        #expect(points.map { "\($0["date"] ?? "") \($0["done"] ?? "")/\($0["total"] ?? "")" } == ["2026-04-06 3/5", "2026-05-04 4/5", "2026-11-22 4/5"])
        // Only Terraform's day is known: Docker, Kubernetes and Helm were ticked before the history begins.
        #expect((read?["completions"] as? [[String: Any]])?.map { "\($0["date"] ?? "")" } == ["2026-05-04"])

        // Terraform was ticked in commit 5 (read); Docker, Kubernetes and Helm before commit 4,
        // whose days are lost with the missing blobs: they are not stamped, and a line says so.
        let stamp = try clone.roadmap(["stamp", "--dry-run"])
        #expect(!clone.markerExists, "stamp ran the repository's \(transport) transport")
        #expect(stamp.status == 0, "\(stamp.stderr)")
        #expect(stamp.stdout.contains("+- [x] Learn Terraform ✅ 2026-05-04\n"), "\(stamp.stdout)")
        #expect(!stamp.stdout.contains("Learn Docker ✅") && !stamp.stdout.contains("Learn Helm ✅"), "\(stamp.stdout)")
        #expect(stamp.stderr.contains("3 done goals"), "\(stamp.stderr)")

        let report = try clone.roadmap(["report", "-o", "-"])
        #expect(!clone.markerExists, "report ran the repository's \(transport) transport")
        #expect(report.status == 0 && report.stdout.contains("<html"), "\(report.stderr)")

        let review = try clone.roadmap(["review", "--dry-run", "--yes"])
        #expect(!clone.markerExists, "review ran the repository's \(transport) transport")
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Learn Terraform ✅ 2026-05-04"), "\(review.stdout)")
        #expect(try clone.missingBlobs() == missing, "roadmap fetched nothing")
    }

    /// A plan across two files, each missing old versions: the history starts at the newest
    /// commit whose patch needs a missing blob (commit 4, which ticked Git in phase-1.md over a
    /// version that is missing), with both files as they were there.
    @Test func aPlanAcrossFilesStartsWhereEveryFileCanBeRead() throws {
        let index = { (ticked: Bool) in "# Guide\n\n**Start Date:** 2026-01-05\n\n## Phases\n\n- [ ] [Phase 1](phase-1.md)\n- [\(ticked ? "x" : " ")] Ship a service\n" }
        let phase = { (ticked: Int) in
            "# Phase 1\n\n" + ["Linux", "Git", "Docker"].enumerated().map { "- [\($0.offset < ticked ? "x" : " ")] \($0.element)\n" }.joined()
        }
        let versions = [["roadmap.md": index(false), "phase-1.md": phase(0)], ["phase-1.md": phase(1)], ["roadmap.md": index(true)],
                        ["phase-1.md": phase(2)], ["phase-1.md": phase(3)]]
        guard let clone = try HostileClone.make(.ext, suite: Self.suite, versions: versions, fetched: ["HEAD~1:phase-1.md"]) else { return }
        #expect(try clone.missingBlobs().count == 3, "roadmap.md's first version, phase-1.md's first two")
        #expect(try clone.attackRuns())

        let history = try clone.roadmap(["history", "--json"])
        #expect(!clone.markerExists)
        let read = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
        #expect(read?["commits"] as? Int == 2, "\(history.stdout)\(history.stderr)")
        #expect((read?["points"] as? [[String: Any]])?.first?["date"] as? String == "2026-04-06")
        #expect((read?["completions"] as? [[String: Any]])?.map { "\($0["date"] ?? "")" } == ["2026-05-04"])
        #expect(history.stderr.split(separator: "\n").count == 1 && history.stderr.contains("before 2026-04-06"), "\(history.stderr)")

        let stamp = try clone.roadmap(["stamp", "--dry-run"])
        #expect(!clone.markerExists)
        #expect(stamp.status == 0 && stamp.stdout.contains("+- [x] Docker ✅ 2026-05-04\n"), "\(stamp.stdout)\(stamp.stderr)")
        #expect(!stamp.stdout.contains("Linux ✅") && !stamp.stdout.contains("Git ✅") && !stamp.stdout.contains("Ship a service ✅"))
        #expect(stamp.stderr.contains("3 done goals ticked before 2026-04-06"), "\(stamp.stderr)")
    }

    /// A whole repository whose config names a program for every hook, driver, filter, pager and
    /// signature check git may run while showing history: roadmap's git runs none of them.
    @Test func noProgramTheRepositoryConfiguresRuns() throws {
        guard let repository = try HostileConfig.make(suite: Self.suite) else { return }
        // What plain git runs here (git log -p to a pipe, git status), so that none below is vacuous.
        let plain = repository.plainGitRuns()
        #expect(["filter", "fsmonitor", "gpg", "hook", "textconv"].allSatisfy(plain.contains), "plain git ran only \(plain)")
        for command in [["history"], ["history", "--json"], ["stamp", "--dry-run"], ["report", "-o", "-"], ["review", "--dry-run", "--yes"]] {
            let run = try repository.roadmap(command)
            #expect(repository.ran.isEmpty, "\(command) ran \(repository.ran)")
            #expect(run.status == 0, "\(command): \(run.stderr)")
            repository.clear()
        }
        let history = try repository.roadmap(["history", "--json"])
        let read = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
        #expect(read?["commits"] as? Int == 3, "\(history.stdout)\(history.stderr)")
    }

    /// A folder holding a roadmap with a goal ticked by hand, and `bin/git`, `./git` and
    /// `bin/fake-editor` scripts that create a marker.
    final class PlantedPrograms {
        let directory: URL
        var marker: String { directory.appendingPathComponent("planted-ran").path }
        var markerExists: Bool { FileManager.default.fileExists(atPath: marker) }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-planted-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("bin"), withIntermediateDirectories: true)
            try Data(HostileClone.roadmap(ticked: 2).utf8).write(to: directory.appendingPathComponent("roadmap.md"))
            for name in ["bin/git", "git", "bin/fake-editor"] {
                let path = directory.appendingPathComponent(name).path
                try Data("#!/bin/sh\ntouch '\(marker)'\nexit 0\n".utf8).write(to: URL(fileURLWithPath: path))
                chmod(path, 0o755)
            }
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        func roadmap(_ arguments: [String], path: String) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments, in: directory, environment: ["PATH": path, "XDG_STATE_HOME": directory.path + ".state"])
        }
    }

    /// `git` first found through a relative PATH entry (`bin`, `.`, an empty one) is refused:
    /// its script never runs, and the reason names the entry.
    @Test(arguments: [("bin:/usr/bin:/bin", "the relative PATH entry \"bin\""), (".:/usr/bin:/bin", "the relative PATH entry \".\""),
                      (":/usr/bin:/bin", "an empty PATH entry")])
    func gitFoundThroughARelativePathEntryIsRefused(_ path: String, _ entry: String) throws {
        let folder = try PlantedPrograms()
        for command in [["history"], ["report", "-o", "-"], ["review", "--dry-run", "--yes"]] {
            let run = try folder.roadmap(command, path: path)
            #expect(!folder.markerExists, "\(command) ran the planted git through PATH \(path)")
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stderr.hasPrefix("warning: git would be ") && run.stderr.contains(entry) && run.stderr.split(separator: "\n").count == 1
                    && run.stderr.contains("roadmap runs programs only from absolute PATH entries"), "\(command): \(run.stderr)")
        }
        let stamp = try folder.roadmap(["stamp"], path: path)
        #expect(!folder.markerExists)
        #expect(stamp.status == 1)
        #expect(stamp.stderr.hasPrefix("error: git would be ") && stamp.stderr.contains(entry) && stamp.stderr.split(separator: "\n").count == 1,
                "\(stamp.stderr)")
        #expect(try String(contentsOf: folder.directory.appendingPathComponent("roadmap.md"), encoding: .utf8) == HostileClone.roadmap(ticked: 2))
    }
}
