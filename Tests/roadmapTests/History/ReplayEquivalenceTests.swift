import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
@testable import RoadmapStorage

/// The short path for goals changed in place gives exactly what parsing every version gives, on
/// a history of ticks, unticks, rewordings, additions, moves and table edits.
struct ReplayEquivalenceTests {
    @Test func theInPlacePathAgreesWithParsingEveryVersion() throws {
        guard let repository = try GitRepository.make(for: "theInPlacePathAgreesWithParsingEveryVersion") else { return }
        var lines = ["# Plan", "", "## Goals", ""] + (1...12).map { "- [ ] Goal number \($0) of the plan" }
            + ["", "| Skill | Current |", "|---|---|", "| Go | 10 |", ""]
        var seed: UInt64 = 15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for day in 1...40 {
            let goals = lines.indices.filter { lines[$0].hasPrefix("- [") }
            let k = goals[next(goals.count)]
            switch next(6) {
            case 0: lines[k] = lines[k].replacingOccurrences(of: "- [ ]", with: "- [x]")
            case 1: lines[k] = lines[k].replacingOccurrences(of: "- [x]", with: "- [ ]")
            case 2: lines[k] += " again"
            case 3: lines.insert("- [ ] Added on day \(day)", at: k)
            case 4: lines.append(lines.remove(at: k))
            default: lines[lines.count - 2] = "| Go | \(10 + day) |"
            }
            try repository.write("roadmap.md", lines.joined(separator: "\n") + "\n")
            try repository.commit("Day \(day)", on: String(format: "2026-03-%02dT10:00:00+00:00", min(day, 28)) )
        }
        let path = repository.directory.appendingPathComponent("roadmap.md").resolvingSymlinksInPath().path
        guard case let .success(log) = GitHistory.log(paths: ["roadmap.md"], absolutePaths: [path], git: SafeGit.find(inPath: ProcessInfo.processInfo.environment["PATH"], from: "/")) else {
            Issue.record("git log failed")
            return
        }
        let roadmap = Roadmap(parsing: Array(try repository.read("roadmap.md").utf8))
        let files = [GitReplay.File(roadmap: roadmap, path: path, key: nil, group: nil)]
        let today = CivilDate(iso: "2026-04-01")!
        let fast = GitReplay(log, files: files, today: today, inPlace: true)
        let slow = GitReplay(log, files: files, today: today, inPlace: false)
        #expect(fast.commits > 20)  // days that changed nothing (an untick of an open goal) make no commit of the file
        #expect(fast.points == slow.points)
        #expect(fast.tickedOn == slow.tickedOn)
        #expect(fast.metrics == slow.metrics)
        #expect(fast.sections == slow.sections)
        #expect(fast.tickedOn[0].contains { $0 != nil })
    }
}
