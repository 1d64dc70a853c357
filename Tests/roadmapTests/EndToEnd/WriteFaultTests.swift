import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
@testable import RoadmapStorage

/// The built binary against file-system faults: each ends in a clear one-line error or a correct
/// result, with the original file untouched and no temporary file left behind.
@Suite(.serialized)
struct WriteFaultTests {
    static let plan = Array("# Plan\n\n- [ ] Learn Docker\n- [ ] Learn Kubernetes\n".utf8)

    /// A file big enough that writing it takes many blocks.
    static func large(kilobytes: Int) -> [UInt8] {
        var bytes = Array("# Large\n\n- [ ] First goal\n".utf8)
        var n = 0
        while bytes.count < kilobytes * 1024 {
            bytes += Array("- [ ] Goal \(n) with some words to make the line longer than it needs to be\n".utf8)
            n += 1
        }
        return bytes
    }

    func expectOneLineError(_ run: Sandbox.Run, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 1, sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(run.stderr == "error: \(message)\n", sourceLocation: sourceLocation)
    }

    @Test func readOnlyFile() throws {
        guard let asNobody = Sandbox.unprivileged else { print(Sandbox.skipUnprivileged); return }
        let sandbox = try Sandbox()
        try sandbox.write("plan.md", Self.plan, mode: 0o444)
        let run = try sandbox.run(["check", "1", "-f", "plan.md"], prefix: asNobody)
        expectOneLineError(run, "plan.md: is read-only; use --force to write anyway")
        #expect(sandbox.bytes("plan.md") == Self.plan)
        #expect(sandbox.temporaries() == [])
        // Reading it is fine.
        #expect(try sandbox.run(["status", "-f", "plan.md"], prefix: asNobody).status == 0)
    }

    @Test func readOnlyDirectory() throws {
        guard let asNobody = Sandbox.unprivileged else { print(Sandbox.skipUnprivileged); return }
        let sandbox = try Sandbox()
        mkdir(sandbox.file("locked"), 0o777)
        try sandbox.write("locked/plan.md", Self.plan, mode: 0o666)
        chmod(sandbox.file("locked"), 0o555)
        defer { chmod(sandbox.file("locked"), 0o777) }
        let run = try sandbox.run(["check", "1", "-f", "locked/plan.md"], prefix: asNobody)
        expectOneLineError(run, "locked/plan.md: cannot create a temporary file in \(sandbox.file("locked")) (Permission denied); the file is unchanged")
        #expect(sandbox.bytes("locked/plan.md") == Self.plan)
        #expect(sandbox.temporaries(in: "locked") == [])
    }

    @Test func missingFileAndDirectoryAndFIFO() throws {
        let sandbox = try Sandbox()
        expectOneLineError(try sandbox.run(["check", "1", "-f", "missing.md"]), "missing.md: No such file or directory")
        mkdir(sandbox.file("folder.md"), 0o755)
        // A directory stands for the roadmap in it (see Context.indexIfDirectory); an empty one is an error.
        expectOneLineError(try sandbox.run(["status", "-f", "folder.md"]), "folder.md: is a directory with no roadmap in it (looked for career-roadmap.md, roadmap.md, index.md, README.md); add --tree to read every markdown file below it as one roadmap")
        mkfifo(sandbox.file("fifo.md"), 0o644)
        // Reading a FIFO would wait for a writer forever; it is refused at once.
        expectOneLineError(try sandbox.run(["check", "1", "-f", "fifo.md"]), "fifo.md: is not a regular file")
    }

    @Test func symbolicLinkStaysALink() throws {
        let sandbox = try Sandbox()
        mkdir(sandbox.file("real"), 0o777)
        try sandbox.write("real/plan.md", Self.plan, mode: 0o640)
        symlink("real/plan.md", sandbox.file("link.md"))
        #expect(try sandbox.run(["check", "2", "--no-date", "-f", "link.md"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.file("link.md")) == "real/plan.md")
        #expect(sandbox.bytes("real/plan.md") == Array("# Plan\n\n- [ ] Learn Docker\n- [x] Learn Kubernetes\n".utf8))
        var info = stat()
        stat(sandbox.file("real/plan.md"), &info)
        #expect(info.st_mode & 0o7777 == 0o640)
    }

    @Test func nothingWrittenWhenNothingChanges() throws {
        let sandbox = try Sandbox()
        try sandbox.write("plan.md", Array("- [x] Done already\n".utf8))
        var before = stat(), after = stat()
        stat(sandbox.file("plan.md"), &before)
        let run = try sandbox.run(["check", "1", "-f", "plan.md"])
        #expect(run.status == 0 && run.stdout == "#1 is already done: Done already\n")
        stat(sandbox.file("plan.md"), &after)
        #expect(before.st_ino == after.st_ino && before.st_mtim.tv_nsec == after.st_mtim.tv_nsec)
        #expect(try sandbox.run(["log", "-f", "plan.md"]).stdout == "No changes recorded for plan.md yet.\n")
    }

