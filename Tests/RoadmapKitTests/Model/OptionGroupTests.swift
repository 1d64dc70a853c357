import Testing
@testable import RoadmapKit

@Suite struct OptionGroupTests {
    @Test(arguments: [
        ("**Company Type:** [ ] Big Tech [x] Startup [ ] Enterprise", "Company Type", ["Big Tech", "Startup", "Enterprise"], [1]),
        ("- Status: [ ] Not Started [ ] In Progress [ ] Complete", "Status", ["Not Started", "In Progress", "Complete"], []),
        ("**Status**: [X] done [ ] not done", "Status", ["done", "not done"], [0]),
        ("Status: [ ] Not Set | [ ] Set | [x] Verified", "Status", ["Not Set", "Set", "Verified"], [2]),
        ("- 15.1.1 **Phase 1**: [ ] Not Started [x] In Progress", "15.1.1 Phase 1", ["Not Started", "In Progress"], [1]),
    ])
    func reads(_ line: String, _ label: String, _ options: [String], _ ticked: [Int]) throws {
        let tracking = TrackingFixtures.tracking(line + "\n")
        try #require(tracking.groups.count == 1)
        let group = tracking.groups[0]
        #expect(tracking.label(of: group) == label)
        #expect(group.options.map { tracking.text(of: $0) } == options)
        #expect(group.ticked == ticked)
        #expect(tracking.fields.isEmpty)
        #expect(tracking.roadmap.goals.isEmpty)
    }

    @Test(arguments: [
        "Note: change [ ] to [x] when done",
        "Tasks only treat `[x]` or `[X]` as done: `[ ]` is open",
        "[ ] Day 1 – Lists",
        "- [ ] A goal with [ ] inside [x] it",
        "**Label:** `[ ] A [ ] B`",
    ])
    func notAGroup(_ line: String) {
        #expect(TrackingFixtures.tracking(line + "\n").groups.isEmpty)
    }

    @Test func careerTemplateStatusGroupsToldApart() throws {
        guard let tracking = TrackingFixtures.seedTracking("000") else { return }
        #expect(tracking.groups.count == 7)
        let statuses = tracking.groups.filter { tracking.label(of: $0) == "Status" }
        #expect(statuses.map { tracking.name(of: $0) } == [
            "Project 1: Containerized ML Application › Status",
            "Project 2: Kubernetes Deployment › Status",
            "Project 3: ML Model Serving API › Status",
            "Project 4: Infrastructure as Code › Status",
        ])
        #expect(statuses.allSatisfy { $0.options.count == 3 && $0.ticked.isEmpty })
        let companies = tracking.groups.filter { tracking.label(of: $0) == "Company Type" }
        #expect(companies.map { tracking.context(of: $0) } == ["Target Position", "Career Position"])
        #expect(tracking.groups.map(\.line) == [55, 56, 86, 92, 98, 104, 218])
    }
}
