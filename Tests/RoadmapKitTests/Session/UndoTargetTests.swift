import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// What `undo` would revert (and `log` says it would): the newest entry whose files hold what it
/// wrote, past those undone already; a refusal when a file holds anything else.
final class UndoTargetTests {
    var directories: [String] = []

    deinit {
        for directory in directories { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// A file holding `now`, and an entry that changed `before` into `after` in it.
    func file(_ now: String, before: String, after: String, time: Int, directory: String, name: String = "plan.md") throws -> (path: String, entry: JournalEntry) {
        let path = directory + "/" + name
        try Data(now.utf8).write(to: URL(fileURLWithPath: path))
        let revert = [TextEdit(range: 0..<after.utf8.count, replacement: Array(before.utf8))]
        let entry = JournalEntry(time: time, command: ["check", "\(time)"], goals: [], files: [
            JournalEntry.File(path: path, lines: [1], beforeHash: ContentHash.of(Array(before.utf8)), afterHash: ContentHash.of(Array(after.utf8)), revert: revert),
        ])
        return (path, entry)
    }

    func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-undo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let path = FileSystem.canonicalPath(url.path) ?? url.path
        directories.append(path)
        return path
    }

    @Test func revertsTheNewestEntryPastThoseUndoneAlready() throws {
        let dir = try directory()
        let older = try file("b", before: "a", after: "b", time: 1, directory: dir)
        // The newest: its file holds what was there before it, so it was undone already.
        let newer = try file("b", before: "b", after: "c", time: 2, directory: dir)
        let target = UndoTarget([older.entry, newer.entry], naming: { "named " + $0 })
        #expect(target.refusal == nil)
        #expect(target.entry == older.entry)
        #expect(target.undone == [newer.entry])
        #expect(target.files.map(\.name) == ["named " + older.path])
        #expect(target.files.map { $0.edits.applied(to: $0.original) } == [Array("a".utf8)])
    }

    @Test func refusesWhenAFileChangedSince() throws {
        let dir = try directory()
        let changed = try file("x", before: "a", after: "b", time: 1, directory: dir)
        let target = UndoTarget([changed.entry], naming: { $0 })
        #expect(target.entry == nil && target.files.isEmpty)
        #expect(target.refusal?.file == changed.path)
        #expect(target.refusal?.entry == changed.entry)
        #expect(target.refusal?.reason == .changedSince)
    }

    @Test func refusesAFileThatCannotBeRead() throws {
        let dir = try directory()
        var gone = try file("b", before: "a", after: "b", time: 1, directory: dir)
        gone.entry.files[0].path = dir + "/missing.md"
        let target = UndoTarget([gone.entry], naming: { $0 })
        guard case .unreadable = target.refusal?.reason else {
            Issue.record("expected unreadable, got \(String(describing: target.refusal))")
            return
        }
    }

    @Test func nothingToUndoWhenEveryEntryIsUndone() throws {
        let dir = try directory()
        let undone = try file("a", before: "a", after: "b", time: 1, directory: dir)
        let target = UndoTarget([undone.entry], naming: { $0 })
        #expect(target.entry == nil && target.refusal == nil && target.undone == [undone.entry])
    }
}
