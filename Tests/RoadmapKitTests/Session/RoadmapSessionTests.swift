import Foundation
import Testing
@testable import RoadmapKit

/// Finding and reading a plan as both front ends do, on a temporary folder tree, with the
/// environment given as a dictionary (the session reads no process state).
final class RoadmapSessionTests {
    let directory: String

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-session-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        // Canonical, so that paths the session builds compare with those written here.
        directory = FileSystem.canonicalPath(made) ?? made
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func write(_ name: String, _ text: String) throws {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func session(in folder: String = "", _ variables: [String: String] = [:]) -> RoadmapSession {
        RoadmapSession(currentDirectory: folder.isEmpty ? directory : directory + "/" + folder) { variables[$0] }
    }

    @Test func discoveryFindsTheRoadmapOfTheNearestParent() throws {
        try write("roadmap.md", "# Plan\n- [ ] Docker\n")
        try FileManager.default.createDirectory(atPath: directory + "/notes/deep", withIntermediateDirectories: true)
        let session = session(in: "notes/deep")
        #expect(try session.roadmapPath() == "../../roadmap.md")
        let plan = try session.loadPlan()
        #expect(plan.files.map(\.path) == ["../../roadmap.md"])
        #expect(session.loaded(plan, file: 0).fullPath == directory + "/notes/deep/../../roadmap.md")
    }

    @Test func discoveryPrefersCareerRoadmapAndSaysWhereItLookedWhenThereIsNone() throws {
        try write("a/career-roadmap.md", "# Career\n")
        try write("a/roadmap.md", "# Plan\n")
        #expect(try session(in: "a").roadmapPath() == "career-roadmap.md")
        // Where no folder up to the root has one (the temporary folder's parents are checked for
        // that first: a stray roadmap.md in /tmp would make this test prove nothing).
        try FileManager.default.createDirectory(atPath: directory + "/empty", withIntermediateDirectories: true)
        let nowhere = session(in: "empty")
        let above = URL(fileURLWithPath: directory).pathComponents.indices.map { URL(fileURLWithPath: directory).pathComponents.prefix($0 + 1).joined(separator: "/") }
        if above.contains(where: { folder in RoadmapSession.discoveryNames.contains { FileManager.default.fileExists(atPath: folder + "/" + $0) } }) {
            print("SKIP RoadmapSessionTests: a roadmap above the temporary folder; the no-roadmap message is not checked")
            return
        }
        #expect(throws: SessionError("no roadmap found: looked for career-roadmap.md and roadmap.md in \(directory)/empty and its parents; name one with -f PATH or ROADMAP_FILE, or start one here with 'roadmap init' ('roadmap templates' lists the roadmaps it can write)")) {
            try nowhere.roadmapPath()
        }
    }

    @Test func roadmapFileNamesTheFileAndAnExplicitPathWins() throws {
        try write("roadmap.md", "# Here\n")
        try write("elsewhere/plan.md", "# Elsewhere\n")
        try write("given.md", "# Given\n")
        let session = session(["ROADMAP_FILE": directory + "/elsewhere/plan.md"])
        #expect(try session.roadmapPath() == directory + "/elsewhere/plan.md")
        #expect(try session.roadmapPath("given.md") == "given.md")
        #expect(try session.loadPlan().files[0].roadmap.title == "Elsewhere")
    }

