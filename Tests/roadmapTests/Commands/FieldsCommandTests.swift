import Testing
@testable import roadmap

@Suite struct FieldsCommandTests {
    @Test func listsBlankFieldsAndChoices() throws {
        let run = try CLIHarness.run(["fields", "--blank"], on: TrackingSample.text)
        #expect(run.status == .success)
        #expect(run.output.contains("Personal Information\n  Name "))
        #expect(run.output.contains("Project 2: Kubernetes › GitHub"))
        #expect(run.output.contains("Choices\n  6-Month Goals › Company Type"))
        #expect(!run.output.contains("Project 2: Kubernetes › Status"))
        #expect(run.output.contains("6 of 6 fields blank, 2 of 3 choices not made."))
    }

    @Test func json() throws {
        let run = try CLIHarness.run(["fields", "--json"], on: TrackingSample.started)
        #expect(run.output.hasPrefix(#"[{"label":"Name","section":"Career Roadmap > Personal Information","group":null,"value":null,"line":5,"blank":true,"kind":"field"},{"label":"Date Created","section":"Career Roadmap > Personal Information","group":null,"value":"2026-01-15","line":6,"blank":false,"kind":"field"},"#))
        // Choices follow the fields, as the text view lists them (issue 14: they were left out).
        #expect(run.output.contains(#"{"label":"Status","section":"Career Roadmap > 6-Month Goals","group":"Project 2: Kubernetes","value":"In Progress","line":25,"blank":false,"kind":"choice","options":["Not Started","In Progress","Complete"],"ticked":["In Progress"]}"#))
    }

    /// At 60 to 100 columns every line fits: names and values share the room, the options of a
    /// choice are cut, and the hints go on lines of their own rather than being cut.
    @Test func everyLineFitsTheWidth() throws {
        let h = try CLIHarness.careerRoadmap()
        for width in [60, 80, 100] {
            let run = h.run(["fields", "--width", "\(width)"])
            #expect(run.status == .success)
            let long = run.stdout.split(separator: "\n").filter { Columns.width(String($0)) > width }
            #expect(long.isEmpty, "\(width) columns: \(long)")
            #expect(run.stdout.contains("roadmap -f career-roadmap.md set LABEL VALUE") || run.stdout.contains("roadmap set LABEL VALUE"))
        }
        // In a pipe nothing is cut: a value is whole.
        let whole = h.run(["fields"]).stdout
        #expect(whole.contains("A pre-trained vision model wrapped in a"))
        #expect(!whole.contains("…  line 58"))
    }
}
