import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// The read lease (`ReadLease`, Linux `F_SETLEASE`) and what stands on it: a read that waits for
/// another program to finish writing the file, and a commit that never writes over a file another
/// program has open for writing. The other program here is a thread of this process: the kernel
/// treats its opens like any other's.
final class ReadLeaseTests {
    let scratch: ScratchDirectory
    static let text = "# Plan\n\n- [ ] task A\n- [ ] task B\n"

    init() throws { scratch = try ScratchDirectory("read-lease") }

    @Test func refusedWhileAWriterHasTheFileOpen() throws {
        let path = try scratch.write("plan.md", Self.text)
        let reader = open(path, O_RDONLY | O_CLOEXEC)
        defer { close(reader) }
        let writer = open(path, O_WRONLY | O_CLOEXEC)
        #expect(ReadLease(on: reader).state == .beingWritten)
        close(writer)
        let lease = ReadLease(on: reader)
        #expect(lease.state == .held && !lease.isBroken)
        lease.release()
        #expect(FileSystem.isBeingWritten(path) == false)
    }

    /// A writer's open breaks the lease and waits until it is let go (not the 45 s the kernel would
    /// wait at most); the break's signal does not end the process.
    @Test func brokenWhenAWriterOpensTheFile() throws {
        let path = try scratch.write("plan.md", Self.text)
        let reader = open(path, O_RDONLY | O_CLOEXEC)
        defer { close(reader) }
        let lease = ReadLease(on: reader)
        #expect(lease.isHeld && !lease.isBroken)
        let writer = BackgroundSave { Editor.inPlaceSave(path, Array((Self.text + "- [ ] added\n").utf8)) }
        #expect(writer.waitUntilDoneOrBlocked(on: path) == .blocked)
        #expect(lease.isBroken)
        #expect(!writer.isDone, "the writer's open went on while the lease was held")
        lease.release()
        #expect(writer.wait(seconds: 5), "the writer's open still waits after the lease was let go")
        #expect(scratch.read(path) == Self.text + "- [ ] added\n")
    }

    /// A file system that grants no leases (procfs answers EINVAL, as some network and FUSE ones
    /// do): unavailable, never broken, and the read is a plain read. What is not a regular file is
    /// refused by the read as before.
    @Test func unavailableWhereTheFileSystemGrantsNone() throws {
        let fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
        defer { close(fd) }
        let lease = ReadLease(on: fd)
        #expect(lease.state == .unavailable && !lease.isBroken)
        let status = try FileSystem.readWhenNotBeingWritten("/proc/self/status")
        #expect(status.starts(with: Array("Name:".utf8)))
        #expect(throws: StorageError(path: "/dev/null", message: "is not a regular file")) { _ = try FileSystem.readWhenNotBeingWritten("/dev/null") }
    }

