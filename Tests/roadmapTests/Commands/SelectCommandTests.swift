import Testing
@testable import roadmap

@Suite struct SelectCommandTests {
    @Test func ticksExactlyOneOption() throws {
        let run = try CLIHarness.run(["select", "Project 2 > Status", "complete"], on: TrackingSample.text)
        #expect(run.status == .success)
        #expect(run.output == "Selected 'Complete' for Project 2: Kubernetes › Status (line 25)\n")
        let before = Array(TrackingSample.text.utf8)
        let changed = zip(before, run.bytes).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(before.count == run.bytes.count)
        #expect(changed.count == 2)
        #expect(String(decoding: run.bytes, as: UTF8.self).contains("- Status: [ ] Not Started [ ] In Progress [x] Complete\n\n- [ ] Python"))
    }

    @Test func aRepeatedGroupNeedsAContext() throws {
        let run = try CLIHarness.run(["select", "Status", "Complete"], on: TrackingSample.text)
        #expect(run.status == .failure)
        #expect(run.bytes == Array(TrackingSample.text.utf8))
        #expect(run.errors.contains("2 groups are labelled 'Status'"))
        #expect(run.errors.contains("6-Month Goals › Project 1: Classifier, line 21"))
    }

    @Test func unknownOptionListsTheOptions() throws {
        let run = try CLIHarness.run(["select", "Company Type", "Agency"], on: TrackingSample.text)
        #expect(run.status == .failure)
        #expect(run.errors.contains("the options are 'Big Tech', 'Startup'"))
    }

    @Test func selectingAgainIsANoOp() throws {
        let run = try CLIHarness.run(["select", "Status", "In Progress", "--in", "Kubernetes"], on: TrackingSample.text)
        #expect(run.status == .success)
        #expect(run.output == "Project 2: Kubernetes › Status is already 'In Progress'\n")
        #expect(run.bytes == Array(TrackingSample.text.utf8))
    }
}
