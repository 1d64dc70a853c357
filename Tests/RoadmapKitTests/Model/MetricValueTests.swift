import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

@Suite struct MetricValueTests {
    @Test(arguments: [
        ("75%", MetricValue.Kind.number, 75.0, nil, true, false),
        ("500+", .number, 500, nil, false, true),
        ("1,000+", .number, 1000, nil, false, true),
        ("2-3", .range, 2, 3, false, false),
        ("0–1", .range, 0, 1, false, false),
        ("4", .number, 4, nil, false, false),
        ("$150K", .number, 150_000, nil, false, false),
        ("**15+**", .number, 15, nil, false, true),
        ("🔥 75%", .number, 75, nil, true, false),
        ("< 0.5", .number, 0.5, nil, false, false),
        ("18/30", .number, 18, nil, false, false),
        ("99.9% (< 43 min/month downtime)", .number, 99.9, nil, true, false),
    ] as [(String, MetricValue.Kind, Double, Double?, Bool, Bool)])
    func numbers(_ text: String, _ kind: MetricValue.Kind, _ value: Double, _ high: Double?, _ percent: Bool, _ atLeast: Bool) {
        let parsed = MetricValue(parsing: text)
        #expect(parsed.kind == kind)
        #expect(abs((parsed.value ?? -1) - value) < 1e-9)
        #expect(parsed.high == high)
        #expect(parsed.isPercent == percent)
        #expect(parsed.isAtLeast == atLeast)
    }

    @Test(arguments: ["___%", "____", "", "___/5", "$____"])
    func blanks(_ text: String) {
        #expect(MetricValue(parsing: text).kind == .blank)
    }

    @Test(arguments: ["Yes", "✅ Available", "Complete"])
    func text(_ text: String) {
        #expect(MetricValue(parsing: text).kind == .text)
    }
}
