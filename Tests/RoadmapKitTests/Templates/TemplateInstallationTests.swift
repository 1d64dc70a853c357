import Testing
@testable import RoadmapKit

/// What init writes: file names the discovery rule finds, fields filled as byte edits.
@Suite struct TemplateInstallationTests {
    static let fields: [(label: String, value: String)] = [
        ("Name", "Ada Lovelace"), ("Start Date", "2026-01-05"), ("Current Role", "SRE"), ("Target Role", "Architect"),
    ]

    @Test(arguments: BundledTemplate.all.map(\.name))
    func everyTemplateHasEveryFieldAndAFindableMainFile(name: String) throws {
        let template = try #require(BundledTemplate.named(name))
        let installation = TemplateInstallation(template, fields: Self.fields)
        #expect(installation.missingFields.isEmpty, "\(name) lacks \(installation.missingFields)")
        #expect(installation.mainFile == (name == "career-roadmap" ? "career-roadmap.md" : "roadmap.md"))
        #expect(installation.files.count == template.files.count)
        let main = installation.files[0].bytes
        for (label, value) in Self.fields { #expect(FieldFilling.value(main, label) == value) }
        // Only the field lines differ from the template's main file.
        let original = try #require(template.file(template.mainFile)).bytes
        let changed = zip(lines(original), lines(main)).filter { $0 != $1 }.map(\.0)
        #expect(lines(original).count == lines(main).count)
        #expect(changed.allSatisfy { $0.hasPrefix("**") }, "\(changed)")
        #expect(Roadmap(parsing: main).goals.count == Roadmap(parsing: original).goals.count)
    }

    func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func guideIndexBecomesRoadmapMdAndLinksBackFollow() throws {
        let template = try #require(BundledTemplate.named("devops-to-ai-architect"))
        let installation = TemplateInstallation(template, fields: [])
        #expect(installation.files.map(\.path) == ["roadmap.md", "phase-1-foundation.md", "phase-2-specialization.md", "phase-3-mastery.md"])
        for (file, original) in zip(installation.files.dropFirst(), template.files.dropFirst()) {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(text.contains("[guide index](roadmap.md)"))
            #expect(text == String(decoding: original.bytes, as: UTF8.self).replacingOccurrences(of: "](README.md)", with: "](roadmap.md)"))
        }
    }

    @Test func relinkingTouchesOnlyLinksToTheOldName() {
        let text = "[a](README.md) [b](README.md#top) [c](README.md \"t\") [d](README.mdx) README.md [e](x/README.md)\n"
        let result = String(decoding: TemplateInstallation.relinking(Array(text.utf8), from: "README.md", to: "roadmap.md"), as: UTF8.self)
        #expect(result == "[a](roadmap.md) [b](roadmap.md#top) [c](roadmap.md \"t\") [d](README.mdx) README.md [e](x/README.md)\n")
    }

    @Test func fieldsAreFoundOnlyWhereTheyAreFields() {
        let text = "**Name:** ____\n**Start Date:**\n\n```\n**Current Role:** code\n```\n> **Target Role:** quoted\n- **Hours:** item\n"
        let bytes = Array(text.utf8)
        let (edits, missing) = FieldFilling.edits(bytes, setting: [("name", "Ada"), ("Start Date", "2026-01-05"), ("Current Role", "x"), ("Target Role", "y")])
        #expect(missing == ["Current Role", "Target Role"])
        #expect(String(decoding: edits.applied(to: bytes), as: UTF8.self)
            == "**Name:** Ada\n**Start Date:** 2026-01-05\n\n```\n**Current Role:** code\n```\n> **Target Role:** quoted\n- **Hours:** item\n")
        #expect(FieldFilling.value(bytes, "Name") == nil, "a placeholder is no value")
        #expect(FieldFilling.value(Array("**Start Date:** YYYY-MM-DD\n".utf8), "start date") == nil)
    }
}
