import Foundation
import Glibc
import Testing
@testable import RoadmapKit

/// A change to three files killed at the moments that matter, and what the next command makes of
/// it (`Journal.finishInterruptedChanges`). No timing: the store's hooks keep the disk as it is at
/// that moment (the files, the journal, the temporary files beside them), let the change finish,
/// and put the disk back as kept, which is what a kill there leaves.
final class JournalRecoveryTests {
    let scratch: ScratchDirectory
    let paths: [String]
    /// As the journal names them.
    let canonical: [String]
    let journal: Journal
    static let old = ["# Index\n- [ ] [One](phases/one.md)\n- [ ] [Two](phases/two.md)\n- [ ] Index goal\n",
                      "# One\n- [ ] One goal\n", "# Two\n- [ ] Two goal\n"]
    static let new = ["# Index\n- [ ] [One](phases/one.md)\n- [ ] [Two](phases/two.md)\n- [x] Index goal\n",
                      "# One\n- [x] One goal\n", "# Two\n- [x] Two goal\n"]

    init() throws {
        let scratch = try ScratchDirectory("recovery")
        self.scratch = scratch
        paths = try zip(["roadmap.md", "phases/one.md", "phases/two.md"], Self.old).map { try scratch.write($0, $1) }
        canonical = paths.map { FileSystem.canonicalPath($0)! }
        journal = Journal(directory: scratch.path + "/state", roadmap: canonical[0])
    }

    /// When the kill comes: right before file `k` is replaced, or right after.
    enum Moment { case before(Int), after(Int) }

