import Testing
@testable import roadmap

@Suite struct FieldsCommandTests {
    @Test func listsBlankFieldsAndChoices() throws {
        let run = try CLIHarness.run(["fields", "--blank"], on: TrackingSample.text)
        #expect(run.status == .success)
        #expect(run.output.contains("Personal Information\n  Name "))
        #expect(run.output.contains("Project 2: Kubernetes › GitHub"))
        #expect(run.output.contains("Choices\n  6-Month Goals > Company Type"))
        #expect(!run.output.contains("Project 2: Kubernetes > Status"))
        #expect(run.output.contains("6 of 6 fields blank, 2 of 3 choices not made."))
    }

    @Test func json() throws {
        let run = try CLIHarness.run(["fields", "--json"], on: TrackingSample.started)
        #expect(run.output.hasPrefix(#"[{"label":"Name","section":"Career Roadmap > Personal Information","group":null,"value":null,"line":5,"blank":true,"kind":"field"},{"label":"Date Created","section":"Career Roadmap > Personal Information","group":null,"value":"2026-01-15","line":6,"blank":false,"kind":"field"},"#))
        // Choices follow the fields, as the text view lists them (issue 14: they were left out).
        #expect(run.output.contains(#"{"label":"Status","section":"Career Roadmap > 6-Month Goals","group":"Project 2: Kubernetes","value":"In Progress","line":25,"blank":false,"kind":"choice","options":["Not Started","In Progress","Complete"],"ticked":["In Progress"]}"#))
    }
}
