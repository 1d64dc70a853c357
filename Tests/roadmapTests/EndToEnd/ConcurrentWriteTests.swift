import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// Several `roadmap` processes on one file at once, and processes killed mid-write: the file is
/// always exactly what the completed commands wrote, never a lost update or a torn write.
struct ConcurrentWriteTests {
    /// 200 goals with distinct texts in 10 sections, among text that must not change: prose, a
    /// code block and an HTML comment holding `- [ ]` lines that are not goals, CRLF line endings.
    static let file: [UInt8] = {
        var text = "# Concurrency\r\n\r\nIntro with - [ ] inline, not a goal.\r\n\r\n```\r\n- [ ] code, not a goal\r\n```\r\n"
        for section in 0..<10 {
            text += "\r\n## Section \(section)\r\n\r\nSome words.\r\n<!--\r\n- [ ] comment, not a goal\r\n-->\r\n\r\n"
            for goal in 0..<20 { text += "- [ ] Goal \(section).\(goal) practise something ✨\r\n" }
        }
        return Array(text.utf8)
    }()

    @Test func fourProcessesTickFiftyGoalsEach() throws {
        let sandbox = try Sandbox()
        try sandbox.write("plan.md", Self.file)
        let roadmap = Roadmap(parsing: Self.file)
        #expect(roadmap.goals.count == 200)
        let expected = roadmap.goals.indices.flatMap { roadmap.edits(setting: $0, to: .done, doneDate: nil) }.applied(to: Self.file)

        // Worker w ticks goals w+1, w+5, w+9, …: neighbouring lines, so every write races.
        let script = """
        for id in $IDS; do "$BIN" check "$id" --no-date -f plan.md > /dev/null 2>> "errors-$W" || echo "check $id failed" >> "errors-$W"; done
        """
        let clock = ContinuousClock()
        let start = clock.now
        var workers: [Process] = []
        for w in 0..<4 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.currentDirectoryURL = sandbox.directory
            process.environment = sandbox.environment.merging([
                "BIN": EndToEndTests.binary.path, "W": "\(w)",
                "IDS": stride(from: w + 1, through: 200, by: 4).map(String.init).joined(separator: " "),
            ]) { $1 }
            try process.run()
            workers.append(process)
        }
        for process in workers { process.waitUntilExit() }
        let elapsed = clock.now - start

        let errors = (0..<4).map { String(decoding: sandbox.bytes("errors-\($0)"), as: UTF8.self) }.joined()
        #expect(errors == "")
        let after = sandbox.bytes("plan.md")
        #expect(after == expected, "the file is not the original with exactly the 200 goals ticked")
        #expect(Roadmap(parsing: after).tally.done == 200)
        #expect(sandbox.temporaries() == [])
        // The journal saw every change in order and kept the newest 50.
        let log = try sandbox.run(["log", "--json", "-f", "plan.md"])
        let entries = (try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["entries"] as? [[String: Any]]
        #expect(entries?.count == 50)
        print("concurrency: 4 processes made 200 concurrent edits in \(elapsed); 200 present, 0 lost")
    }

    /// 200 times: start a tick or untick of goal 1 in a 512 KB file and SIGKILL it. Half the kills
    /// come after a random delay within a whole run; the other half aim at the write itself: as
    /// soon as the temporary file appears, plus a random delay of up to 3 ms. After
    /// each kill the file is exactly the old bytes or the new; temporary files a kill leaves are
    /// removed by the next run and never become the file.
    @Test func killedAtRandomPointsDuringWrites() throws {
        let sandbox = try Sandbox()
        let old = WriteFaultTests.large(kilobytes: 512)
        let new = Roadmap(parsing: old).edits(setting: 0, to: .done, doneDate: nil).applied(to: old)
        try sandbox.write("plan.md", old)
        let binary = EndToEndTests.binary.path

        func spawn(_ arguments: [String]) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments + ["-f", "plan.md"]
            process.currentDirectoryURL = sandbox.directory
            process.environment = sandbox.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        func toggle() -> [String] { sandbox.bytes("plan.md") == old ? ["check", "1", "--no-date"] : ["uncheck", "1"] }
        func microseconds(_ d: Duration) -> Int { Int(d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000) }

        // How long one unkilled run takes, to spread the kills across it.
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<4 {
            let start = clock.now
            let process = try spawn(toggle())
            process.waitUntilExit()
            durations.append(clock.now - start)
            #expect(process.terminationStatus == 0)
        }
        let window = microseconds(durations.sorted()[2])

        var generator = SystemRandomNumberGenerator()
        var killed = 0, duringWrite = 0, unchanged = 0, changed = 0, leftovers = 0, torn = 0
        for attempt in 0..<200 {
            let before = sandbox.bytes("plan.md")
            let process = try spawn(toggle())
            if attempt % 2 == 0 {
                usleep(useconds_t(Int.random(in: 0...window, using: &generator)))
            } else {
                let temporary = sandbox.file(".plan.md.roadmap-\(process.processIdentifier).tmp")
                let start = clock.now
                while access(temporary, F_OK) != 0 && process.isRunning && clock.now - start < .microseconds(window) { usleep(20) }
                usleep(useconds_t(Int.random(in: 0...min(window / 10, 3_000), using: &generator)))
            }
            let wasWriting = access(sandbox.file(".plan.md.roadmap-\(process.processIdentifier).tmp"), F_OK) == 0
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                killed += 1
                if wasWriting { duringWrite += 1 }
            }
            let after = sandbox.bytes("plan.md")
            if after != old && after != new { torn += 1 }
            if after == before { unchanged += 1 } else { changed += 1 }
            leftovers += sandbox.temporaries().isEmpty ? 0 : 1
        }
        #expect(torn == 0, "\(torn) kills left a file that is neither the old nor the new bytes")
        // On a fast disk a run may finish within the aimed delay; most are still killed mid-way.
        #expect(killed >= 40, "only \(killed) of 200 runs were killed before they finished")
        // One more complete run cleans up what the kills left, beside the file and in the journal.
        let last = try spawn(toggle())
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(sandbox.temporaries() == [])
        #expect(sandbox.temporaries(in: "state/roadmap/journal") == [])
        print("kills: 200 attempts (a run takes \(window) µs): \(killed) killed, \(duringWrite) of them with the temporary file written or being written; file unchanged \(unchanged), changed \(changed), torn \(torn); \(leftovers) left a temporary file, all removed by the next run")
    }
}
