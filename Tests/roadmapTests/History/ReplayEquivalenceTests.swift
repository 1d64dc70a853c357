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

    /// Counts and time read the same on both paths (issue 27): raised in place, moved, reworded,
    /// and with lines added around them; the time summed over the days is all the time spent.
    @Test func countsAndHoursAgreeOnBothPaths() throws {
        guard let repository = try GitRepository.make(for: "countsAndHoursAgreeOnBothPaths") else { return }
        var lines = ["# Plan", "", "## Goals", "", "- [ ] Solve problems (0/50)", "- [ ] Study ⏱ 1h", "- [ ] Other", "",
                     "| Skill | Current |", "|---|---|", "| Go | 10 |", ""]
        var (count, minutes) = (0, 60)
        var seed: UInt64 = 27
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        func line(_ prefix: String) -> Int { lines.firstIndex { $0.hasPrefix(prefix) }! }
        for day in 1...28 {
            switch next(5) {
            case 0:
                count += 1 + next(4)
                lines[line("- [ ] Solve")] = "- [ ] Solve problems (\(count)/50)"
            case 1:
                minutes += 30 * (1 + next(3))
                lines[line("- [ ] Study")] = "- [ ] Study ⏱ \(WorkTime.text(minutes))"
            case 2: lines.insert("- [ ] Added on day \(day)", at: line("- [ ] Other"))
            case 3: lines.insert(lines.remove(at: line("- [ ] Study")), at: 4)
            default:
                minutes += 15
                lines[line("- [ ] Study")] = "- [ ] Study ⏱ \(WorkTime.text(minutes))"
                lines[lines.count - 2] = "| Go | \(10 + day) |"
            }
            try repository.write("roadmap.md", lines.joined(separator: "\n") + "\n")
            try repository.commit("Day \(day)", on: String(format: "2026-03-%02dT10:00:00+00:00", day))
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
        #expect(fast.counts == slow.counts)
        #expect(fast.spent == slow.spent)
        #expect(fast.counts.first?.values.last?.value == Double(count))
        // The first commit's hour is time spent that day too.
        #expect(fast.spent.reduce(0) { $0 + $1.minutes } == minutes)
    }
}
