import Testing
@testable import RoadmapKit
@testable import RoadmapCore

@Suite struct FieldTests {
    @Test(arguments: [
        ("**Name:** Ada", "Name", "Ada"),
        ("**Name**: Ada", "Name", "Ada"),
        ("**Target Role:**  Junior Engineer  ", "Target Role", "Junior Engineer"),
        ("- **Mitigation:** Wake up earlier", "Mitigation", "Wake up earlier"),
        ("> **Quoted:** yes", "Quoted", "yes"),
    ])
    func boldLabel(_ line: String, _ label: String, _ value: String) throws {
        let tracking = TrackingFixtures.tracking(line + "\n")
        try #require(tracking.fields.count == 1)
        #expect(tracking.label(of: 0) == label)
        #expect(tracking.value(of: 0) == value)
    }

    @Test func itemsUnderABoldGroupLabel() {
        let tracking = TrackingFixtures.tracking("""
        **Education:**
        - Degree: ____
        - Major: Physics

        **Target Companies (Top 5):**
        1. ____
        2. Acme

        - Loose: item with a value
        - Loose blank: ____
        """)
        #expect(tracking.labels == ["Degree", "Major", "1", "Loose blank"])
        #expect(tracking.fields.map(\.isBlank) == [true, false, true, true])
        #expect(tracking.fields[0].titleIndex.map(tracking.title) == "Education")
        #expect(tracking.fields[2].form == .numbered)
        #expect(tracking.fields[3].titleIndex == nil)
    }

    @Test func twoFieldsOnOneLine() {
        let tracking = TrackingFixtures.tracking("**Signature:** ________ **Date:** ________\n")
        #expect(tracking.labels == ["Signature", "Date"])
        #expect(tracking.fields.allSatisfy { $0.isBlank })
    }

    @Test func notFieldsInCodeHTMLGoalsOrHeadings() {
        let tracking = TrackingFixtures.tracking("""
        ## **Heading:** not a field
        ```
        **Name:** ____
        ```
        <!--
        **Name:** ____
        -->
        - [ ] **Goal:** not a field
            **Indented:** code
        **Label:**
        """)
        #expect(tracking.fields.isEmpty)
    }

    @Test func tableHeaderIsNotAField() {
        let tracking = TrackingFixtures.tracking("**Score:** 3 | **Max:** 5\n|---|---|\n| 1 | 2 |\n")
        #expect(tracking.fields.isEmpty)
    }

    @Test func careerTemplate() throws {
        guard let tracking = TrackingFixtures.seedTracking("000") else { return }
        let labels = tracking.labels
        #expect(labels.prefix(5) == ["Name", "Date Created", "Current Role", "Target Role", "Location"])
        #expect(labels.filter { $0 == "Date" }.count == 6)
        #expect(labels.filter { $0 == "GitHub" }.count == 4)
        #expect(labels.filter { $0 == "Mitigation" }.count == 4)
        #expect(labels.contains("Years of experience") && labels.contains("Preferred Path") && labels.contains("Salary increase"))
        #expect(tracking.fields.count == 81)
        #expect(tracking.fields.filter(\.isBlank).count == 42)
        let target = try #require(tracking.field("Target Role"))
        #expect(!target.isBlank)
        let github = tracking.fields.indices.filter { tracking.label(of: $0) == "GitHub" }
        #expect(github.map { tracking.fields[$0].titleIndex.map(tracking.title) ?? "" } == [
            "Project 1: Containerized ML Application", "Project 2: Kubernetes Deployment",
            "Project 3: ML Model Serving API", "Project 4: Infrastructure as Code",
        ])
        // Salary blanks: `$________ - $________` is blank; the ROI line is filled.
        #expect(tracking.field("Salary Target")?.isBlank == true)
        #expect(tracking.field("Salary increase")?.isBlank == false)
        #expect(tracking.start == nil)
        #expect(tracking.startField.map { tracking.label(of: $0) } == "Date Created")
    }

    @Test(arguments: [
        ("**Date Created:** 2026-01-15", "2026-01-15"),
        ("**Start Date:** 2026-02-01 (a Sunday)", "2026-02-01"),
        ("- Started: 2025-12-31", "2025-12-31"),
        ("**Start**: 2026-03-09", "2026-03-09"),
        ("**Created**: [YYYY-MM-DD HH:MM UTC]", nil),
        ("**Date:** 2026-01-15", nil),
    ] as [(String, String?)])
    func startDate(_ line: String, _ date: String?) {
        let tracking = TrackingFixtures.tracking("**Group:**\n" + line + "\n")
        #expect(tracking.start?.description == date)
    }
}
