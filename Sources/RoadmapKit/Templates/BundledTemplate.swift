/// One file of a bundled template: its path relative to the template and its exact bytes.
public struct TemplateFile: Equatable, Sendable {
    /// `career-roadmap.md` for a single-file template; `README.md`, `phase-1-foundation.md` …
    /// inside a multi-file guide. Always `/`-separated.
    public let path: String
    /// The file's bytes.
    public let bytes: [UInt8]

    /// A file of a template.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// A roadmap shipped inside the binary (`roadmap templates`, `roadmap init`).
///
/// The files come from `Roadmaps/` in the package, embedded by `scripts/embed-templates.py` into
/// `BundledTemplates.generated.swift`; nothing is read from disk at run time.
public struct BundledTemplate: Sendable {
    /// The template's name, as `roadmap init --template` takes it.
    public let name: String
    /// One line, for `roadmap templates`.
    public let summary: String
    /// The index of a multi-file guide comes first; the other files follow by path.
    public let files: [TemplateFile]

    init(name: String, summary: String) {
        self.name = name
        self.summary = summary
        self.files = Self.generatedFiles[name] ?? []
    }

    /// The file `roadmap status` should open: the single file, or the index of a multi-file guide.
    public var mainFile: String {
        if files.count == 1 { return files[0].path }
        for index in ["README.md", "index.md"] where files.contains(where: { $0.path == index }) {
            return index
        }
        return files.first?.path ?? name + ".md"
    }

    /// The file at `path`, relative to the template.
    public func file(_ path: String) -> TemplateFile? {
        files.first { $0.path == path }
    }

    /// Every bundled template, in the order `roadmap templates` lists them.
    public static let all: [BundledTemplate] = [
        BundledTemplate(
            name: "career-roadmap",
            summary: "Three-year plan to become a junior AI infrastructure engineer, with checkpoints"),
        BundledTemplate(
            name: "ai-engineer-roadmap",
            summary: "Production-minded AI engineer: skills, projects, interviews, quick wins, 3-month plan"),
        BundledTemplate(
            name: "devops-to-ai-architect",
            summary: "18-month guide from DevOps to AI infrastructure architect, one file per phase"),
        BundledTemplate(
            name: "director-roadmap",
            summary: "Five-year technical and management tracks toward Director of AI Engineering"),
    ]

    /// The bundled template called `name`; nil when there is none.
    public static func named(_ name: String) -> BundledTemplate? {
        all.first { $0.name == name }
    }
}
