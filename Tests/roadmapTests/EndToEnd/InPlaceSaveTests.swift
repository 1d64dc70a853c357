import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// An editor saving in place (vim with backupcopy=yes, nano, many IDEs: the file is truncated and
/// written again through one descriptor) while `roadmap check` runs: roadmap never reads the half
/// file, and never commits over a file another program has open for writing (issue 22, part 3).
/// The writer here is this test process; `roadmap` is the built binary.
struct InPlaceSaveTests {
    /// What the editor saves: 38,904 bytes, 200 goals and the notes after them. The first half
    /// holds every goal, so a command that reads only the first half finds goal 1 and ticks it.
    static let saved: [UInt8] = {
        var text = "# Saved in place\n\n## Goals\n\n"
        for goal in 0..<200 { text += "- [ ] Goal \(goal) practise something\n" }
        text += "\n## Notes\n\n"
        var note = 0
        while text.utf8.count < 38_904 - 100 {
            text += "Note \(note): written by the editor, and it must be there to the last byte.\n"
            note += 1
        }
        text += "The end" + String(repeating: ".", count: 38_904 - text.utf8.count - "The end\n".utf8.count) + "\n"
        return Array(text.utf8)
    }()

    /// The file before the save: the same goals, fewer notes.
    static let before: [UInt8] = Array(saved[..<Array(saved).firstRange(of: Array("Note 100:".utf8))!.lowerBound])

    static var ticked: [UInt8] { Roadmap(parsing: saved).edits(setting: 0, to: .done, doneDate: nil).applied(to: saved) }

    /// The built roadmap, started at once, its stderr to a file.
    struct Command {
        let process = Process()
        let stderr = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-err-\(UUID().uuidString)").path

        init(_ arguments: [String], in sandbox: Sandbox) throws {
            _ = FileManager.default.createFile(atPath: stderr, contents: nil)
            process.executableURL = EndToEndTests.binary
            process.arguments = arguments
            process.currentDirectoryURL = sandbox.directory
            process.environment = sandbox.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle(forWritingAtPath: stderr)
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// Its exit status and what it said on stderr, once it ends.
        func finish() -> (status: Int32, stderr: String) {
            process.waitUntilExit()
            defer { unlink(stderr) }
            return (process.terminationStatus, String(decoding: FileManager.default.contents(atPath: stderr) ?? Data(), as: UTF8.self))
        }
    }

    enum Outcome: Equatable { case ticked, refused, lost(String) }

    /// One save: the file is truncated and its first half written; `start` seconds later roadmap
    /// starts `check 1`; `pause` seconds after the first half the rest is written and the file closed.
    static func trial(pause: Double, start: Double, in sandbox: Sandbox) throws -> Outcome {
        try sandbox.write("plan.md", before)
        let fd = open(sandbox.file("plan.md"), O_WRONLY | O_TRUNC | O_CLOEXEC)
        #expect(fd >= 0)
        let half = saved.count / 2
        saved[..<half].withUnsafeBytes { #expect(pwrite(fd, $0.baseAddress, $0.count, 0) == $0.count) }
        let clock = ContinuousClock()
        let firstHalf = clock.now
        func sleep(until instant: ContinuousClock.Instant) {
            let left = clock.now.duration(to: instant).components
            if left.seconds >= 0 && (left.seconds > 0 || left.attoseconds > 0) {
                usleep(useconds_t(left.seconds * 1_000_000 + left.attoseconds / 1_000_000_000_000))
            }
        }
        func writeRest() {
            sleep(until: firstHalf + .seconds(pause))
            saved[half...].withUnsafeBytes { #expect(pwrite(fd, $0.baseAddress, $0.count, off_t(half)) == $0.count) }
            close(fd)
        }
        if pause < start { writeRest() }
        sleep(until: firstHalf + .seconds(start))
        let command = try Command(["check", "1", "--no-date", "-f", "plan.md"], in: sandbox)
        if pause >= start { writeRest() }
        let (status, stderr) = command.finish()
        let after = sandbox.bytes("plan.md")
        if status == 0 && after == ticked { return .ticked }
        if status != 0 && after == saved && stderr.hasPrefix("error: plan.md: ") && stderr.contains("nothing was written") { return .refused }
        return .lost("pause \(pause) s, start \(start) s: exit \(status), \(after.count) of \(saved.count) bytes, \(after == saved ? "" : "not ")the save; stderr: \(stderr)")
    }

    /// The 18 trials of the issue: every one ends with the whole save and the tick, or the whole
    /// save, no tick and a refusal naming the file.
    @Test func anInPlaceSaveIsNeverCut() throws {
        #expect(Self.saved.count == 38_904 && Roadmap(parsing: Array(Self.saved[..<(Self.saved.count / 2)])).goals.count == 200)
        let sandbox = try Sandbox()
        var outcomes: [Outcome] = []
        for pause in [0.002, 0.005, 0.02, 0.06, 0.2, 1.5] {
            for start in [0.0, 0.001, 0.01] { outcomes.append(try Self.trial(pause: pause, start: start, in: sandbox)) }
        }
        let lost = outcomes.compactMap { if case let .lost(why) = $0 { why } else { nil } }
        #expect(lost.isEmpty, "\(lost.count) saves cut:\n\(lost.joined(separator: "\n"))")
        #expect(sandbox.temporaries() == [])
        print("in-place saves: \(outcomes.count) trials, \(outcomes.filter { $0 == .ticked }.count) ticked, \(outcomes.filter { $0 == .refused }.count) refused, \(lost.count) lost")
    }

    /// A program that keeps the file open for writing longer than roadmap waits: roadmap reads
    /// nothing, writes nothing, and says which process it is.
    @Test func aFileHeldOpenForWritingIsRefused() throws {
        let sandbox = try Sandbox()
        try sandbox.write("plan.md", Self.saved)
        let fd = open(sandbox.file("plan.md"), O_WRONLY | O_CLOEXEC)
        #expect(fd >= 0)
        let clock = ContinuousClock()
        let start = clock.now
        let (status, stderr) = try Command(["check", "1", "--no-date", "-f", "plan.md"], in: sandbox).finish()
        let waited = clock.now - start
        close(fd)
        #expect(status == 1)
        #expect(stderr == "error: plan.md: being written by another program (pid \(getpid())); nothing was written\n")
        let unchanged = sandbox.bytes("plan.md") == Self.saved
        #expect(unchanged)
        #expect(waited > .seconds(1) && waited < .seconds(10))
        print("held open for writing: refused after \(waited)")
    }

    /// Where leases cannot be taken (here: a file of another user's, which nobody may lease), a
    /// command works as before, with the checks it has without them.
    @Test func withoutLeasesTheCommandStillWrites() throws {
        guard geteuid() == 0, let prefix = Sandbox.unprivileged else {
            print("SKIP InPlaceSaveTests.withoutLeasesTheCommandStillWrites: needs root, to run roadmap as nobody on a file of root's (\(Sandbox.skipUnprivileged))")
            return
        }
        let sandbox = try Sandbox()
        try sandbox.write("plan.md", Self.saved, mode: 0o666)
        chown(sandbox.file("plan.md"), 0, 0)
        let run = try sandbox.run(["check", "1", "--no-date", "-f", "plan.md"], prefix: prefix)
        #expect(run.status == 0, "\(run.stderr)")
        let ticked = sandbox.bytes("plan.md") == Self.ticked
        #expect(ticked)
    }
}