    @Test func aDirectoryStandsForItsIndex() throws {
        try write("guide/README.md", "# Guide\n- [ ] Read\n")
        try write("guide/index.md", "# Index\n- [ ] Read\n")
        #expect(try session().roadmapPath("guide") == "guide/index.md")
        #expect(try session().roadmapPath("guide/") == "guide/index.md")
        try FileManager.default.createDirectory(atPath: directory + "/bare", withIntermediateDirectories: true)
        #expect(throws: SessionError("bare: is a directory with no roadmap in it (looked for career-roadmap.md, roadmap.md, index.md, README.md); add --tree to read every markdown file below it as one roadmap")) {
            try self.session().roadmapPath("bare")
        }
    }

    @Test func aFileThatIsNotTextIsRefusedNamingIt() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data([0x23, 0x20, 0x00, 0x01]).write(to: URL(fileURLWithPath: directory + "/roadmap.md"))
        #expect(throws: SessionError.self) { try self.session().loadPlan() }
        do { _ = try session().loadPlan() } catch { #expect(error.message.hasPrefix("roadmap.md")) }
    }

    @Test func aLinkOutOfTheFolderIsNotFollowedAndIsAWarning() throws {
        try write("plan/roadmap.md", "# Plan\n- [ ] [Phase](phase.md)\n- [ ] [Inside](inside.md)\n")
        try write("secret.md", "# Secret\n- [ ] Hidden\n")
        try write("plan/inside.md", "# Inside\n- [ ] Fine\n")
        try FileManager.default.createSymbolicLink(atPath: directory + "/plan/phase.md", withDestinationPath: directory + "/secret.md")
        let plan = try session(in: "plan").loadPlan()
        #expect(plan.files.map(\.path) == ["roadmap.md", "inside.md"])
        #expect(plan.warnings.count == 1)
        #expect(plan.warnings.first.map { $0.path == "roadmap.md" && $0.line == 2 && $0.message.contains("a symbolic link leads outside the plan's folder; not followed") } == true)
    }

    @Test func aFileReachedByTwoPathsIsReadOnce() throws {
        try write("roadmap.md", "# Plan\n- [ ] [A](a.md)\n- [ ] [Again](same.md)\n")
        try write("a.md", "# A\n- [ ] One\n")
        try FileManager.default.createSymbolicLink(atPath: directory + "/same.md", withDestinationPath: "a.md")
        let plan = try session().loadPlan()
        #expect(plan.files.map(\.path) == ["roadmap.md", "a.md"])
    }

    @Test func aWriteThroughALinkOutOfTheFolderIsRefused() throws {
        try write("plan/roadmap.md", "# Plan\n- [ ] Docker\n")
        try write("outside.md", "# Outside\n")
        try FileManager.default.createSymbolicLink(atPath: directory + "/plan/out.md", withDestinationPath: directory + "/outside.md")
        let session = session(in: "plan")
        let root = try session.read("roadmap.md")
        let out = try session.read("out.md")
        #expect(session.linkOut(of: [root], folderOf: root) == nil)
        #expect(session.linkOut(of: [root, out], folderOf: root)?.message
                == "out.md: is a symbolic link to \(directory)/outside.md, outside the roadmap's folder; not written through, nothing was written (name that file with -f to change it)")
    }

    @Test func aRootOpenedAloneTakesTheStartOfTheIndexAboveThatLinksIt() throws {
        try write("roadmap.md", "# Plan\n\n**Start Date:** 2026-01-05\n\n- [ ] [Phase one](phases/phase-1.md)\n")
        try write("phases/phase-1.md", "# Phase one\n- [ ] Docker\n")
        try write("phases/phase-2.md", "# Phase two\n- [ ] Kubernetes\n")
        let session = session(in: "phases")
        let linked = try session.loadPlan("phase-1.md")
        #expect(session.inheritedStart(of: linked) == InheritedStart(start: CivilDate(iso: "2026-01-05")!, index: "../roadmap.md"))
        // The index does not link phase two: no start to take.
        #expect(session.inheritedStart(of: try session.loadPlan("phase-2.md")) == nil)
    }

    @Test func theScheduleOfARootWithoutAStartCountsFromTheIndexAbove() throws {
        try write("roadmap.md", "# Plan\n\n**Start Date:** 2026-01-05\n\n- [ ] [Phase one](phases/phase-1.md)\n")
        try write("phases/phase-1.md", "# Phase one\n- [ ] Docker\n")
        try write("phases/own.md", "# Own\n\n**Start Date:** 2026-02-01\n- [ ] Docker\n")
        let session = session(in: "phases")
        let today = CivilDate(iso: "2026-03-01")!
        let linked = session.schedule(try session.loadPlan("phase-1.md", tracking: true), today: today)
        #expect(linked.start == CivilDate(iso: "2026-01-05"))
        #expect(linked.startInheritedFrom == "../roadmap.md")
        let own = session.schedule(try session.loadPlan("own.md", tracking: true), today: today)
        #expect(own.start == CivilDate(iso: "2026-02-01"))
        #expect(own.startInheritedFrom == nil)
    }

    /// An editor's buffer wins over the disk: the index's start is read from the open text.
    @Test func anOpenIndexBufferGivesTheStartInsteadOfTheDisk() throws {
        try write("roadmap.md", "# Plan\n\n**Start Date:** 2026-01-05\n\n- [ ] [Phase one](phases/phase-1.md)\n")
        try write("phases/phase-1.md", "# Phase one\n- [ ] Docker\n")
        let session = session(in: "phases")
        let linked = try session.loadPlan("phase-1.md")
        let buffer = Array("# Plan\n\n**Start Date:** 2026-03-02\n\n- [ ] [Phase one](phases/phase-1.md)\n".utf8)
        let open: (String) -> [UInt8]? = { $0 == self.directory + "/phases/../roadmap.md" || $0 == self.directory + "/roadmap.md" ? buffer : nil }
        #expect(session.inheritedStart(of: linked, open: open) == InheritedStart(start: CivilDate(iso: "2026-03-02")!, index: "../roadmap.md"))
    }

    /// A linked file an editor holds is read from its buffer; the folder rules still apply.
    @Test func anOpenLinkedBufferWinsOverTheDisk() throws {
        try write("roadmap.md", "# Plan\n- [ ] [Phase one](phase-1.md)\n")
        try write("phase-1.md", "# Phase one\n- [ ] Docker\n")
        let session = session()
        let root = try session.read("roadmap.md")
        let plan = session.plan(for: root) { $0 == self.directory + "/phase-1.md" ? Array("# Phase one\n- [x] Docker\n- [ ] Helm\n".utf8) : nil }
        #expect(plan.files.map(\.path) == ["roadmap.md", "phase-1.md"])
        #expect(plan.tally(ofFile: 1).done == 1)
        #expect(plan.tally(ofFile: 1).total == 2)
    }
}