    /// The editor truncates the file, writes half, pauses, writes the rest: the read waits for it.
    @Test func aReadWaitsForTheWriterToClose() throws {
        let path = try scratch.write("plan.md", Self.text)
        let saved = Array((Self.text + String(repeating: "Notes the editor is saving.\n", count: 400)).utf8)
        let firstHalf = DispatchSemaphore(value: 0)
        let writer = BackgroundSave {
            let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
            saved[..<(saved.count / 2)].withUnsafeBytes { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
            firstHalf.signal()
            usleep(150_000)
            saved[(saved.count / 2)...].withUnsafeBytes { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        firstHalf.wait()
        #expect(try FileSystem.readWhenNotBeingWritten(path) == saved)
        #expect(writer.wait(seconds: 5))
    }

    /// A writer that does not close within the read's patience: refused, naming the process.
    @Test func aReadGivesUpAfterItsPatience() throws {
        let path = try scratch.write("plan.md", Self.text)
        let writer = open(path, O_WRONLY | O_CLOEXEC)
        defer { close(writer) }
        let start = ContinuousClock.now
        #expect(throws: StorageError(path: path, message: "being written by another program (pid \(getpid())); nothing was written")) {
            _ = try FileSystem.readWhenNotBeingWritten(path, patience: 200_000_000)
        }
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(FileSystem.isBeingWritten(path))
    }

    /// A commit over a file another program keeps open for writing: refused after the store's
    /// patience, nothing written, the process named.
    @Test func aCommitOverAFileOpenForWritingIsRefused() throws {
        let path = try scratch.write("plan.md", Self.text)
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: 0, to: .done, doneDate: nil)
        let writer = open(path, O_WRONLY | O_CLOEXEC)
        defer { close(writer) }
        #expect(throws: StorageError(path: path, message: "being written by another program (pid \(getpid())); nothing was written")) {
            _ = try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { roadmap.replaying(edits, onto: $0) })
        }
        #expect(scratch.read(path) == Self.text)
    }

    /// The same writer closing while the commit waits: the commit goes on and writes.
    @Test func aCommitWaitsForAWriterToClose() throws {
        let path = try scratch.write("plan.md", Self.text)
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: 0, to: .done, doneDate: nil)
        let opened = DispatchSemaphore(value: 0)
        let writer = BackgroundSave {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            opened.signal()
            usleep(100_000)
            close(fd)
        }
        opened.wait()
        _ = try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { roadmap.replaying(edits, onto: $0) })
        #expect(scratch.read(path) == "# Plan\n\n- [x] task A\n- [ ] task B\n")
        #expect(writer.wait(seconds: 5))
    }

    /// An editor that looked a file up before its exchange opens it after: the old file, beside
    /// it now (here, by its temporary name), while the next file of the change is replaced. The
    /// change is not final yet, so both files are put back, the editor's save lands in the file at
    /// the path, and the commit starts over and ticks both, the first on top of that save.
    @Test func aFileOpenedToWriteAfterItsExchangeIsPutBack() throws {
        let phase = "# Phase\n- [ ] Phase goal\n"
        let edited = phase + "- [ ] the editor's goal\n"
        let a = try scratch.write("a.md", phase)
        let b = try scratch.write("b.md", phase)
        let files = try [a, b].map { path in
            let roadmap = Roadmap(parsing: try FileSystem.read(path))
            let edits = roadmap.edits(setting: 0, to: .done, doneDate: nil)
            return FileEdits(path: path, name: FileSystem.baseName(of: path), edits: edits, computedOn: roadmap.bytes,
                             replaying: { roadmap.replaying(edits, onto: $0) })
        }
        var editor: BackgroundSave?
        var tries = 0
        var hooks = StoreHooks()
        hooks.replacing = { k, replace throws(StorageError) in
            if k == 1 && editor == nil {
                let old = FileSystem.temporaryPath(for: a)
                editor = BackgroundSave {
                    let fd = open(old, O_WRONLY | O_CLOEXEC)
                    guard fd >= 0 else { return }
                    Editor.inPlaceSave(into: fd, Array(edited.utf8))
                    close(fd)
                }
                #expect(editor?.waitUntilDoneOrBlocked(on: old) == .blocked)
            }
            if k == 1 { tries += 1 }
            try replace()
        }
        #expect(try RoadmapStore.commit(files, force: false, hooks: hooks, recording: ChangeRecord()).count == 2)
        #expect(editor?.wait(seconds: 5) == true)
        #expect(scratch.read(a) == "# Phase\n- [x] Phase goal\n- [ ] the editor's goal\n")
        #expect(scratch.read(b) == "# Phase\n- [x] Phase goal\n")
        #expect(tries == 2)
    }

    /// Where the file system cannot exchange, the replacement is a rename, checked against the
    /// lease right before: an editor whose open waits on it is not renamed over (its save would go
    /// to a file no longer at the path); the commit lets go, and ticks the editor's save.
    @Test func withoutTheExchangeNoRenameOverAnEditorOpeningTheFile() throws {
        let text = "# Plan\n\n- [ ] task A\n"
        let edited = text + "- [ ] the editor's goal\n"
        let path = try scratch.write("plan.md", text)
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: 0, to: .done, doneDate: nil)
        var editor: BackgroundSave?
        var hooks = StoreHooks()
        hooks.exchange = false
        hooks.replacing = { _, replace throws(StorageError) in
            if editor == nil {
                editor = BackgroundSave { Editor.inPlaceSave(path, Array(edited.utf8)) }
                #expect(editor?.waitUntilDoneOrBlocked(on: path) == .blocked)
            }
            try replace()
        }
        _ = try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { roadmap.replaying(edits, onto: $0) }, hooks: hooks)
        #expect(editor?.wait(seconds: 5) == true)
        #expect(scratch.read(path) == "# Plan\n\n- [x] task A\n- [ ] the editor's goal\n")
    }
}
