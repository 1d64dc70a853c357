import Foundation
@testable import roadmap
import RoadmapKit
import RoadmapTestSupport

/// Roadmaps the report, badge and calendar tests run on, built the way a person would build them:
/// the bundled career roadmap filled in and worked through for a year with real commands
/// (`set`, `select`, `check` on the day each goal was done, monthly `review`s).
enum ReportFixtures {
    static let today = "2026-11-22"

    static func bundled(_ name: String) throws -> String {
        try String(contentsOf: PackagePaths.roadmaps.appendingPathComponent(name), encoding: .utf8)
    }

    /// Goals ticked, by id, on the day they were done: 48 over the year from 2025-11-24.
    static let ticks: [(String, [Int])] = [
        ("2025-12-02", [4]), ("2025-12-09", [2]), ("2025-12-16", [3]), ("2025-12-28", [1]),
        ("2026-01-08", [5]), ("2026-01-12", [21]), ("2026-01-20", [9]), ("2026-01-27", [58]),
        ("2026-02-03", [7]), ("2026-02-10", [8, 6]), ("2026-02-17", [12]), ("2026-02-22", [59]), ("2026-02-23", [60]),
        ("2026-03-05", [15]), ("2026-03-14", [13]), ("2026-03-21", [19]), ("2026-03-28", [10]),
        ("2026-04-04", [11]), ("2026-04-11", [14]), ("2026-04-18", [24, 25]), ("2026-04-25", [23]), ("2026-04-30", [20]),
        ("2026-05-09", [16]), ("2026-05-16", [22]), ("2026-05-18", [26]), ("2026-05-22", [27]), ("2026-05-23", [61, 62]), ("2026-05-24", [63]),
        ("2026-06-06", [64]), ("2026-06-20", [28]), ("2026-07-14", [29]), ("2026-07-21", [31]),
        ("2026-08-08", [33]), ("2026-08-29", [32, 30]), ("2026-09-12", [37]), ("2026-09-26", [41]),
        ("2026-10-10", [39]), ("2026-10-24", [38]), ("2026-10-31", [42]), ("2026-11-02", [65]),
        ("2026-11-07", [66]), ("2026-11-14", [40]), ("2026-11-18", [36]),
    ]

    /// Monthly reviews that record the success metrics (a table with no current column).
    static let reviews: [(String, [String])] = [
        ("2026-02-25", ["GitHub contributions=120", "Published posts=0", "Certifications=0"]),
        ("2026-05-26", ["GitHub contributions=410", "Finished portfolio projects=4", "Published posts=1", "Certifications=2", "Merged open-source PRs=1"]),
        ("2026-08-30", ["GitHub contributions=690", "Finished portfolio projects=5", "Published posts=2", "Merged open-source PRs=4", "Talks given=1"]),
        ("2026-11-20", ["GitHub contributions=940", "Finished portfolio projects=6", "Published posts=4", "Certifications=2", "Merged open-source PRs=8", "Talks given=1", "People mentored=1"]),
    ]

    /// The career roadmap a year in: fields and skill scores filled, 48 goals done on their days,
    /// three in progress, two checkpoints held, four reviews logged. Returns a fresh harness
    /// holding it as career-roadmap.md (built once: it takes some 90 commands).
    static func filledCareerRoadmap() throws -> CLIHarness {
        try CLIHarness(files: ["career-roadmap.md": try filledText.get()])
    }

    private static let filledText = Result { try buildFilledCareerRoadmap() }

    private static func buildFilledCareerRoadmap() throws -> String {
        let harness = try CLIHarness(files: ["career-roadmap.md": try bundled("career-roadmap.md")])
        func run(_ arguments: [String], on day: String = today) throws {
            let result = harness.run(arguments, variables: ["ROADMAP_TODAY": day])
            guard result.status == .success else { throw FixtureError(message: "\(arguments): \(result.stderr)") }
        }
        try run(["set", "Name", "Ada Lovelace", "--in", "Personal Information"])
        try run(["set", "Start Date", "2025-11-24"])
        try run(["set", "Current Role", "Support Engineer"])
        try run(["set", "Hours Available per Week", "10"])
        let skills = [("Python and scripting", 75, 80), ("Linux and networking", 70, 75), ("Docker and images", 80, 80),
                      ("Kubernetes", 60, 70), ("Cloud services", 55, 60), ("Terraform and IaC", 50, 60),
                      ("Pipelines and CI", 65, 70), ("ML concepts", 40, 50), ("Observability", 45, 60)]
        for (skill, now, target) in skills {
            try run(["set", skill, "\(now)"])
            try run(["set", skill, "\(target)", "--column", "Target (6 months)"])
        }
        for (project, state) in [("Project 1", "Complete"), ("Project 2", "Complete"), ("Project 3", "Complete"), ("Project 4", "In Progress")] {
            try run(["select", "\(project) > Status", state])
        }
        try run(["set", "Project 1 > Repository", "github.com/ada/image-classifier"])
        try run(["set", "Checkpoints > 3-Month Checkpoint > Date", "2026-02-24"])
        var pendingReviews = reviews[...]
        for (day, ids) in ticks {
            while let review = pendingReviews.first, review.0 < day {
                try run(["review", "--yes"] + review.1.flatMap { ["--metric", $0] }, on: review.0)
                pendingReviews = pendingReviews.dropFirst()
            }
            try run(["check"] + ids.map(String.init), on: day)
        }
        for review in pendingReviews { try run(["review", "--yes"] + review.1.flatMap { ["--metric", $0] }, on: review.0) }
        // In progress, as a person marks it in the editor.
        var text = try harness.read("career-roadmap.md")
        for goal in ["HashiCorp Terraform Associate", "Write a small Kubernetes controller", "One production project delivered end to end"] {
            text = text.replacingOccurrences(of: "- [ ] \(goal)", with: "- [/] \(goal)")
        }
        return text
    }

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}


extension ReportFixtures {
    /// The bundled devops-to-ai-architect guide (an index and three phase files) in `guide/`,
    /// with its start date set when given.
    static func devopsGuide(start: String? = nil) throws -> CLIHarness {
        var files: [String: String] = [:]
        for name in ["README.md", "phase-1-foundation.md", "phase-2-specialization.md", "phase-3-mastery.md"] {
            files["guide/\(name)"] = try bundled("devops-to-ai-architect/\(name)")
        }
        let harness = try CLIHarness(files: files)
        if let start {
            let result = harness.run(["set", "Start Date", start, "-f", "guide/README.md"])
            guard result.status == .success else { throw FixtureError(message: result.stderr) }
        }
        return harness
    }
}
