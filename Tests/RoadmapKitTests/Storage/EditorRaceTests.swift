import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
import RoadmapTestSupport

/// An editor saving over and over (by rename and in place) while 200 ticks are committed to the
/// same file: at the end every tick and every save is in the file.
///
/// The editor behaves as a careful one does: it reads the file, adds a note, and saves only if the
/// file is still what it read (else it reads again). That check and its save are one step against
/// roadmap's replacement (a lock the store's `replacing` hook takes), so that the editor never
/// loses a tick itself; everything else of both runs freely, and every other moment of a commit
/// (between its read, its checks and its replacement) is open to the editor's saves.
struct EditorRaceTests {
    static let sections = 10, goalsPerSection = 20

    static var text: String {
        var text = "# Race\n\nA plan edited by two programs at once.\n"
        for s in 0..<sections {
            text += "\n## Section \(s)\n\n"
            for g in 0..<goalsPerSection { text += "- [ ] Goal \(s).\(g) practise something\n" }
        }
        return text
    }

    /// The editor thread's state, shared with the test thread.
    final class EditorState: @unchecked Sendable {
        let lock = NSLock()  // held by the editor's check-and-save and by roadmap's replacement
        var stop = false
        var saved: [String] = []  // notes saved, in order
        var renameSaves = 0, inPlaceSaves = 0, staleReads = 0
    }

    /// Adds `note` as a paragraph before a heading picked by `pick`, away from every goal line.
    static func adding(_ note: String, to bytes: [UInt8], pick: Int) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let headings = text.ranges(of: "\n## ").map(\.lowerBound)
        let at = text.index(after: headings[pick % headings.count])
        return Array((text[..<at] + note + "\n\n" + text[at...]).utf8)
    }

    static func runEditor(_ path: String, _ state: EditorState) {
        var random = SplitMix(seed: 13)
        var k = 0
        while true {
            state.lock.lock()
            let stop = state.stop
            state.lock.unlock()
            if stop { return }
            usleep(useconds_t(3000 + random.next(22000)))  // 3 to 25 ms between saves
            let stamp = Editor.stamp(path)
            guard let bytes = try? FileSystem.read(path) else { continue }
            let note = "Editor note \(k)."
            let new = adding(note, to: bytes, pick: random.next(100))
            let inPlace = random.next(2) == 0
            // Saving in place, the editor opens the file before taking the lock: that open waits
            // while a commit holds its lease on the file, and the commit may be waiting for the lock.
            let fd = inPlace ? open(path, O_WRONLY | O_CLOEXEC) : -1
            var opened = stat()
            state.lock.lock()
            if Editor.stamp(path) != stamp || (inPlace && (fstat(fd, &opened) != 0 || Int(opened.st_ino) != stamp[1])) {
                state.staleReads += 1
            } else {
                if inPlace { Editor.inPlaceSave(into: fd, new, pieces: 3, pause: 100) } else { Editor.renameSave(path, new) }
                state.saved.append(note)
                if inPlace { state.inPlaceSaves += 1 } else { state.renameSaves += 1 }
                k += 1
            }
            if fd >= 0 { close(fd) }
            state.lock.unlock()
        }
    }

    @Test func noSaveAndNoTickIsLost() throws {
        let scratch = try ScratchDirectory("editor-race")
        let path = try scratch.write("plan.md", Self.text)
        let state = EditorState()
        let editor = Thread { Self.runEditor(path, state) }
        var hooks = StoreHooks()
        var reads = 0, replaces = 0
        hooks.afterReading = { _ in reads += 1 }
        hooks.replacing = { _, replace throws(StorageError) in
            replaces += 1
            state.lock.lock()
            defer { state.lock.unlock() }
            try replace()
        }
        let clock = ContinuousClock()
        let start = clock.now
        editor.start()
        var refusals: [String] = []
        var halfReads = 0
        let goals = Self.sections * Self.goalsPerSection
        for index in 0..<goals {
            for _ in 0..<40 {
                // As `roadmap check` reads: under a lease, never a file another program is writing.
                let roadmap = Roadmap(parsing: try FileSystem.readWhenNotBeingWritten(path))
                guard index < roadmap.goals.count else {
                    // The command read a half-saved file (as `roadmap check` would: "no goal #N").
                    halfReads += 1
                    if halfReads > 2000 { break }  // the file lost goals for good: the checks below say so
                    usleep(1000)
                    continue
                }
                let edits = roadmap.edits(setting: index, to: .done, doneDate: nil)
                do {
                    _ = try commitOneFile(edits, computedOn: roadmap.bytes, to: path,
                                          replaying: { roadmap.replaying(edits, onto: $0) }, hooks: hooks)
                    break
                } catch {
                    refusals.append(error.message)  // nothing was written: the person would run it again
                }
            }
        }
        state.lock.lock()
        state.stop = true
        state.lock.unlock()
        while editor.isExecuting || !editor.isFinished { usleep(1000) }
        let elapsed = clock.now - start

        let final = try FileSystem.read(path)
        let roadmap = Roadmap(parsing: final)
        let text = String(decoding: final, as: UTF8.self)
        let lostSaves = state.saved.filter { text.components(separatedBy: $0 + "\n").count != 2 }
        let lostTicks = roadmap.goals.indices.filter { roadmap.goals[$0].state != .done }
        #expect(roadmap.goals.count == goals)
        #expect(lostTicks.isEmpty, "\(lostTicks.count) ticks lost")
        #expect(lostSaves.isEmpty, "\(lostSaves.count) of \(state.saved.count) editor saves lost: \(lostSaves.prefix(5))")
        #expect(state.renameSaves > 20 && state.inPlaceSaves > 20, "the editor hardly saved: the race did not happen")
        #expect(refusals.count < goals / 4, "\(refusals.count) refusals: \(refusals.prefix(3))")
        print("editor race: \(goals) ticks and \(state.saved.count) editor saves (\(state.renameSaves) by rename, \(state.inPlaceSaves) in place, \(state.staleReads) redone by the editor) in \(elapsed); \(refusals.count) commits refused and run again, \(halfReads) half-saved reads by the command; \(lostTicks.count) ticks and \(lostSaves.count) saves lost")
        print("  \(reads) reads under the lock, \(replaces) replacements tried (the rest started over at an earlier check)")
        for (message, count) in Dictionary(grouping: refusals, by: { $0 }).mapValues(\.count) { print("  refused \(count)×: \(message)") }
    }
}
