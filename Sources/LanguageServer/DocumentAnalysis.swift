import LanguageServerProtocol
import RoadmapKit

/// One version of an open document as the library sees it: parsed once, with its tracking model
/// and schedule, and the mapper that turns the library's byte offsets into the client's positions.
/// Every capability reads this; none parses the text itself. A class: the server keeps one per
/// open document and version, and the capabilities share it. Lint's findings are part of it, since
/// every change publishes them; they are linted again only where the text changed.
public final class DocumentAnalysis {
    /// The document, as the client names it.
    public let uri: DocumentURI
    /// The version analysed (`didOpen`'s, then each `didChange`'s).
    public let version: Int
    /// The day due dates were measured against.
    public let today: CivilDate
    /// The document's path on disk when its URI is a `file:` URI (links are resolved from its
    /// folder); nil for an unsaved buffer.
    public let path: String?
    /// The buffer's bytes with their lines, in the negotiated encoding.
    public let mapper: PositionMapper
    /// The parse: goals, sections, fields, checkpoints (`roadmap` reads through the same model).
    public let tracking: Tracking
    /// The document alone as a plan (a phase file is not yet analysed in its plan's index).
    public let plan: Plan
    /// When each goal and checkpoint is due, as of `today`.
    public let schedule: PlanSchedule
    /// `roadmap lint`'s findings for this version, by line, with their repairs (the same as
    /// `Lint.findings` of the bytes; `RoadmapDiagnostics.lint`, `FixActions`), linted again only
    /// where the text changed since the version before (`LintChunks`).
    public let lintFindings: [LintFinding]

    /// The parsed document.
    public var roadmap: Roadmap { tracking.roadmap }
    /// The document's bytes, the library's offsets count in.
    public var bytes: [UInt8] { mapper.bytes }

    /// A markdown file without a goal is no roadmap: it gets no diagnostics and no actions, so
    /// the server costs nothing beside another markdown server.
    public var isRoadmap: Bool { !roadmap.goals.isEmpty }

    /// Parses and lints the buffer whole.
    public convenience init(_ buffer: TextDocumentBuffer, today: CivilDate) {
        var parse = TrackingChunks()
        var lint = LintChunks()
        self.init(buffer, today: today, parse: &parse, lint: &lint)
    }

    /// The analysis of `buffer`, parsing and linting again only the chunks of the document that
    /// `parse` and `lint` have not kept from the version before (`TrackingChunks`, `LintChunks`:
    /// the edits since were told to them).
    public init(_ buffer: TextDocumentBuffer, today: CivilDate, parse: inout TrackingChunks, lint: inout LintChunks) {
        uri = buffer.uri
        version = buffer.version
        self.today = today
        path = DocumentPath.path(ofURI: buffer.uri)
        mapper = buffer.mapper
        // The stretches parsed again, with their line facts, are lint's to read (not to parse
        // them a second time), and go when the analysis is made.
        var parsed: [ParsedStretch] = []
        // An opening of a large document is parsed on every core, then linted on every core
        // while one puts the model together (the same model and findings as on one core:
        // `OpeningOnAllCores`). Each stretch, linted on its own core, looks each path up once.
        let onDisk = path != nil
        let existsOnAnyCore: @Sendable (String) -> Bool = { onDisk ? FileSystem.exists($0) : true }
        var linted: StretchLint?
        tracking = parse.trackingOnAllCores(buffer.bytes, parsed: &parsed, linting: path ?? "", exists: existsOnAnyCore, linted: &linted)
        plan = Plan(single: tracking.roadmap, path: path ?? "untitled.md", tracking: tracking)
        schedule = PlanSchedule(plan, today: today)
        if tracking.roadmap.goals.isEmpty {
            // No roadmap, no diagnostics: nothing to lint (and nothing kept to lint again).
            lint.clear()
            lintFindings = []
        } else if let linted {
            lintFindings = lint.findings(tracking, schedule: schedule.files[0], path: path ?? "", parsed: parsed, linted: linted,
                                         exists: existsOnAnyCore)
        } else if parsed.count > 1 {
            lintFindings = lint.findings(tracking, schedule: schedule.files[0], path: path ?? "", parsed: parsed, onAllCores: existsOnAnyCore)
        } else {
            // A plan links the same few files from thousands of lines: each path is looked up on
            // disk once an analysis (a stat a link was most of opening a large plan).
            var known: [String: Bool] = [:]
            let onDisk = path != nil
            let exists: (String) -> Bool = { target in
                guard onDisk else { return true }
                if let found = known[target] { return found }
                let found = FileSystem.exists(target)
                known[target] = found
                return found
            }
            lintFindings = lint.findings(tracking, schedule: schedule.files[0], path: path ?? "", parsed: parsed, exists: exists)
        }
    }

    /// The client's range of a byte range of the document.
    public func range(of offsets: Range<Int>) -> PositionRange { mapper.range(of: offsets) }

    /// The client's range of a whole line (1-based, as the library numbers lines), its ending left
    /// out; a line past the end is the end of the document.
    public func range(ofLine line: Int) -> PositionRange {
        let index = line - 1
        guard index >= 0 && index < mapper.lineCount else {
            let end = mapper.position(of: mapper.bytes.count)
            return PositionRange(start: end, end: end)
        }
        return mapper.range(ofLine: index)
    }

    /// The library's edits as the client's: each byte range mapped to positions of this version,
    /// the replacement as text (edits are built from whole scalars, so no byte is lost).
    public func clientEdits(_ edits: [RoadmapKit.TextEdit]) -> [LanguageServerProtocol.TextEdit] {
        edits.map { edit in
            LanguageServerProtocol.TextEdit(range: mapper.range(of: edit.range), newText: String(decoding: edit.replacement, as: UTF8.self))
        }
    }

    /// The 1-based lines a client's range covers: a range that ends at the start of a line (a
    /// selection of whole lines) leaves that line out.
    public func lines(of range: PositionRange) -> ClosedRange<Int> {
        let offsets = mapper.offsets(of: range)
        let first = mapper.line(containing: offsets.lowerBound)
        var last = mapper.line(containing: offsets.upperBound)
        if last > first && mapper.lineStarts[last] == offsets.upperBound { last -= 1 }
        return (first + 1)...(last + 1)
    }

    /// The 1-based line a byte offset is on.
    public func line(ofOffset offset: Int) -> Int { mapper.line(containing: offset) + 1 }
}

/// Where a `file:` URI points on disk: `file:///home/a/road%20map.md` is `/home/a/road map.md`.
public enum DocumentPath {
    /// The path of a `file:` URI with an empty or `localhost` authority, percent-decoded; nil
    /// for any other URI (`untitled:`, a remote one) or one that does not decode.
    public static func path(ofURI uri: DocumentURI) -> String? {
        let bytes = Array(uri.utf8)
        let prefixes = ["file://localhost/", "file:///"]
        for prefix in prefixes where uri.hasPrefix(prefix) {
            let start = prefix.utf8.count - 1
            guard let decoded = PercentDecoding.decode(bytes[start...], strict: true),
                  !decoded.contains(0) else { return nil }
            return String(decoding: decoded, as: UTF8.self)
        }
        return nil
    }
}
