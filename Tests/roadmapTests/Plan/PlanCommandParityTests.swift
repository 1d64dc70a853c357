import Foundation
import Testing
@testable import roadmap
import RoadmapKit
import RoadmapTestSupport

/// Every command gives for a plan across files what it gives for the one file the plan was split
/// from: the same fields, choices, metrics, checkpoints and next list in `--json` (ids, files,
/// lines and sections aside), and the same review entry.
struct PlanCommandParityTests {
    static func bundled(_ name: String) throws -> [UInt8] {
        let url = PackagePaths.roadmaps.appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    /// A started roadmap with a few goals done, as one file and as a split, in two folders.
    static func harnesses(_ name: String) throws -> (single: CLIHarness, split: CLIHarness, parts: Int) {
        var bytes = try bundled(name)
        let roadmap = Roadmap(parsing: bytes)
        var edits: [TextEdit] = []
        for goal in roadmap.goals.indices where goal % 4 == 1 {
            edits += roadmap.edits(setting: goal, to: .done, doneDate: CivilDate(iso: "2026-11-0\(1 + goal % 9)")!)
        }
        bytes = edits.applied(to: bytes)
        let split = try #require(PlanSplit(bytes))
        let single = try CLIHarness()
        try single.writeBytes("roadmap.md", bytes)
        let plan = try CLIHarness()
        try plan.writeBytes("roadmap.md", split.index)
        for part in split.parts { try plan.writeBytes(part.name, part.bytes) }
        for h in [single, plan] { #expect(h.run(["set", "Start Date", "2026-03-01"]).status == .success) }
        return (single, plan, split.parts.count)
    }

    /// JSON values with the keys that name places (ids, files, lines, sections) left out.
    static func placeless(_ text: String) throws -> Any {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["file", "id", "line", "section", "parent", "depth"].contains($0.key) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        return strip(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }

    static func same(_ a: Any, _ b: Any) -> Bool { canonical(a) == canonical(b) }

    /// JSON text with sorted keys: one spelling per value, whatever the dictionary's order.
    static func canonical(_ value: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: ["v": value], options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: ["career-roadmap.md", "director-roadmap.md"])
    func trackingJSONIsTheSame(name: String) throws {
        let (single, split, _) = try Self.harnesses(name)
        let a = try Self.placeless(single.run(["status", "--json"]).stdout) as! [String: Any]
        let b = try Self.placeless(split.run(["status", "--json"]).stdout) as! [String: Any]
        for key in ["start", "choices", "checkpoints"] {
            #expect(Self.same(a[key] as Any, b[key] as Any), "\(name): status --json \(key)")
        }
        // Fields and metrics: the same set (a part's come after the index's own).
        for key in ["fields", "metrics"] {
            let x = (a[key] as! [Any]).map(Self.canonical).sorted(), y = (b[key] as! [Any]).map(Self.canonical).sorted()
            #expect(x == y, "\(name): status --json \(key)")
        }
        let nextA = try Self.placeless(single.run(["next", "--json", "--all"]).stdout) as! [Any]
        let nextB = (try Self.placeless(split.run(["next", "--json", "--all"]).stdout) as! [Any])
            .filter { ($0 as? [String: Any])?["text"] as? String != nil ? !(($0 as! [String: Any])["text"] as! String).hasPrefix("[Part ") : true }
        #expect(Self.same(nextA, nextB), "\(name): next --json")
        let fieldsA = try Self.placeless(single.run(["fields", "--json"]).stdout) as! [Any]
        let fieldsB = try Self.placeless(split.run(["fields", "--json"]).stdout) as! [Any]
        #expect(fieldsA.map(Self.canonical).sorted() == fieldsB.map(Self.canonical).sorted(), "\(name): fields --json")
    }

    @Test func theReviewEntryIsTheSame() throws {
        let (single, split, parts) = try Self.harnesses("career-roadmap.md")
        func entry(_ h: CLIHarness) -> [String] {
            let out = h.run(["review", "--yes", "--dry-run", "--note", "steady"]).stdout
            return out.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }.map(String.init)
        }
        let a = entry(single), b = entry(split)
        #expect(!a.isEmpty)
        // The split's total has its linking goals too: Progress: 19/75 against 19/77.
        let progress = { (lines: [String]) in lines.first { $0.contains("Progress:") } ?? "" }
        let done = progress(a).split(separator: "/")[0]
        #expect(progress(b).hasPrefix(done + "/"))
        #expect(progress(b).contains("/\(74 + parts) "))
        // Lines in the order of the diffs: the parts' Date lines come after the index's entry.
        #expect(a.filter { !$0.contains("Progress:") }.sorted() == b.filter { !$0.contains("Progress:") }.sorted())
    }
}
