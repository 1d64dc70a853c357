import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// A cloned repository that commits symbolic links where `roadmap` writes: the built binary never
/// writes through one, nor creates a file where one points, outside the repository or over one of
/// the plan's own files. The repository is a `Sandbox`; "outside" is a second one beside it, the
/// person's home, whose every byte and name must be the same afterwards.
struct HostileOutputTests {
    static let plan = "# Plan\n\n**Start Date:** 2026-01-15\n\n## Month 2\n- [ ] Learn Docker\n"
    static let exports = [("report", "roadmap-report.html"), ("badge", "roadmap-badge.svg"), ("calendar", "roadmap.ics")]
    static let bashrc = Array("# ~/.bashrc\nalias ll='ls -l'\n".utf8)

    /// The person's home beside the repository, with its `.bashrc`.
    struct Home {
        let sandbox: Sandbox
        /// `../<home>/` from inside the repository.
        let relative: String

        init(beside repository: Sandbox) throws {
            sandbox = try Sandbox()
            relative = "../" + FileSystem.baseName(of: sandbox.path) + "/"
            try sandbox.write(".bashrc", HostileOutputTests.bashrc, mode: 0o644)
        }

        /// Every name in it (but the sandbox's own state folder) with its bytes.
        var contents: [String: [UInt8]] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: sandbox.path)) ?? []
            return Dictionary(uniqueKeysWithValues: names.filter { $0 != "state" }.map { ($0, sandbox.bytes($0)) })
        }
    }

    func repository() throws -> (Sandbox, Home) {
        let repository = try Sandbox()
        try repository.write("roadmap.md", Array(Self.plan.utf8))
        return (repository, try Home(beside: repository))
    }

    func linkText(_ sandbox: Sandbox, _ name: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: sandbox.file(name))
    }

    func expectRefusal(_ run: Sandbox.Run, _ name: String, linkTo target: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 1, "\(run.stdout)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "\(run.stdout)", sourceLocation: sourceLocation)
        #expect(run.stderr == "error: \(name): is a symbolic link (to \(target)); not written through. Remove it, or name the output with -o FILE\n",
                "\(run.stderr)", sourceLocation: sourceLocation)
    }

    /// `roadmap.ics -> ../home/.bashrc` (and the same for the report and the badge): refused,
    /// `.bashrc` byte for byte as it was, the link still a link, no temporary file left.
    @Test func defaultOutputLinkedOutsideIsRefused() throws {
        for (command, output) in Self.exports {
            let (repository, home) = try repository()
            let before = home.contents
            let target = home.relative + ".bashrc"
            #expect(symlink(target, repository.file(output)) == 0)
            expectRefusal(try repository.run([command]), output, linkTo: target)
            #expect(home.contents == before, "\(command) wrote outside the repository")
            #expect(linkText(repository, output) == target)
            #expect(repository.temporaries() == [])
        }
    }

    /// A dangling link: the file it names is not created.
    @Test func defaultOutputDanglingLinkCreatesNothing() throws {
        for (command, output) in Self.exports {
            let (repository, home) = try repository()
            let before = home.contents
            let target = home.relative + "planted-" + output
            #expect(symlink(target, repository.file(output)) == 0)
            expectRefusal(try repository.run([command]), output, linkTo: target)
            #expect(home.contents == before, "\(command) created a file outside the repository")
            #expect(repository.temporaries() == [])
        }
    }

    /// A link to the roadmap itself: refused as any link is, the roadmap untouched.
    @Test func defaultOutputLinkedToAPlanFileIsRefused() throws {
        for (command, output) in Self.exports {
            let (repository, _) = try repository()
            #expect(symlink("roadmap.md", repository.file(output)) == 0)
            expectRefusal(try repository.run([command]), output, linkTo: "roadmap.md")
            #expect(repository.bytes("roadmap.md") == Array(Self.plan.utf8))
        }
    }

    /// The calendar of the issue: a goal whose text, folded at 75 octets, starts a line of the
    /// feed with a shell command. Written to `.bashrc`, the next shell would run it.
    @Test func calendarFoldedIntoAShellCommandIsNotWrittenThroughALink() throws {
        let (repository, home) = try repository()
        let padding = String(repeating: "x", count: 75 - "SUMMARY:".count)
        // `$HOME`, not `~`: the plain text of a goal drops a `~` (as strikethrough markup).
        try repository.write("roadmap.md", Array((Self.plan + "- [ ] \(padding)touch $HOME/PWNED & #\n").utf8))
        let feed = try repository.run(["calendar", "--all", "-o", "-"])
        #expect(feed.stdout.contains("\r\n touch $HOME/PWNED & #"), "the feed folds the goal so that a line starts with the command")
        let before = home.contents
        let target = home.relative + ".bashrc"
        #expect(symlink(target, repository.file("roadmap.ics")) == 0)
        expectRefusal(try repository.run(["calendar"]), "roadmap.ics", linkTo: target)
        #expect(home.sandbox.bytes(".bashrc") == Self.bashrc)
        #expect(home.contents == before)
        #expect(!FileManager.default.fileExists(atPath: home.sandbox.file("PWNED")))
    }

    /// A default output that is a regular file is replaced by the new one, as before.
    @Test func defaultOutputReplacesARegularFile() throws {
        for (command, output) in Self.exports {
            let (repository, _) = try repository()
            try repository.write(output, Array("old".utf8))
            let run = try repository.run([command])
            #expect(run.status == 0 && run.stdout.hasPrefix("Wrote \(output) ("), "\(run.stderr)")
            #expect(repository.bytes(output).count > 3 && linkText(repository, output) == nil)
        }
    }

    /// `-o` names the file: a link the person names is written through, as before (the way out
    /// the refusal offers).
    @Test func namedOutputIsWrittenThroughItsLink() throws {
        let (repository, _) = try repository()
        mkdir(repository.file("site"), 0o777)
        try repository.write("site/feed.ics", Array("old".utf8))
        #expect(symlink("site/feed.ics", repository.file("roadmap.ics")) == 0)
        let run = try repository.run(["calendar", "-o", "roadmap.ics"])
        #expect(run.status == 0 && run.stdout.hasPrefix("Wrote roadmap.ics"), "\(run.stderr)")
        #expect(linkText(repository, "roadmap.ics") == "site/feed.ics")
        #expect(String(decoding: repository.bytes("site/feed.ics"), as: UTF8.self).hasPrefix("BEGIN:VCALENDAR"))
    }

    /// `-o` names a file the repository made a link out of it: `report.html -> ../home/.bashrc`
    /// (or a dangling one) and `out -> ../home` with `-o out/report.html`. Typing a name is no
    /// consent to where a committed link leads: refused, the home byte for byte as it was (the
    /// build before wrote the report into the link's target).
    @Test func namedOutputThroughALinkOutOfTheFolderIsRefused() throws {
        for (command, output) in Self.exports {
            for (link, target, named) in [(output, ".bashrc", output), (output, "planted-" + output, output), ("out", "", "out/" + output)] {
                let (repository, home) = try repository()
                let before = home.contents
                #expect(symlink(home.relative + target, repository.file(link)) == 0)
                let run = try repository.run([command, "-o", named])
                #expect(run.status == 1, "\(command) -o \(named): \(run.stdout)")
                #expect(run.stderr.hasPrefix("error: \(link): is a symbolic link to ") && run.stderr.hasSuffix(
                    ", outside the roadmap's folder; not written through, nothing was written (name the file it leads to with -o to write there)\n"),
                    "\(run.stderr)")
                #expect(home.contents == before, "\(command) -o \(named) wrote outside the repository")
                #expect(repository.temporaries() == [])
            }
        }
    }

    /// A path the person types that leads out of the folder with no link on the way is theirs to
    /// choose: written.
    @Test func namedOutputOutsideWithoutALinkIsWritten() throws {
        let (repository, home) = try repository()
        let run = try repository.run(["badge", "-o", home.relative + "badge.svg"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(String(decoding: home.sandbox.bytes("badge.svg"), as: UTF8.self).hasPrefix("<svg"))
    }

    /// `-o` never names one of the plan's own files, by a symbolic link or a hard link.
    @Test func namedOutputNeverReplacesAPlanFile() throws {
        let index = "# Guide\n\n## Phases\n- [ ] [Phase 1](phase-1.md)\n"
        for (command, _) in Self.exports {
            let (repository, _) = try repository()
            try repository.write("roadmap.md", Array(index.utf8))
            try repository.write("phase-1.md", Array(Self.plan.utf8))
            #expect(symlink("roadmap.md", repository.file("soft.html")) == 0)
            #expect(link(repository.file("roadmap.md"), repository.file("hard.html")) == 0)
            #expect(link(repository.file("phase-1.md"), repository.file("hard-phase.html")) == 0)
            for name in ["soft.html", "hard.html", "hard-phase.html"] {
                let run = try repository.run([command, "-o", name])
                #expect(run.status == 1, "\(command) -o \(name): \(run.stdout)")
                #expect(run.stderr == "error: \(name): is one of the roadmap's own files; refusing to write over it (name another file with -o)\n", "\(run.stderr)")
            }
            #expect(repository.bytes("roadmap.md") == Array(index.utf8))
            #expect(repository.bytes("phase-1.md") == Array(Self.plan.utf8))
            #expect(repository.temporaries() == [])
        }
    }
}

/// The other writes, audited the same way: a roadmap file that is a symbolic link leading out of
/// its folder is read, never written through; `undo` writes only the very file the journal names;
/// `init` creates nothing where a link points.
extension HostileOutputTests {
    /// `roadmap.md -> ../home/notes.md`: `check` refuses, whoever named it, and names the way out.
    @Test func rootLinkedOutsideItsFolderIsNotWritten() throws {
        let (repository, home) = try repository()
        unlink(repository.file("roadmap.md"))
        try home.sandbox.write("notes.md", Array(Self.plan.utf8))
        let before = home.contents
        #expect(symlink(home.relative + "notes.md", repository.file("roadmap.md")) == 0)
        let real = try #require(realpath(home.sandbox.file("notes.md"), nil).map { p in defer { free(p) }; return String(cString: p) })
        for arguments in [["check", "1"], ["check", "1", "-f", "roadmap.md"], ["add", "Learn Helm"]] {
            let run = try repository.run(arguments)
            #expect(run.status == 1, "\(arguments): \(run.stdout)")
            #expect(run.stderr == "error: roadmap.md: is a symbolic link to \(real), outside the roadmap's folder; not written through, nothing was written (name that file with -f to change it)\n",
                    "\(arguments): \(run.stderr)")
        }
        #expect(home.contents == before)
        // Named by its own path, it is inside its folder and is written.
        let run = try repository.run(["check", "1", "--no-date", "-f", real])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(home.sandbox.bytes("notes.md") != before["notes.md"])
    }

    /// A link inside the folder is followed as before, and stays a link.
    @Test func rootLinkedInsideItsFolderIsWritten() throws {
        let (repository, _) = try repository()
        mkdir(repository.file("plans"), 0o777)
        rename(repository.file("roadmap.md"), repository.file("plans/real.md"))
        #expect(symlink("plans/real.md", repository.file("roadmap.md")) == 0)
        let run = try repository.run(["check", "1", "--no-date"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(linkText(repository, "roadmap.md") == "plans/real.md")
        #expect(String(decoding: repository.bytes("plans/real.md"), as: UTF8.self).contains("- [x] Learn Docker"))
    }

    /// After a change to a plan, one of its files is swapped for a link to a copy outside holding
    /// the same bytes (a `git pull` can do that): `undo` would match its hashes through the link;
    /// it refuses instead.
    @Test func undoNeverWritesThroughALinkThatAppearedSince() throws {
        let (repository, home) = try repository()
        let index = "# Guide\n\n## Phases\n- [ ] [Phase 1](phase-1.md)\n"
        try repository.write("roadmap.md", Array(index.utf8))
        try repository.write("phase-1.md", Array(Self.plan.utf8))
        let check = try repository.run(["check", "docker", "--no-date"])
        #expect(check.status == 0, "\(check.stderr)")
        try home.sandbox.write("copy.md", repository.bytes("phase-1.md"))
        let before = home.contents
        unlink(repository.file("phase-1.md"))
        #expect(symlink(home.relative + "copy.md", repository.file("phase-1.md")) == 0)
        let run = try repository.run(["undo"])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.hasPrefix("error: phase-1.md: is now a symbolic link"), "\(run.stderr)")
        #expect(home.contents == before)
    }

    /// `init` where a dangling link names the file it would create: nothing is created there.
    @Test func initCreatesNothingWhereALinkPoints() throws {
        let repository = try Sandbox()
        let home = try Home(beside: repository)
        let before = home.contents
        #expect(symlink(home.relative + "planted.md", repository.file("career-roadmap.md")) == 0)
        let run = try repository.run(["init", "--name", "Ada"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: career-roadmap.md: already exists; init never overwrites, nothing written (choose another --dir)\n", "\(run.stderr)")
        #expect(home.contents == before)
    }
}
