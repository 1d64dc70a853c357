import Testing
@testable import roadmap

/// A group or a field named by words of its context and label, as a goal is by words of its text.
@Suite struct LabelWordsTests {
    static let text = """
    # Portfolio

    **Project 1: Image Classifier**
    - Status: [ ] Not Started [x] In Progress [ ] Complete
    - GitHub: ____

    **Project 2: GPU Autoscaler**
    - Status: [ ] Not Started [ ] In Progress [ ] Complete
    - GitHub: ____

    **Project 12: Feature Store**
    - Status: [ ] Not Started [ ] In Progress [ ] Complete

    """

    func harness() throws -> CLIHarness { try CLIHarness(files: ["career-roadmap.md": Self.text]) }

    @Test func selectByWordsOfTheGroupsContext() throws {
        let h = try harness()
        let result = h.run(["select", "Project 2", "In Progress"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout == "Selected 'In Progress' for Project 2: GPU Autoscaler › Status (line 8)\n")
        #expect(try h.read("career-roadmap.md").contains("**Project 2: GPU Autoscaler**\n- Status: [ ] Not Started [x] In Progress [ ] Complete"))
        #expect(h.run(["select", "gpu status", "Complete"]).status == .success)
    }

    @Test func wordsThatNameSeveralGroupsListThem() throws {
        let result = try harness().run(["select", "project", "Complete"])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("3 groups are labelled 'project'") || result.stderr.contains("3 groups match 'project'"))
        #expect(result.stderr.contains("Project 12: Feature Store"))
    }

    @Test func setByWordsOfTheFieldsContext() throws {
        let h = try harness()
        let result = h.run(["set", "Project 2 GitHub", "github.com/ada/autoscaler"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try h.read("career-roadmap.md").contains("**Project 2: GPU Autoscaler**\n- Status: [ ] Not Started [ ] In Progress [ ] Complete\n- GitHub: github.com/ada/autoscaler\n"))
    }

    @Test func exactLabelsStillWinAndPathsStillWork() throws {
        let h = try harness()
        #expect(h.run(["select", "Project 2 > Status", "Complete"]).status == .success)
        #expect(h.run(["select", "Status", "Complete"]).status == .failure)
    }
}
