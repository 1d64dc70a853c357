import JSONRPC
import LanguageServerProtocol
import RoadmapKit

/// A document the editor has open: its buffer, kept in step with `didChange`, and the analysis
/// of its current version, computed when first asked for and kept until the text or the day moves.
public struct OpenDocument {
    /// The editor's text at its latest version.
    public internal(set) var buffer: TextDocumentBuffer
    var cached: DocumentAnalysis?
    /// Lint's findings by chunk of the document, told of every edit since they were found, so the
    /// next analysis lints again only what changed. It keeps no reference to the text.
    var lint = LintChunks()
    /// The parse by chunk of the document, told of every edit, so the next analysis parses
    /// again only what changed. It keeps no reference to the text.
    var parse = TrackingChunks()
    /// What was last published for it, whose JSON the next publish reuses.
    var published = PublishedDiagnostics()

    init(buffer: TextDocumentBuffer) { self.buffer = buffer }
}

extension ServerState {
    /// The analysis of the open document `uri` at its current version, as of today.
    public mutating func analysis(of uri: DocumentURI) throws(ResponseError) -> DocumentAnalysis {
        // The buffer and the cached analysis only: a copy of the whole document held here would
        // share its chunk lists, and updating them in place would copy them whole.
        let (buffer, cached) = try { () throws(ResponseError) in
            let document = try document(uri)
            return (document.buffer, document.cached)
        }()
        let today = today()
        if let cached, cached.version == buffer.version, cached.today == today { return cached }
        var lint = documents[uri]?.lint ?? LintChunks()
        var parse = documents[uri]?.parse ?? TrackingChunks()
        documents[uri]?.lint = LintChunks()  // one owner while it is updated, not a copy
        documents[uri]?.parse = TrackingChunks()
        let analysis = DocumentAnalysis(buffer, today: today, parse: &parse, lint: &lint)
        documents[uri]?.cached = analysis
        documents[uri]?.lint = lint
        documents[uri]?.parse = parse
        return analysis
    }
}
