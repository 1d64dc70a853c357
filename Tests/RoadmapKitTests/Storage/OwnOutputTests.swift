import Foundation
import Glibc
import Testing
@testable import RoadmapKit

/// `FileSystem.writeOwnOutput`, for the files `roadmap` names itself (`roadmap.ics`): the file at
/// the path is replaced, never one a symbolic link there leads to, not even a link that appears
/// between the look and the rename, nor one planted at the temporary file's name.
final class OwnOutputTests {
    let scratch: ScratchDirectory
    let victim: String
    static let victimText = "# ~/.bashrc\n"

    init() throws {
        scratch = try ScratchDirectory("own-output")
        victim = try scratch.write("home/.bashrc", Self.victimText)
        mkdir(scratch.path + "/repo", 0o755)
    }

    var output: String { scratch.path + "/repo/roadmap.ics" }

    func linkText(_ path: String) -> String? { try? FileManager.default.destinationOfSymbolicLink(atPath: path) }

    @Test func aLinkIsRefused() throws {
        #expect(symlink("../home/.bashrc", output) == 0)
        #expect(throws: StorageError(path: output, message: "is a symbolic link (to ../home/.bashrc); not written through")) {
            try FileSystem.writeOwnOutput(Array("BEGIN:VCALENDAR\r\n".utf8), to: self.output)
        }
        #expect(scratch.read(victim) == Self.victimText)
        #expect(linkText(output) == "../home/.bashrc")
    }

    @Test func aDanglingLinkCreatesNothing() throws {
        #expect(symlink("../home/planted", output) == 0)
        #expect(throws: StorageError.self) { try FileSystem.writeOwnOutput(Array("x".utf8), to: self.output) }
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/home/planted"))
    }

    /// The race: a link put at the path after the look is replaced by the rename, not written through.
    @Test func aLinkAppearingAtTheLastMomentIsReplaced() throws {
        try FileSystem.writeOwnOutput(Array("new".utf8), to: output, permissions: 0o644) {
            #expect(symlink("../home/.bashrc", self.output) == 0)
        }
        #expect(scratch.read(victim) == Self.victimText)
        #expect(linkText(output) == nil)
        #expect(scratch.read(output) == "new")
    }

    /// A link at the temporary file's name: `O_EXCL | O_NOFOLLOW` refuses it; nothing is written there.
    @Test func aLinkAtTheTemporaryNameIsNotFollowed() throws {
        let temporary = FileSystem.temporaryPath(for: output)
        #expect(symlink("../home/.bashrc", temporary) == 0)
        #expect(throws: StorageError.self) { try FileSystem.writeOwnOutput(Array("new".utf8), to: self.output) }
        #expect(scratch.read(victim) == Self.victimText)
        #expect(linkText(temporary) == "../home/.bashrc")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A regular file is replaced with its permissions kept; a hard link to it elsewhere keeps
    /// the old bytes (the rename gives the path a new file).
    @Test func aRegularFileIsReplacedAndItsOtherLinksKept() throws {
        try scratch.write("repo/roadmap.ics", "old")
        chmod(output, 0o600)
        #expect(link(output, scratch.path + "/home/other") == 0)
        try FileSystem.writeOwnOutput(Array("new".utf8), to: output)
        #expect(scratch.read(output) == "new")
        #expect(scratch.read(scratch.path + "/home/other") == "old")
        var info = stat()
        stat(output, &info)
        #expect(info.st_mode & 0o7777 == 0o600)
    }

    @Test func aDirectoryIsRefused() throws {
        mkdir(output, 0o755)
        #expect(throws: StorageError(path: output, message: "is not a regular file; refusing to replace it")) {
            try FileSystem.writeOwnOutput(Array("x".utf8), to: self.output)
        }
    }
}
