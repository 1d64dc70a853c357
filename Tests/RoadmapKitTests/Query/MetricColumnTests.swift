import Testing
@testable import RoadmapKit

/// Which column of a metric `set --column` writes, and which labels are near one that named
/// nothing: rules every front end shares, so they live beside the label query.
struct MetricColumnTests {
    static let text = """
    # P

    **Name:** ____

    ## Skills
    | Skill | Current | Target | Stretch Target |
    |---|---|---|---|
    | Programming | 60% | 80% | 90% |

    ## Output
    | Metric | 6 Months | 1 Year |
    |---|---|---|
    | Blog Posts | 1 | 2 |

    """
    let tracking = Tracking(roadmap(Self.text))

    func metric(_ name: String) throws -> Metric {
        try #require(tracking.metrics.first { tracking.name(of: $0) == name })
    }

    @Test func anEqualHeaderWinsOverHeadersThatContainIt() throws {
        let programming = try metric("Programming")
        #expect(try tracking.column(of: programming, named: "TARGET") == 2)
        #expect(try tracking.column(of: programming, named: "stretch") == 3)
        #expect(try tracking.column(of: programming, named: "*Current*") == 1, "markdown is ignored")
        #expect(try tracking.column(of: programming, named: nil) == 1, "none named: the current column")
    }

    @Test func whatNamesNoOneColumnSaysWhichColumnsThereAre() throws {
        let programming = try metric("Programming"), posts = try metric("Blog Posts")
        #expect(throws: MetricColumnError.noMatch(columns: ["Current", "Target", "Stretch Target"])) { try tracking.column(of: programming, named: "goal") }
        #expect(throws: MetricColumnError.several(columns: ["Current", "Target", "Stretch Target"])) { try tracking.column(of: programming, named: "r") }
        #expect(throws: MetricColumnError.noCurrent(columns: ["6 Months", "1 Year"])) { try tracking.column(of: posts, named: nil) }
    }

    @Test func labelsNearATypoAreThoseWithAWordOfItOrCloseToIt() {
        let schedule = PlanSchedule(Plan(single: tracking.roadmap, path: "roadmap.md", tracking: tracking), today: CivilDate(iso: "2026-01-01")!)
        let labels = PlanLabels(schedule)
        #expect(labels.near(LabelQuery("Nmae"), in: [0]) == [.field(PlanSchedule.Ref(file: 0, index: 0))])
        #expect(labels.near(LabelQuery("blog count"), in: [0]) == [.metric(MetricRef(file: 0, metric: tracking.metrics[1]))])
        #expect(labels.near(LabelQuery("zzz"), in: [0]).isEmpty)
        #expect(LabelQuery("programing").isNear("Programming"))
        #expect(!LabelQuery("golf").isNear("Programming"))
    }
}

/// What `set LABEL VALUE` would write to, decided once for every front end.
struct SettingTargetTests {
    let tracking = Tracking(roadmap(MetricColumnTests.text))
    var labels: PlanLabels {
        PlanLabels(PlanSchedule(Plan(single: tracking.roadmap, path: "roadmap.md", tracking: tracking), today: CivilDate(iso: "2026-01-01")!))
    }

    @Test func aFieldAMetricOrAStartDateToAdd() {
        #expect(labels.settingTarget("Name", section: nil, column: false) == .field(PlanSchedule.Ref(file: 0, index: 0)))
        #expect(labels.settingTarget("Blog Posts", section: nil, column: false) == .metric(MetricRef(file: 0, metric: tracking.metrics[1])))
        #expect(labels.settingTarget("Start Date", section: nil, column: false) == .addStartField)
        #expect(labels.settingTarget("Start Date", section: nil, column: true) == .none, "a column is a metric's")
        #expect(labels.settingTarget("Start Date", section: "Skills", column: false) == .none, "a start date goes below the title")
        #expect(labels.settingTarget("Nmae", section: nil, column: false) == .none)
    }

    @Test func aLabelThatNamesSeveralListsThem() {
        let twice = Tracking(roadmap("# P\n## A\n**Date:** ____\n## B\n**Date:** ____\n"))
        let labels = PlanLabels(PlanSchedule(Plan(single: twice.roadmap, path: "roadmap.md", tracking: twice), today: CivilDate(iso: "2026-01-01")!))
        #expect(labels.settingTarget("Date", section: nil, column: false)
                == .several(fields: [PlanSchedule.Ref(file: 0, index: 0), PlanSchedule.Ref(file: 0, index: 1)], metrics: []))
    }
}