    /// `ulimit -f`: the kernel stops the temporary file part-way (SIGXFSZ is ignored, so the write
    /// fails with EFBIG instead of killing the process).
    @Test func fileSizeLimitMidWrite() throws {
        let sandbox = try Sandbox()
        let original = Self.large(kilobytes: 300)
        try sandbox.write("plan.md", original)
        let script = "ulimit -f 100; exec \"$0\" \"$@\""
        let run = try sandbox.run(["-c", script, EndToEndTests.binary.path, "check", "1", "--no-date", "-f", "plan.md"], executable: "/bin/bash")
        expectOneLineError(run, "plan.md: write failed: File too large; the file is unchanged")
        #expect(sandbox.bytes("plan.md") == original)
        #expect(sandbox.temporaries() == [])
    }

    /// The journal cannot be written (here: over the file-size limit, the roadmap under it): the
    /// warning says the file was changed, and nothing after it says "unchanged" (the journal's own
    /// write error used to end in "; the file is unchanged").
    @Test func journalOverTheFileSizeLimit() throws {
        let sandbox = try Sandbox()
        try sandbox.write("plan.md", Self.plan)
        let canonical = try #require(FileSystem.canonicalPath(sandbox.file("plan.md")))
        let journal = Journal(directory: sandbox.state + "/roadmap", roadmap: canonical)
        let filler = [TextEdit(range: 0..<0, replacement: [UInt8](repeating: 0x61, count: 20_000))]
        for n in 0..<20 {
            try journal.append(JournalEntry(time: n, command: ["check"], goals: [], lines: [], beforeHash: "x", afterHash: "y", revert: filler, path: canonical))
        }
        let script = "ulimit -f 100; exec \"$0\" \"$@\""
        let run = try sandbox.run(["-c", script, EndToEndTests.binary.path, "check", "1", "--no-date", "-f", "plan.md"], executable: "/bin/bash")
        #expect(run.status == 0)
        #expect(run.stderr == "warning: plan.md was changed, but the journal was not: \(journal.path): write failed: File too large; 'roadmap undo' cannot revert this\n")
        #expect(sandbox.bytes("plan.md") == Array("# Plan\n\n- [x] Learn Docker\n- [ ] Learn Kubernetes\n".utf8))
    }

    /// A journal this user cannot read (as one a `sudo roadmap` left, owned by root): the change
    /// is made with a warning, and the journal keeps its history. It used to be replaced by the
    /// new entry alone (its folder is writable), the older changes gone without a word.
    @Test func aJournalThatCannotBeReadKeepsItsHistory() throws {
        guard let asNobody = Sandbox.unprivileged else { print(Sandbox.skipUnprivileged); return }
        let sandbox = try Sandbox()
        try sandbox.write("plan.md", Self.plan)
        #expect(try sandbox.run(["check", "1", "--no-date", "-f", "plan.md"]).status == 0)
        let canonical = try #require(FileSystem.canonicalPath(sandbox.file("plan.md")))
        let journal = Journal(directory: sandbox.state + "/roadmap", roadmap: canonical)
        let history = try journal.entries()
        #expect(history.count == 1)
        for directory in [sandbox.state + "/roadmap", sandbox.state + "/roadmap/journal"] { chmod(directory, 0o777) }
        chmod(journal.path, 0o000)
        let run = try sandbox.run(["check", "2", "--no-date", "-f", "plan.md"], prefix: asNobody)
        chmod(journal.path, 0o600)
        #expect(run.status == 0)
        #expect(run.stderr == "warning: plan.md was changed, but the journal was not: \(journal.path): cannot read it (Permission denied), so it was left as it is; 'roadmap undo' cannot revert this\n")
        #expect(sandbox.bytes("plan.md") == Array("# Plan\n\n- [x] Learn Docker\n- [x] Learn Kubernetes\n".utf8))
        #expect(try journal.entries() == history)
    }

    /// A full disk: a 512 KiB tmpfs (needs root to mount; skipped otherwise).
    @Test func diskFullMidWrite() throws {
        let sandbox = try Sandbox()
        let small = sandbox.file("small")
        mkdir(small, 0o777)
        let mounted = geteuid() == 0 ? try sandbox.run(["-t", "tmpfs", "-o", "size=512k", "tmpfs", small], executable: "/bin/mount") : nil
        guard let mounted, mounted.status == 0 else {
            print("SKIP: disk full: cannot mount a small tmpfs here (\(mounted?.stderr.trimmingCharacters(in: .whitespacesAndNewlines) ?? "not root"))")
            return
        }
        defer { _ = try? sandbox.run([small], executable: "/bin/umount") }
        let original = Self.large(kilobytes: 300)
        try sandbox.write("small/plan.md", original)
        let run = try sandbox.run(["check", "1", "--no-date", "-f", "small/plan.md"])
        expectOneLineError(run, "small/plan.md: write failed: No space left on device; the file is unchanged")
        #expect(sandbox.bytes("small/plan.md") == original)
        #expect(sandbox.temporaries(in: "small") == [])
        // With room again, the same command works.
        unlink(sandbox.file("small/plan.md"))
        try sandbox.write("small/plan.md", Self.plan)
        #expect(try sandbox.run(["check", "1", "--no-date", "-f", "small/plan.md"]).status == 0)
    }
}
