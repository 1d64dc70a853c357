/// The files `roadmap init` writes for a bundled template, with the fields filled in.
///
/// The written roadmap must be the one `roadmap status` finds with no flags, so the main file is
/// named by the discovery rule: `career-roadmap.md` for the career roadmap, `roadmap.md` for every
/// other template. A multi-file guide's index is written as `roadmap.md` beside its phase files,
/// which keep their names (the index links them by name); links back to the index (`README.md`)
/// are pointed at the new name. Nothing else in the bytes changes.
public struct TemplateInstallation: Sendable {
    /// The template installed.
    public let template: BundledTemplate
    /// Main file first, then the others in the template's order.
    public let files: [TemplateFile]
    /// Labels asked for that the main file has no field for.
    package let missingFields: [String]


    /// The template's files, the main one renamed as `discoveryNames` says and its `fields` (label,
    /// value) filled in; the others' links to it follow the new name.
    public init(_ template: BundledTemplate, fields: [(label: String, value: String)]) {
        self.template = template
        let oldMain = template.mainFile
        // The main file keeps its name when discovery finds it under that name, else becomes roadmap.md.
        let newMain = RoadmapSession.discoveryNames.contains(oldMain) ? oldMain : "roadmap.md"
        var files: [TemplateFile] = []
        var missing: [String] = []
        for file in template.files {
            if file.path == oldMain {
                let (edits, absent) = FieldFilling.edits(file.bytes, setting: fields)
                missing = absent
                files.insert(TemplateFile(path: newMain, bytes: edits.applied(to: file.bytes)), at: 0)
            } else {
                let bytes = oldMain == newMain ? file.bytes : Self.relinking(file.bytes, from: oldMain, to: newMain)
                files.append(TemplateFile(path: file.path, bytes: bytes))
            }
        }
        self.files = files
        self.missingFields = missing
    }

    /// The path of the main file.
    public var mainFile: String { files[0].path }

    /// `](old)`, `](old#part)` and `](old "title")` become the same links to `new`.
    static func relinking(_ bytes: [UInt8], from old: String, to new: String) -> [UInt8] {
        let needle: [UInt8] = [ASCII.rightBracket, ASCII.leftParen] + Array(old.utf8)
        var edits: [TextEdit] = []
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == ASCII.rightBracket && bytes[i..<(i + needle.count)].elementsEqual(needle) {
                let after = i + needle.count
                if after < bytes.count && (bytes[after] == ASCII.rightParen || bytes[after] == ASCII.hash || bytes[after] == ASCII.space) {
                    edits.append(TextEdit(range: (i + 2)..<after, replacement: new))
                }
                i = after
            } else {
                i += 1
            }
        }
        return edits.applied(to: bytes)
    }
}
