import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
import RoadmapTestSupport

/// The bundled templates: the embedded copies match `Roadmaps/`, every template parses into open
/// goals, and no template reuses sentences from the seed documents it was modelled on.
@Suite struct BundledTemplateTests {
    static let roadmapsDirectory = PackagePaths.roadmaps
    static let seedsDirectory = PackagePaths.shared.appendingPathComponent("seeds")

    struct DiskFile {
        let template: String
        let path: String
        let bytes: [UInt8]
        var label: String { "\(template)/\(path)" }
    }

    /// Every file under Roadmaps/, named the way scripts/embed-templates.py names it: a top-level
    /// file is a template of its own, a top-level directory is a multi-file template.
    static func diskFiles() throws -> [DiskFile] {
        let fm = FileManager.default
        var result: [DiskFile] = []
        for entry in try fm.contentsOfDirectory(atPath: roadmapsDirectory.path).sorted() where !entry.hasPrefix(".") {
            let url = roadmapsDirectory.appendingPathComponent(entry)
            if isDirectory(url) {
                let enumerator = fm.enumerator(atPath: url.path)
                while let relative = enumerator?.nextObject() as? String {
                    let file = url.appendingPathComponent(relative)
                    let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
                    if hidden || isDirectory(file) { continue }
                    result.append(DiskFile(template: entry, path: relative, bytes: try bytes(of: file)))
                }
            } else {
                let name = entry.lastIndex(of: ".").map { String(entry[..<$0]) } ?? entry
                result.append(DiskFile(template: name, path: entry, bytes: try bytes(of: url)))
            }
        }
        return result
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func bytes(of url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static var embedded: [(template: BundledTemplate, file: TemplateFile)] {
        BundledTemplate.all.flatMap { template in template.files.map { (template, $0) } }
    }

    // MARK: (a) The embedded copies are the files in Roadmaps/

    @Test func templatesAreListedInOrder() {
        #expect(BundledTemplate.all.map(\.name)
            == ["career-roadmap", "ai-engineer-roadmap", "devops-to-ai-architect", "director-roadmap"])
        #expect(Set(BundledTemplate.generatedFiles.keys) == Set(BundledTemplate.all.map(\.name)),
                "every generated template needs an entry (and a summary) in BundledTemplate.all")
        for template in BundledTemplate.all {
            #expect(!template.files.isEmpty, "\(template.name) has no files")
            #expect(!template.summary.isEmpty && !template.summary.contains("\n"))
            #expect(BundledTemplate.named(template.name)?.name == template.name)
            #expect(template.file(template.mainFile) != nil, "\(template.name): main file missing")
        }
        #expect(BundledTemplate.named("no-such-template") == nil)
        #expect(BundledTemplate.named("career-roadmap")?.mainFile == "career-roadmap.md")
        #expect(BundledTemplate.named("devops-to-ai-architect")?.mainFile == "README.md")
        #expect(BundledTemplate.named("devops-to-ai-architect")?.files.map(\.path) == [
            "README.md", "phase-1-foundation.md", "phase-2-specialization.md", "phase-3-mastery.md",
        ])
    }

    @Test func embeddedBytesMatchRoadmapsDirectory() throws {
        let disk = try Self.diskFiles()
        #expect(!disk.isEmpty, "no files under \(Self.roadmapsDirectory.path)")
        for file in disk {
            guard let embedded = BundledTemplate.named(file.template)?.file(file.path) else {
                Issue.record("\(file.label) is not embedded; run `make templates`")
                continue
            }
            // Compared outside #expect so a mismatch reports a line, not two whole byte arrays.
            let same = embedded.bytes == file.bytes
            #expect(same, "\(file.label) differs from its embedded copy (\(Self.firstDifference(embedded.bytes, file.bytes))); run `make templates`")
        }
        let onDisk = Set(disk.map(\.label))
        let inBinary = Set(Self.embedded.map { "\($0.template.name)/\($0.file.path)" })
        #expect(inBinary == onDisk, "embedded but not on disk: \(inBinary.subtracting(onDisk).sorted())")
    }

    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let (left, right) = (lines(a), lines(b))
        for i in 0..<max(left.count, right.count) where left.indices.contains(i) != right.indices.contains(i)
            || (left.indices.contains(i) && left[i] != right[i]) {
            return "first at line \(i + 1)"
        }
        return "\(a.count) bytes embedded, \(b.count) on disk"
    }

    @Test func filesAreCleanText() {
        for (template, file) in Self.embedded {
            let label = "\(template.name)/\(file.path)"
            #expect(String(validating: file.bytes, as: UTF8.self) != nil, "\(label): not UTF-8")
            #expect(!file.bytes.contains(0x0D), "\(label): CR found; use LF line endings")
            #expect(file.bytes.last == 0x0A, "\(label): no final newline")
            #expect(!file.bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(label): BOM")
            for (number, line) in Self.lines(file.bytes).enumerated() {
                #expect(line.last != " " && line.last != "\t", "\(label):\(number + 1): trailing whitespace")
            }
        }
    }

    // MARK: (b) Every template parses into goals, all of them open

    @Test func templatesParseIntoOpenGoals() {
        for (template, file) in Self.embedded {
            let label = "\(template.name)/\(file.path)"
            let roadmap = Roadmap(parsing: file.bytes)
            #expect(!roadmap.goals.isEmpty, "\(label): no goals")
            for goal in roadmap.goals {
                let line = roadmap.text(goal.lineRange)
                #expect(line.contains("[ ]"), "\(label):\(goal.line): not an open checkbox: \(line)")
                #expect(roadmap.text(goal.boxRange) == "[ ]" && goal.state == .open,
                        "\(label):\(goal.line): templates must start unticked: \(line)")
            }
            // Every task-looking line outside code fences is a goal, and no fenced one is.
            #expect(roadmap.goals.map(\.line) == Self.taskLinesOutsideFences(file.bytes), "\(label)")
        }
    }

    /// 1-based numbers of `- [ ] ` lines outside fenced code: a deliberately simple second opinion.
    static func taskLinesOutsideFences(_ bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        var fence: Substring?
        for (index, line) in lines(bytes).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) && trimmed.allSatisfy({ $0 == open.first }) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                continue
            }
            if trimmed.hasPrefix("- [ ] ") || trimmed.hasPrefix("- [x] ") { result.append(index + 1) }
        }
        return result
    }

    @Test func fencedCheckboxIsNotAGoal() throws {
        let file = try #require(BundledTemplate.named("ai-engineer-roadmap")?.file("ai-engineer-roadmap.md"))
        let roadmap = Roadmap(parsing: file.bytes)
        let checkboxLines = Self.lines(file.bytes).filter { $0.drop { $0 == " " }.hasPrefix("- [ ] ") }
        #expect(checkboxLines.count == roadmap.goals.count + 1,
                "exactly one example checkbox should sit inside a ```markdown fence")
        #expect(String(decoding: file.bytes, as: UTF8.self).contains("```markdown\n- [ ] "))
    }

    @Test func guideIndexLinksEveryPhase() throws {
        let template = try #require(BundledTemplate.named("devops-to-ai-architect"))
        let index = Roadmap(parsing: try #require(template.file(template.mainFile)).bytes)
        var linked: [String] = []
        for i in index.goals.indices {
            let text = index.text(of: i)
            guard let open = text.range(of: "]("), let close = text[open.upperBound...].firstIndex(of: ")") else {
                continue
            }
            linked.append(String(text[open.upperBound..<close]))
        }
        let phases = template.files.map(\.path).filter { $0.hasPrefix("phase-") }
        #expect(linked == phases)
        for path in phases {
            let phase = Roadmap(parsing: try #require(template.file(path)).bytes)
            let titles = phase.sections.dropFirst().map { phase.text($0.titleRange) }
            #expect(titles.contains { $0.hasPrefix("Checkpoint: ") }, "\(path): no checkpoint section")
            #expect(titles.first?.contains("(Months ") == true, "\(path): title lacks its month range")
        }
    }

    // MARK: (c) No sentence copied from the seed documents

    /// Lines the template format prescribes word for word (notation, not prose) and that the seed
    /// career template happens to contain too.
    static let prescribedLines: Set<String> = [
        "**target role:** junior ai infrastructure engineer",
        "- status: [ ] not started [ ] in progress [ ] complete",
        "| metric | 6 months | 1 year | 3 years |",
    ]

    /// Trimmed, whitespace runs collapsed, lowercased.
    static func normalized(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ").lowercased()
    }

    /// Long enough to be a phrase, and not pure markup (rules, table separators, fences, blanks).
    static func isComparable(_ line: String) -> Bool {
        line.count >= 25 && !line.allSatisfy { " |:-_=*#`~>".contains($0) }
    }

    @Test func noLineIsCopiedFromTheSeeds() throws {
        let seeds = Self.seedsDirectory
        guard Self.isDirectory(seeds) else {
            print("SKIP: seed originality check not run: \(seeds.standardized.path) does not exist")
            return
        }
        var seedLines: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where !name.hasPrefix(".") {
            let bytes = try Self.bytes(of: seeds.appendingPathComponent(name))
            for line in Self.lines(bytes).map(Self.normalized) where Self.isComparable(line) {
                seedLines.insert(line)
            }
        }
        #expect(!seedLines.isEmpty, "no seed lines read from \(seeds.path)")
        var copied: [String] = []
        for (template, file) in Self.embedded {
            for (number, line) in Self.lines(file.bytes).enumerated() {
                let key = Self.normalized(line)
                if Self.isComparable(key) && seedLines.contains(key) && !Self.prescribedLines.contains(key) {
                    copied.append("\(template.name)/\(file.path):\(number + 1): \(line)")
                }
            }
        }
        #expect(copied.isEmpty, "lines copied from the seeds:\n\(copied.joined(separator: "\n"))")
    }
}
