import Foundation
import Testing
@testable import roadmap

/// `list` and `next` filtered by words, state, section and due dates (issue 25), each with
/// `--json` too. TrackingSample.started on 2026-11-22: #1 Python basics due 2026-07-15, #2 [/]
/// Docker due 2026-03-15, #3 Linux due 2026-12-01, #4 Kubernetes operators due 2027-01-15,
/// #5 First project (3-Month Checkpoint) due 2026-04-15.
@Suite struct ListFilterTests {
    func ids(_ arguments: [String]) throws -> [String] {
        let run = try CLIHarness.run(arguments + ["--json"], on: TrackingSample.started)
        #expect(run.status == .success, "\(arguments): \(run.errors)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        return items.compactMap { $0["id"] as? String }
    }

    @Test func wordsNarrowTheList() throws {
        let run = try CLIHarness.run(["list", "docker"], on: TrackingSample.started)
        #expect(run.status == .success)
        #expect(run.output == "6-Month Goals\n  #2 [/] Docker (Month 2)\n")
        #expect(try ids(["list", "KUBERNETES", "operators"]) == ["4"])
        #expect(try ids(["list", "nothing", "like", "this"]) == [])
    }

    @Test func dueDatesStateAndSectionCombine() throws {
        #expect(try ids(["list", "--overdue"]) == ["1", "2", "5"])
        #expect(try ids(["list", "--overdue", "--in", "6-Month"]) == ["1", "2"])
        #expect(try ids(["list", "--due-before", "2026-04-15"]) == ["2"])
        #expect(try ids(["list", "--due-after", "2026-07-15"]) == ["3", "4"])
        #expect(try ids(["list", "--due-after", "2026-03-01", "--due-before", "2026-12-31"]) == ["1", "2", "3", "5"])
        #expect(try ids(["list", "--state", "started"]) == ["2"])
        #expect(try ids(["list", "--state", "open", "--overdue"]) == ["1", "5"])
    }

    @Test func aFilterThatKeepsNothingSaysSo() throws {
        let run = try CLIHarness.run(["list", "--state", "done"], on: TrackingSample.started)
        #expect(run.status == .success)
        #expect(run.output == "No goals to list.\n")
    }

    @Test func badValuesAreUsageErrors() throws {
        let state = try CLIHarness.run(["list", "--state", "later"], on: TrackingSample.started)
        #expect(state.status == .usage)
        #expect(state.errors.contains("--state takes open, started, done, cancelled, other"))
        let date = try CLIHarness.run(["list", "--due-before", "someday"], on: TrackingSample.started)
        #expect(date.status == .usage)
        #expect(date.errors.contains("--due-before"))
    }

    @Test func nextTakesTheSameFilters() throws {
        #expect(try ids(["next", "docker"]) == ["2"], "words name goals, so no checkpoint is listed")
        #expect(try ids(["next", "--due-after", "2026-11-01"]) == ["3"])
        let run = try CLIHarness.run(["next", "--in", "Checkpoints", "--json"], on: TrackingSample.started)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(items.map { $0["kind"] as? String } == ["checkpoint", "goal", "checkpoint"], "a section keeps its checkpoints")
        let text = try CLIHarness.run(["next", "linux", "--no-color"], on: TrackingSample.started)
        #expect(text.output.contains("Overdue\n  nothing\n"))
        #expect(text.output.contains("#3 [ ] Linux"))
        #expect(!text.output.contains("Docker"))
    }
}
