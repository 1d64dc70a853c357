import Testing
@testable import RoadmapKit

/// `diagram --goals` (issue 26): the goals linked by `⛔`/`🆔` as a mermaid flowchart, an edge
/// from each goal to the goals that wait for it, styled by state (`#` is written `#35;`, as
/// every mermaid label escapes it).
struct DependencyFlowchartTests {
    @Test func edgesFromTheGoalWaitedFor() {
        let text = "# Plan\n- [x] learn git 🆔 git\n- [ ] learn \"docker\" 🆔 docker\n- [/] deploy ⛔ docker,git\n- [ ] unrelated\n"
        let plan = Plan(single: Roadmap(parsing: Array(text.utf8)), path: "r.md")
        #expect(DependencyFlowchart.render(plan) == """
            ```mermaid
            flowchart LR
                g1["#35;1 learn git"]
                g2["#35;2 learn #34;docker#34;"]
                g3["#35;3 deploy"]
                g2 --> g3
                g1 --> g3
                classDef done fill:#2e7d32,stroke:#1b5e20,color:#ffffff
                classDef active fill:#f9a825,stroke:#f57f17,color:#000000
                classDef todo fill:#eceff1,stroke:#90a4ae,color:#000000
                class g1 done
                class g3 active
                class g2 todo
            ```

            """)
    }

    @Test func withoutDependenciesItSaysSo() {
        let plan = Plan(single: Roadmap(parsing: Array("- [ ] a\n".utf8)), path: "r.md")
        #expect(DependencyFlowchart.render(plan).contains("%% no goal waits for another (⛔)"))
    }
}
