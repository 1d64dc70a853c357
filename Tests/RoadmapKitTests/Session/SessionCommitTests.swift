import Foundation
import Testing
@testable import RoadmapKit

/// A change committed through the session: written as one change, journaled in the state
/// directory the environment names, with the goals it touched; a link out refused.
final class SessionCommitTests {
    let directory: String

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-commit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: made + "/plan", withIntermediateDirectories: true)
        directory = FileSystem.canonicalPath(made) ?? made
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)), as: UTF8.self)
    }

    func session(_ variables: [String: String]) -> RoadmapSession {
        RoadmapSession(currentDirectory: directory + "/plan") { variables[$0] }
    }

    @Test func theStateDirectoryFollowsXDGThenHome() {
        #expect(session(["XDG_STATE_HOME": "/s", "HOME": "/h"]).stateDirectory == "/s/roadmap")
        #expect(session(["XDG_STATE_HOME": "relative", "HOME": "/h"]).stateDirectory == "/h/.local/state/roadmap")
        #expect(session([:]).stateDirectory == nil)
    }

    @Test func aCommitWritesEveryFileAndJournalsTheChangeInTheRoots() throws {
        try write("plan/roadmap.md", "# Plan\n- [ ] Docker\n- [ ] [Phase](phase.md)\n")
        try write("plan/phase.md", "# Phase\n- [ ] Kubernetes\n")
        let session = session(["XDG_STATE_HOME": directory])
        let plan = try session.loadPlan()
        let change = plan.changing([GoalRef(file: 0, goal: 0), GoalRef(file: 1, goal: 0)], to: .done, doneDate: nil)
        let outcome = try session.commit(change.edits, in: plan, commandLine: ["roadmap", "check", "1", "phase:1"])
        #expect(outcome.unjournaled == nil)
        #expect(outcome.changes.map(\.name) == ["roadmap.md", "phase.md"])
        #expect(try read("plan/roadmap.md") == "# Plan\n- [x] Docker\n- [ ] [Phase](phase.md)\n")
        #expect(try read("plan/phase.md") == "# Phase\n- [x] Kubernetes\n")
        let journal = try #require(session.journal(for: session.loaded(plan, file: 0)))
        let entry = try #require(try journal.entries().last)
        #expect(entry.command == ["roadmap", "check", "1", "phase:1"])
        #expect(entry.goals == ["#1 Docker", "phase.md #1 Kubernetes"])
    }

    @Test func withoutAStateDirectoryTheFilesAreStillWritten() throws {
        try write("plan/roadmap.md", "# Plan\n- [ ] Docker\n")
        let session = session([:])
        let plan = try session.loadPlan()
        let outcome = try session.commit(plan.edits(setting: GoalRef(file: 0, goal: 0), to: .done, doneDate: nil), in: plan, commandLine: [])
        #expect(outcome.changes.count == 1)
        #expect(try read("plan/roadmap.md") == "# Plan\n- [x] Docker\n")
    }

    @Test func aWriteThroughALinkOutOfTheFolderIsRefusedAndNothingIsWritten() throws {
        try write("plan/roadmap.md", "# Plan\n- [ ] Docker\n")
        try write("outside.md", "# Outside\n- [ ] Docker\n")
        try FileManager.default.createSymbolicLink(atPath: directory + "/plan/out.md", withDestinationPath: directory + "/outside.md")
        let session = session(["XDG_STATE_HOME": directory])
        let root = try session.read("roadmap.md"), out = try session.read("out.md")
        let edits = root.roadmap.edits(setting: 0, to: .done, doneDate: nil)
        #expect(throws: SessionError.self) { try session.commit([(root, edits), (out, edits)], commandLine: []) }
        #expect(try read("plan/roadmap.md") == "# Plan\n- [ ] Docker\n")
        #expect(try read("outside.md") == "# Outside\n- [ ] Docker\n")
    }
}
