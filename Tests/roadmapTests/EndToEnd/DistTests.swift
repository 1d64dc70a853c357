import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// The release tarball as a user gets it: unpacked into an empty folder, its binary runs from
/// there and carries what the source says. `make test` builds it (`make dist`, a link of the
/// objects the tests were compiled from); run alone, the test skips when it was not built.
struct DistTests {
    static let package = PackagePaths.root
    static var arch: String {
        var name = utsname()
        uname(&name)
        return withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
    static var name: String { "roadmap-\(Version.number)-linux-\(arch)" }
    static var tarball: URL { package.appendingPathComponent("dist/\(name).tar.gz") }

    static let contents = ["LICENSE", "README.md", "bin/roadmap", "share/bash-completion/completions/roadmap",
                           "share/fish/vendor_completions.d/roadmap.fish", "share/man/man1/roadmap.1", "share/zsh/site-functions/_roadmap"]

    @Test func tarballRunsFromAnEmptyFolder() throws {
        guard FileManager.default.fileExists(atPath: Self.tarball.path) else {
            print("SKIP: DistTests.tarballRunsFromAnEmptyFolder: \(Self.tarball.path) not built (make dist; make test builds it)")
            return
        }
        let box = try Sandbox()
        let unpack = try box.run(["-xzf", Self.tarball.path, "-C", box.path], executable: "/bin/tar")
        #expect(unpack.status == 0, "\(unpack.stderr)")
        let root = box.file(Self.name)
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }
            .filter { !FileManager.default.isDirectory(root + "/" + $0) }.sorted()
        #expect(files == Self.contents)

        // From an empty folder, with nothing but the system on PATH.
        try FileManager.default.createDirectory(atPath: box.file("empty"), withIntermediateDirectories: true)
        let binary = root + "/bin/roadmap"
        func run(_ arguments: [String]) throws -> Sandbox.Run {
            try box.run(["-c", "cd empty && exec \"$0\" \"$@\"", binary] + arguments, executable: "/bin/sh")
        }
        #expect(try run(["--version"]).stdout == "roadmap \(Version.number)\n")
        let none = try run(["status"])
        #expect(none.status == 1 && none.stderr.hasPrefix("error: no roadmap found"))
        #expect(try run(["init", "--name", "Ada", "--start", "2026-01-15"]).status == 0)
        let status = try run(["status", "--depth", "0"])
        #expect(status.status == 0 && status.stdout.contains("0/74"), "\(status.stdout)\(status.stderr)")

        // What it ships is what this source generates.
        let read = { (path: String) in (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? "" }
        #expect(read("share/man/man1/roadmap.1") == ManPageTests.generated, "stale tarball: run make dist")
        #expect(read("share/bash-completion/completions/roadmap") == (try CLIHarness().run(["completions", "bash"]).stdout))
        #expect(read("LICENSE").contains("Apache License") && read("LICENSE").contains("Version 2.0, January 2004"))
    }

    @Test func checksumsMatch() throws {
        guard FileManager.default.fileExists(atPath: Self.tarball.path), let sha = Tools.find("sha256sum") else {
            print("SKIP: DistTests.checksumsMatch: dist/ not built or sha256sum missing"); return
        }
        let box = try Sandbox()
        let check = try box.run(["-c", "cd \"$0\" && \(sha) -c SHA256SUMS", Self.package.appendingPathComponent("dist").path],
                                executable: "/bin/sh")
        #expect(check.status == 0 && check.stdout == "\(Self.name).tar.gz: OK\n", "\(check.stdout)\(check.stderr)")
    }

    /// `make install` and `make uninstall` name the same five files, under PREFIX and DESTDIR.
    @Test func installAndUninstallTheSameFiles() throws {
        guard let make = Tools.find("make") else { print("SKIP: DistTests.installAndUninstallTheSameFiles: make is not installed"); return }
        let box = try Sandbox()
        func dryRun(_ target: String) throws -> [String] {
            let run = try box.run(["-n", "-s", "-C", Self.package.path, target, "PREFIX=/opt/rm", "DESTDIR=/stage"], executable: make)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        let installed = try dryRun("install").filter { $0.hasPrefix("install -m") }.compactMap { $0.split(separator: " ").last }
            .map { $0.replacingOccurrences(of: "\"", with: "") }
        let removed = try dryRun("uninstall").filter { $0.hasPrefix("rm -f") }.flatMap { $0.split(separator: " ").dropFirst(2) }
            .map { $0.replacingOccurrences(of: "\"", with: "") }
        let expected = ["bin/roadmap", "share/man/man1/roadmap.1", "share/bash-completion/completions/roadmap",
                        "share/zsh/site-functions/_roadmap", "share/fish/vendor_completions.d/roadmap.fish"].map { "/stage/opt/rm/" + $0 }
        #expect(installed == expected)
        #expect(removed == expected)
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
