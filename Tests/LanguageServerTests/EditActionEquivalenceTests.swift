import JSONText
import LanguageServer
import LanguageServerProtocol
import RoadmapKit
import Testing

/// The sub-goal, adopt and choose actions applied to the buffer give, byte for byte, what the
/// command line writes, computed by the library calls its commands make: `roadmap add 'New goal'
/// --under #N` (`Plan.placeForAdding`, `Roadmap.addition`), `roadmap adopt` (`Plan.adoption`) and
/// `roadmap select` (`Tracking.edits(selecting:in:)` on the option the action names). Over every
/// bundled roadmap (both encodings) and the corpus in ../shared/corpus (UTF-16; skipped, with a
/// SKIP line naming it, when ../shared is absent). No file of either is committed with a done goal
/// lacking its date in a git work tree the server can read (the corpus is in none), so the stamp
/// is checked in `StampActionTests` on a repository of its own; here it must not be offered.
@Suite struct EditActionEquivalenceTests {
    struct Session {
        var harness: ServerHarness
        let file: BundledFiles.File
        let encoding: PositionEncoding
        var id = 1

        init(_ file: BundledFiles.File, encoding: PositionEncoding) {
            self.file = file
            self.encoding = encoding
            harness = ServerHarness()
            harness.initialize(encoding == .utf8 ? ["general": ["positionEncodings": ["utf-8"]]] : [:])
            _ = harness.open(file.uri, String(decoding: file.bytes, as: UTF8.self))
        }

        /// The actions offered on 0-based lines `first`...`last`, whole.
        mutating func actions(_ first: Int, _ last: Int) throws -> [JSONValue] {
            id += 1
            let end: JSONValue = ["line": .number(JSONNumber(last + 1)), "character": 0]
            let answer = harness.request(id, "textDocument/codeAction", [
                "textDocument": ["uri": .string(file.uri)],
                "range": ["start": ["line": .number(JSONNumber(first)), "character": 0], "end": first == last ? ["line": .number(JSONNumber(first)), "character": 0] : end],
                "context": ["diagnostics": []],
            ])
            return try #require(try JSONValue(parsing: answer[0])["result"]?.array)
        }

        /// The buffer after `action`'s edits.
        func applied(_ action: JSONValue) throws -> (bytes: [UInt8], count: Int) {
            let edits = try #require(action["edit"]?["changes"]?[file.uri]?.array)
            return (try ActionEquivalenceTests.applied(edits, to: file.bytes, encoding: encoding), edits.count)
        }
    }

    /// Compares every kind of action on `file`; returns how many actions were compared.
    static func compare(_ file: BundledFiles.File, encoding: PositionEncoding, sample: Int = 40) throws -> Int {
        let roadmap = Roadmap(parsing: file.bytes)
        let tracking = Tracking.parsing(file.bytes)
        let plan = Plan(single: roadmap, path: file.path, tracking: tracking)
        var session = Session(file, encoding: encoding)
        var compared = 0
        // Add a sub-goal: on each sampled goal alone on its line.
        for goal in stride(from: 0, to: roadmap.goals.count, by: max(1, roadmap.goals.count / sample)) {
            let line = roadmap.goals[goal].line
            let actions = try session.actions(line - 1, line - 1)
            #expect(!actions.contains { $0["title"]?.string?.hasPrefix("Stamp") == true }, "\(file.name): a stamp outside git")
            let add = actions.first { $0["title"]?.string == "Add a sub-goal" }
            guard roadmap.goals.filter({ $0.line == line }).count == 1 else {
                #expect(add == nil, "\(file.name): a sub-goal of a line of several goals, line \(line)")
                continue
            }
            let place = try plan.placeForAdding(under: [plan.displayID(GoalRef(file: 0, goal: goal))], section: nil)
            let addition = roadmap.addition(of: "New goal", at: place.place)
            #expect((add == nil) == (addition == nil), "\(file.name): line \(line): offered \(add != nil), add writes \(addition != nil)")
            guard let add, let addition else { continue }
            let got = try session.applied(add)
            #expect(got.bytes == addition.edits.applied(to: file.bytes), "\(file.name): Add a sub-goal on line \(line) (\(encoding))")
            #expect(got.count == 1)
            compared += 1
        }
        // Adopt: the whole document selected is `roadmap adopt`; each sampled bullet alone is its own edit of it.
        let adoption = plan.adoption(names: []).files[0]
        if !adoption.items.isEmpty {
            // A line past the last is clamped to the end of the document.
            let whole = try session.actions(0, file.bytes.count + 1).first { $0["title"]?.string?.hasPrefix("Turn ") == true }
            let title = adoption.items.count == 1 ? "Turn this bullet into a goal" : "Turn \(adoption.items.count) bullets into goals"
            #expect(whole?["title"]?.string == title, "\(file.name)")
            if let whole {
                #expect(try session.applied(whole).bytes == adoption.edits.applied(to: file.bytes), "\(file.name): adopt (\(encoding))")
                compared += 1
            }
            for item in stride(from: 0, to: adoption.items.count, by: max(1, adoption.items.count / sample)) {
                let line = adoption.items[item].line
                let one = try session.actions(line - 1, line - 1).first { $0["title"]?.string == "Turn this bullet into a goal" }
                let own = adoption.items.indices.filter { adoption.items[$0].line == line }.map { adoption.edits[$0] }
                guard let one else {
                    Issue.record("\(file.name): no adopt action on line \(line)")
                    continue
                }
                #expect(try session.applied(one).bytes == own.applied(to: file.bytes), "\(file.name): adopt line \(line) (\(encoding))")
                compared += 1
            }
        }
        // Choose: every option of each sampled group that is not already its one choice.
        for index in stride(from: 0, to: tracking.groups.count, by: max(1, tracking.groups.count / sample)) {
            let group = tracking.groups[index]
            let onLine = tracking.groups.filter { $0.line == group.line }
            let offered = try session.actions(group.line - 1, group.line - 1).filter { $0["title"]?.string?.hasPrefix("Choose ") == true }
            let expected = onLine.flatMap { group in
                group.options.indices.map { (group, $0) }.filter { !tracking.edits(selecting: $1, in: $0).isEmpty }
            }
            #expect(offered.count == expected.count, "\(file.name): options on line \(group.line)")
            for (action, (group, option)) in zip(offered, expected) {
                #expect(action["title"]?.string == "Choose \(tracking.text(of: group.options[option]))", "\(file.name): line \(group.line)")
                #expect(try session.applied(action).bytes == tracking.edits(selecting: option, in: group).applied(to: file.bytes),
                        "\(file.name): choose on line \(group.line) (\(encoding))")
                compared += 1
            }
        }
        return compared
    }

    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func bundledRoadmaps(encoding: PositionEncoding) throws {
        var compared = 0
        for file in BundledFiles.bundled() { compared += try Self.compare(file, encoding: encoding) }
        #expect(compared > 100)
        print("edit action equivalence (\(encoding)): \(compared) actions")
    }

    @Test func corpus() throws {
        var compared = 0, files = 0
        for file in BundledFiles.corpus() where String(validating: file.bytes, as: UTF8.self) != nil {
            compared += try Self.compare(file, encoding: .utf16, sample: 8)
            files += 1
        }
        if files > 0 { #expect(compared > 500) }
        print("edit action equivalence: \(files) corpus files, \(compared) actions")
    }
}
