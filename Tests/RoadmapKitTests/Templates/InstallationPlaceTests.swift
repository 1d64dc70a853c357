import Foundation
import Testing
@testable import RoadmapKit

/// Where init may put a roadmap: not where `status` would find another first, nor below a roadmap
/// that `status` in the new folder finds now (the new one would hide it).
final class InstallationPlaceTests {
    var directories: [String] = []

    deinit {
        for directory in directories { try? FileManager.default.removeItem(atPath: directory) }
    }

    @Test func namesStatusFindsBeforeTheMainFile() throws {
        let career = TemplateInstallation(try #require(BundledTemplate.named("career-roadmap")), fields: [])
        #expect(career.namesFoundBefore.isEmpty)
        let guide = TemplateInstallation(try #require(BundledTemplate.named("devops-to-ai-architect")), fields: [])
        #expect(guide.namesFoundBefore == ["career-roadmap.md"])
    }

    @Test func pathComponentsResolveDotsWithoutTheFileSystem() {
        #expect(TemplateInstallation.components("/a/./b/../c/") == ["a", "c"])
        #expect(TemplateInstallation.components("/..") == [])
    }

    @Test func aRoadmapAboveWouldBeHidden() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-place-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("plans/new"), withIntermediateDirectories: true)
        directories.append(url.path)
        let root = TemplateInstallation.components(url.path)
        #expect(TemplateInstallation.hiddenRoadmap(byOneIn: url.path + "/plans/new") == nil)
        try Data("# Old\n".utf8).write(to: url.appendingPathComponent("roadmap.md"))
        let hidden = TemplateInstallation.hiddenRoadmap(byOneIn: url.path + "/plans/new")
        #expect(hidden?.folder == root && hidden?.name == "roadmap.md")
        // One in the new folder itself is init's overwrite check, not this one.
        #expect(TemplateInstallation.hiddenRoadmap(byOneIn: url.path)?.folder != root)
    }
}
