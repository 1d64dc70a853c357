import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// Every bundled roadmap, as init writes it: ticking then unticking each goal gives back the same
/// bytes, exactly one line changes per tick, and a guide's links all resolve.
@Suite struct BundledRoundTripTests {
    @Test(arguments: BundledTemplate.all.map(\.name))
    func everyGoalRoundTrips(name: String) throws {
        let template = try #require(BundledTemplate.named(name))
        for file in TemplateInstallation(template, fields: [("Name", "Ada"), ("Start Date", "2026-01-05")]).files {
            let r = Roadmap(parsing: file.bytes)
            #expect(r.bytes == file.bytes)
            for index in r.goals.indices {
                let ticked = r.edits(setting: index, to: .done, doneDate: CivilDate(iso: "2026-11-22")).applied(to: r.bytes)
                let changed = zip(lines(ticked), lines(r.bytes)).filter { $0 != $1 }.count
                #expect(changed == 1, "\(name)/\(file.path) goal \(index + 1)")
                let back = Roadmap(parsing: ticked)
                #expect(back.goals.count == r.goals.count && back.goals[index].state == .done)
                #expect(back.edits(setting: index, to: .open, doneDate: nil).applied(to: ticked) == r.bytes,
                        "\(name)/\(file.path) goal \(index + 1) does not round-trip")
            }
        }
    }

    @Test(arguments: BundledTemplate.all.map(\.name))
    func parsesWithNoWarningsAndNothingLeftToAdopt(name: String) throws {
        let template = try #require(BundledTemplate.named(name))
        let files = TemplateInstallation(template, fields: []).files
        let plan = Plan(root: Roadmap(parsing: files[0].bytes), path: files[0].path) { path in
            files.first { $0.path == path }.map { .success($0.bytes) } ?? .failure(StorageError(path: path, message: "missing"))
        }
        #expect(plan.warnings.isEmpty, "\(plan.warnings)")
        #expect(plan.files.count == files.count, "every file of \(name) is reached from its index")
        for file in files {
            let adoption = Adoption(Roadmap(parsing: file.bytes))
            #expect(adoption.edits.isEmpty, "\(name)/\(file.path): bullets under goal headings that are not goals, lines \(adoption.items.map(\.line))")
        }
    }

    func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] { bytes.split(separator: 0x0A, omittingEmptySubsequences: false) }
}
