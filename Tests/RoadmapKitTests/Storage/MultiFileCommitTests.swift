import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// Several files written as one change (issue 12): all checked before any is replaced, and put
/// back if one cannot be written.
final class MultiFileCommitTests {
    let scratch: ScratchDirectory
    static let index = "# Index\n- [ ] [Phase 1](phases/one.md)\n- [ ] Index goal\n"
    static let phase = "# Phase 1\n- [ ] Phase goal\n"

    init() throws { scratch = try ScratchDirectory("multi-file") }

    /// Ticks the last goal of each file, as one change.
    func change(_ paths: [String]) throws -> [FileEdits] {
        try paths.map { path in
            let roadmap = Roadmap(parsing: try FileSystem.read(path))
            let edits = roadmap.edits(setting: roadmap.goals.count - 1, to: .done, doneDate: nil)
            return FileEdits(path: path, name: FileSystem.baseName(of: path), edits: edits, computedOn: roadmap.bytes,
                             replaying: { roadmap.replaying(edits, onto: $0) })
        }
    }

    func inode(_ path: String) -> UInt64 { FileStamp.at(path)?.inode ?? 0 }

    @Test func bothFilesAreWrittenAndRecordedOnce() throws {
        let index = try scratch.write("roadmap.md", Self.index)
        let phase = try scratch.write("phases/one.md", Self.phase)
        var recorded: [[FileChange]] = []
        let changes = try RoadmapStore.commit(try change([index, phase]), recording: .after { recorded.append($0) })
        #expect(changes.map(\.name) == ["roadmap.md", "one.md"])
        #expect(recorded.count == 1 && recorded.first?.map(\.canonicalPath) == [index, phase].map { FileSystem.canonicalPath($0)! })
        #expect(scratch.read(index) == "# Index\n- [ ] [Phase 1](phases/one.md)\n- [x] Index goal\n")
        #expect(scratch.read(phase) == "# Phase 1\n- [x] Phase goal\n")
        let entry = JournalEntry(recording: changes, command: ["check"], goals: [])
        #expect(entry.files.count == 2 && entry.files[1].lines == [2])
    }

    /// Two files in one directory take its lock once (a second flock of it would wait on itself).
    @Test func twoFilesInOneDirectory() throws {
        let a = try scratch.write("a.md", Self.phase)
        let b = try scratch.write("b.md", Self.phase)
        let start = ContinuousClock.now
        #expect(try RoadmapStore.commit(try change([a, b]), recording: ChangeRecord()).count == 2)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(scratch.read(a) == scratch.read(b) && scratch.read(b) == "# Phase 1\n- [x] Phase goal\n")
    }

    /// The second file cannot be replaced: the first, already replaced, gets its old bytes back,
    /// and the error says so. With the exchange the very inode comes back; without it, the bytes.
    @Test(arguments: [true, false])
    func aFailedSecondFilePutsTheFirstBack(exchange: Bool) throws {
        let index = try scratch.write("roadmap.md", Self.index)
        let phase = try scratch.write("phases/one.md", Self.phase)
        let inodeBefore = inode(index)
        var hooks = StoreHooks()
        hooks.exchange = exchange
        hooks.replacing = { k, replace throws(StorageError) in
            if k == 1 { throw StorageError(path: phase, message: "rename failed: Input/output error") }
            try replace()
        }
        var recorded = false
        #expect(throws: StorageError(path: "one.md", message: "rename failed: Input/output error; roadmap.md had been written and was put back, so no file was changed")) {
            _ = try RoadmapStore.commit(try self.change([index, phase]), force: false, hooks: hooks, recording: .after { _ in recorded = true })
        }
        #expect(scratch.read(index) == Self.index && scratch.read(phase) == Self.phase)
        #expect(!recorded)
        if exchange { #expect(inode(index) == inodeBefore) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["phases", "roadmap.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/phases") == ["one.md"])
    }

    /// The second file's new version cannot even be written: nothing is replaced.
    @Test func aSecondFileThatCannotBePreparedChangesNothing() throws {
        let index = try scratch.write("roadmap.md", Self.index)
        let phase = try scratch.write("phases/one.md", Self.phase)
        let blocker = scratch.path + "/phases/.one.md.roadmap-\(getpid()).tmp"
        #expect(mkdir(blocker, 0o755) == 0)
        #expect {
            _ = try RoadmapStore.commit(try self.change([index, phase]), recording: ChangeRecord())
        } throws: { error in
            let message = (error as? StorageError)?.message ?? ""
            return message.hasPrefix("cannot create a temporary file in ") && message.hasSuffix("(File exists); no file was changed")
        }
        #expect(scratch.read(index) == Self.index && scratch.read(phase) == Self.phase)
        rmdir(blocker)
    }

    /// A file changed since the command read it in a way its edit cannot follow: refused before
    /// any file is written.
    @Test func oneFileThatCannotBeReappliedStopsAll() throws {
        let index = try scratch.write("roadmap.md", Self.index)
        let phase = try scratch.write("phases/one.md", Self.phase)
        let files = try change([index, phase])
        try scratch.write("phases/one.md", "# Phase 1\n- [ ] Phase goal, reworded\n")
        #expect(throws: StorageError.self) { _ = try RoadmapStore.commit(files, recording: ChangeRecord()) }
        #expect(scratch.read(index) == Self.index)
        #expect(scratch.read(phase) == "# Phase 1\n- [ ] Phase goal, reworded\n")
    }
}

extension MultiFileCommitTests {
    /// A file reached by two paths (a symbolic link) would be written twice: refused.
    @Test func oneFileNamedTwiceIsRefused() throws {
        let a = try scratch.write("a.md", Self.phase)
        #expect(symlink(a, scratch.path + "/link.md") == 0)
        #expect(throws: StorageError(path: "link.md", message: "is named twice in one change (it is another name of a file before it); nothing was written")) {
            _ = try RoadmapStore.commit(try self.change([a, self.scratch.path + "/link.md"]), recording: ChangeRecord())
        }
        #expect(scratch.read(a) == Self.phase)
    }
}