    /// Every file under the scratch directory, by path, with its bytes.
    func disk() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: scratch.path)
        while let name = walker?.nextObject() as? String {
            let path = scratch.path + "/" + name
            if !FileSystem.isDirectory(path) { files[path] = try? FileSystem.read(path) }
        }
        return files
    }

    func putBack(_ kept: [String: [UInt8]]) throws {
        for path in disk().keys where kept[path] == nil { unlink(path) }
        for (path, bytes) in kept { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
    }

    var temporaries: [String] { disk().keys.filter { $0.contains(".roadmap-") && $0.hasSuffix(".tmp") }.sorted() }
    var contents: [String] { paths.map(scratch.read) }

    /// The last goal of each file ticked, as one change journalled ahead, as commands do.
    func tick(hooks: StoreHooks = StoreHooks()) throws {
        let files = try paths.map { path in
            let roadmap = Roadmap(parsing: try FileSystem.read(path))
            let edits = roadmap.edits(setting: roadmap.goals.count - 1, to: .done, doneDate: nil)
            return FileEdits(path: path, edits: edits, computedOn: roadmap.bytes, replaying: { roadmap.replaying(edits, onto: $0) })
        }
        let record = ChangeRecord.journal(journal, entry: { JournalEntry(recording: $0, command: ["check"], goals: []) }) { _, error throws(StorageError) in
            throw error
        }
        _ = try RoadmapStore.commit(files, force: false, hooks: hooks, recording: record)
    }

    /// Leaves the disk as a kill at `moment` would.
    func kill(at moment: Moment) throws {
        var kept: [String: [UInt8]]?
        var hooks = StoreHooks()
        hooks.replacing = { k, replace throws(StorageError) in
            if case .before(k) = moment { kept = self.disk() }
            try replace()
            if case .after(k) = moment { kept = self.disk() }
        }
        try tick(hooks: hooks)
        try putBack(try #require(kept))
    }

    @Test func killedBeforeTheFirstFileIsDropped() throws {
        try kill(at: .before(0))
        #expect(try journal.entries().map(\.isComplete) == [false])
        #expect(!temporaries.isEmpty)
        #expect(try journal.finishInterruptedChanges().map(\.outcome) == [.notWritten])
        #expect(contents == Self.old)
        #expect(try journal.entries() == [])
        #expect(temporaries == [])
    }

    /// Killed between two files: the plan goes back to the old version (the one the entry can
    /// rebuild and check), and the entry is dropped.
    @Test func killedBetweenTwoFilesIsPutBack() throws {
        try kill(at: .before(2))
        #expect(contents == [Self.new[0], Self.new[1], Self.old[2]])
        let finished = try journal.finishInterruptedChanges()
        #expect(finished.map(\.outcome) == [.putBack(Array(canonical[0...1]))])
        #expect(contents == Self.old)
        #expect(try journal.entries() == [])
        #expect(temporaries == [])
        #expect(try journal.finishInterruptedChanges().isEmpty)
    }

    /// Killed after the last file, before the entry was completed: completed, and undone as any.
    @Test func killedAfterTheLastFileIsCompleted() throws {
        try kill(at: .after(2))
        #expect(contents == Self.new)
        #expect(try journal.finishInterruptedChanges().map(\.outcome) == [.completed])
        #expect(contents == Self.new)
        let entries = try journal.entries()
        #expect(entries.map(\.isComplete) == [true])
        #expect(temporaries == [])
        for (file, path) in zip(entries[0].files, paths) {
            let bytes = try FileSystem.read(path)
            #expect(file.undoState(of: bytes) == .revertible)
            #expect(file.revert.applied(to: bytes) == Array(Self.old[paths.firstIndex(of: path)!].utf8))
        }
    }

    /// A file edited by hand after the kill: nothing is touched, and the entry is kept (complete)
    /// so that `log` lists it and `undo` says why it refuses.
    @Test func aFileChangedSinceIsLeftAsItIs() throws {
        try kill(at: .before(2))
        try scratch.write("phases/one.md", "# One\n- [x] One goal\n- [ ] Added by hand\n")
        let finished = try journal.finishInterruptedChanges()
        #expect(finished.map(\.outcome) == [.keptAsFound(file: canonical[1], reason: "changed since")])
        #expect(contents == [Self.new[0], "# One\n- [x] One goal\n- [ ] Added by hand\n", Self.old[2]])
        #expect(try journal.entries().map(\.isComplete) == [true])
    }

    /// A file whose folder is gone: kept as found (not an error on every later command).
    @Test func aFileWhoseFolderIsGoneIsLeftAsItIs() throws {
        try kill(at: .before(2))
        try FileManager.default.removeItem(atPath: scratch.path + "/phases")
        let finished = try journal.finishInterruptedChanges()
        #expect(finished.map(\.outcome) == [.keptAsFound(file: canonical[1], reason: "No such file or directory")])
        #expect(contents[0] == Self.new[0])
        #expect(try journal.entries().map(\.isComplete) == [true])
    }

    /// An incomplete entry whose writer is still at work (it holds the files' locks) is its own:
    /// the next command waits for the locks, and then finds it complete.
    @Test func aWriterAtWorkIsWaitedFor() throws {
        let seen = Seen()
        var hooks = StoreHooks()
        hooks.replacing = { k, replace throws(StorageError) in
            if k == 1 {
                let journal = self.journal
                Thread { seen.set(try? journal.finishInterruptedChanges()) }.start()
                usleep(100_000)
                #expect(seen.get() == nil)
            }
            try replace()
        }
        try tick(hooks: hooks)
        while seen.get() == nil { usleep(1_000) }
        #expect(seen.get()?.isEmpty == true)
        #expect(contents == Self.new)
        #expect(try journal.entries().map(\.isComplete) == [true])
    }

    /// A change that is not made after all (a file cannot be written, the others are put back)
    /// takes its entry out again; one made completes it.
    @Test func theEntryFollowsTheChange() throws {
        var hooks = StoreHooks()
        hooks.replacing = { k, replace throws(StorageError) in
            if k == 2 { throw StorageError(path: "two.md", message: "rename failed: Input/output error") }
            try replace()
        }
        #expect(throws: StorageError.self) { try self.tick(hooks: hooks) }
        #expect(contents == Self.old)
        #expect(try journal.entries() == [])
        try tick()
        #expect(contents == Self.new)
        #expect(try journal.entries().map(\.isComplete) == [true])
        #expect(try journal.finishInterruptedChanges().isEmpty)
    }
}

/// Completing an entry is one byte written in place: no rename, no flush.
struct JournalCompletionTests {
    @Test func completingWritesOneByteInPlace() throws {
        let scratch = try ScratchDirectory("completion")
        let journal = Journal(directory: scratch.path, roadmap: "/plans/roadmap.md")
        var entry = JournalFormatTests.twoFiles()
        entry.isComplete = false
        try journal.append(JournalTests.entry(1))
        try journal.append(entry)
        let before = try FileSystem.read(journal.path)
        let inode = FileStamp.at(journal.path)?.inode
        #expect(try journal.complete(entry))
        let after = try FileSystem.read(journal.path)
        #expect(FileStamp.at(journal.path)?.inode == inode)
        #expect(after.count == before.count && zip(before, after).filter { $0 != $1 }.count == 1)
        entry.isComplete = true
        #expect(try journal.entries() == [JournalTests.entry(1), entry])
        #expect(try journal.complete(entry) == false)
    }

    /// A line not as this version writes it (edited by hand: a lowercase escape) is completed by
    /// rewriting the journal.
    @Test func aLineWrittenOtherwiseIsCompletedByARewrite() throws {
        let scratch = try ScratchDirectory("completion")
        let journal = Journal(directory: scratch.path, roadmap: "/plans/roadmap.md")
        try FileSystem.createPrivateDirectories(scratch.path + "/journal")
        let text = "# roadmap journal 2\t/plans/roadmap.md\n~1700000000\tcheck\t\t/plans/roadmap.md\txxh64:1\txxh64:2\t2\t3:1:%2c\n"
        try FileSystem.write(Array(text.utf8), to: journal.path)
        let entry = try #require(try journal.entries().first)
        #expect(!entry.isComplete && entry.files[0].revert == [TextEdit(range: 3..<4, replacement: [0x2C])])
        #expect(try journal.complete(entry))
        #expect(try journal.entries().map(\.isComplete) == [true])
    }
}

/// What another thread found, once it has.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [InterruptedChange]?
    func set(_ new: [InterruptedChange]?) { lock.withLock { value = new ?? [] } }
    func get() -> [InterruptedChange]? { lock.withLock { value } }
}

/// The incomplete mark in the journal's text.
struct IncompleteEntryFormatTests {
    @Test func theMarkRoundTripsAndOlderDecodersSkipIt() {
        let complete = JournalFormatTests.twoFiles()
        var entry = complete
        entry.isComplete = false
        var line = entry.encoded
        #expect(line.starts(with: Array("~1700000100\t".utf8)))
        #expect(JournalEntry(decoding: line.dropLast()) == entry)
        // What a version without the mark reads: no time in the first field, so no entry.
        #expect(JournalCoding.number(line.split(separator: ASCII.tab)[0]) == nil)
        // Completed in place, the mark reads as a leading zero of the same time.
        line[0] = JournalEntry.completedMark
        #expect(JournalEntry(decoding: line.dropLast()) == complete)
        // A mark before a line of 0.2 (seven fields) is no entry.
        #expect(JournalEntry(decoding: Array("~1700000000\txxh64:aa\txxh64:bb\tcheck,1\t#1 Docker\t4\t7:1: ".utf8)[...]) == nil)
    }
}
