import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// What changed between two byte strings: the differing middle, as (old range, new bytes).
func changedRegion(_ old: [UInt8], _ new: [UInt8]) -> (Range<Int>, String) {
    var prefix = 0
    while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix && suffix < new.count - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
    return (prefix..<(old.count - suffix), String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self))
}

@Suite struct SettingFieldTests {
    func set(_ text: String, _ label: String, _ value: String) throws -> String {
        let tracking = TrackingFixtures.tracking(text)
        let index = try #require(tracking.fields.indices.first { tracking.label(of: $0) == label })
        return TrackingFixtures.text(tracking.edits(settingField: index, to: value).applied(to: tracking.roadmap.bytes))
    }

    @Test(arguments: [
        ("**Name:** ______\n", "Name", "Ada", "**Name:** Ada\n"),
        ("**Name**: ______  \n", "Name", "Ada", "**Name**: Ada  \n"),
        ("**Score:** ___%\n", "Score", "75", "**Score:** 75%\n"),
        ("**Score:** ___%\n", "Score", "75%", "**Score:** 75%\n"),
        ("**Total:** ____ / 30\n", "Total", "24", "**Total:** 24 / 30\n"),
        ("**Total:** ____ / 30\n", "Total", "24/30", "**Total:** 24/30\n"),
        ("**Salary:** $____ - $____\n", "Salary", "$120K - $150K", "**Salary:** $120K - $150K\n"),
        ("**Budget:** $____\n", "Budget", "5000", "**Budget:** $5000\n"),
        ("**Due:** YYYY-MM-DD\n", "Due", "2026-05-01", "**Due:** 2026-05-01\n"),
        ("**Who:** [Name]\n", "Who", "Ada", "**Who:** Ada\n"),
        ("**Role:** Engineer\n", "Role", "Staff Engineer", "**Role:** Staff Engineer\n"),
        ("**Signature:** ____ **Date:** ____\n", "Date", "2026-01-15", "**Signature:** ____ **Date:** 2026-01-15\n"),
        ("**Group:**\n- Degree: ____\r\n", "Degree", "BSc", "**Group:**\n- Degree: BSc\r\n"),
        ("**Name:** ____\r\n**Date:** ____\r\n", "Name", "Ada", "**Name:** Ada\r\n**Date:** ____\r\n"),
        ("**Name:** ____", "Name", "Ada", "**Name:** Ada"),
    ])
    func fills(_ text: String, _ label: String, _ value: String, _ expected: String) throws {
        #expect(try set(text, label, value) == expected)
    }

    @Test func onlyTheValueBytesChange() throws {
        guard let bytes = Corpus.seed("000") else { return }
        let tracking = Tracking(Roadmap(parsing: bytes))
        // A numbered blank (`1. ____`) is a field only while blank: filled, it is a list item.
        for index in tracking.fields.indices where tracking.fields[index].form != .numbered {
            let field = tracking.fields[index]
            let after = tracking.edits(settingField: index, to: "Filled in").applied(to: bytes)
            let (range, inserted) = changedRegion(bytes, after)
            #expect(field.valueRange.contains(range.lowerBound) || range.lowerBound == field.valueRange.lowerBound)
            #expect(range.upperBound <= field.valueRange.upperBound)
            #expect(inserted.count <= "Filled in".count)
            // Setting the old value back restores every byte.
            let again = Tracking(Roadmap(parsing: after))
            let restored = again.edits(settingField: index, to: tracking.roadmap.text(field.valueRange)).applied(to: after)
            let same = restored == bytes
            #expect(same, "restoring \(tracking.label(of: index)) on line \(field.line)")
        }
    }

    @Test func numberedBlanksAreFieldsWhileBlank() {
        let text = "**Top 3:**\n1. ____\n2. ____\n"
        let tracking = TrackingFixtures.tracking(text)
        #expect(tracking.labels == ["1", "2"])
        let after = TrackingFixtures.tracking(TrackingFixtures.text(tracking.edits(settingField: 0, to: "Acme").applied(to: tracking.roadmap.bytes)))
        #expect(TrackingFixtures.text(after.roadmap.bytes) == "**Top 3:**\n1. Acme\n2. ____\n")
        #expect(after.labels == ["2"])
    }

    @Test func addsAStartDateBelowTheTitle() {
        func add(_ text: String) -> String {
            let tracking = TrackingFixtures.tracking(text)
            return TrackingFixtures.text(tracking.edits(addingField: "Start Date", value: "2026-01-15").applied(to: tracking.roadmap.bytes))
        }
        #expect(add("# Plan\n\n## Goals\n") == "# Plan\n\n**Start Date:** 2026-01-15\n\n## Goals\n")
        #expect(add("# Plan\r\n## Goals\r\n") == "# Plan\r\n**Start Date:** 2026-01-15\r\n\r\n## Goals\r\n")
        #expect(add("Plan\n====\n\ntext\n") == "Plan\n====\n\n**Start Date:** 2026-01-15\n\ntext\n")
        #expect(add("# Plan") == "# Plan\n\n**Start Date:** 2026-01-15")
        #expect(add("\u{FEFF}- [ ] goal\n") == "\u{FEFF}**Start Date:** 2026-01-15\n\n- [ ] goal\n")
        let added = TrackingFixtures.tracking(add("# Plan\n\n## Goals\n"))
        #expect(added.start?.description == "2026-01-15")
    }
}
