import JSONText

/// An open document as the editor has it: bytes, version and position mapping, kept in step with
/// `didChange` (incremental sync). The server reads this, never the file on disk, while the
/// document is open. Text read with `InvalidUTF8Rule.escapeEachByte` has its invalid bytes back
/// (`RawByteEscape`), so positions count them as the client did.
public struct TextDocumentBuffer: Sendable {
    public let uri: DocumentURI
    public let languageId: String
    public private(set) var version: Int
    public private(set) var mapper: PositionMapper

    public var bytes: [UInt8] { mapper.bytes }

    public init(_ item: TextDocumentItem, encoding: PositionEncoding) {
        uri = item.uri
        languageId = item.languageId
        version = item.version
        mapper = PositionMapper(RawByteEscape.bytes(of: item.text), encoding: encoding)
    }

    /// Applies `didChange`'s changes in order, each to the text the one before left: a ranged
    /// change replaces exactly the bytes its range maps to (positions clamped as
    /// `PositionMapper` says), a change without a range replaces the whole text. Returns the byte
    /// range each change replaced and the length of what replaced it, for re-analysing only what
    /// changed.
    @discardableResult
    public mutating func apply(_ changes: [TextDocumentContentChangeEvent], version: Int) -> [(replaced: Swift.Range<Int>, insertedCount: Int)] {
        var edits: [(replaced: Swift.Range<Int>, insertedCount: Int)] = []
        for change in changes {
            switch change {
            case .ranged(let range, let text, _):
                let offsets = mapper.offsets(of: range)
                let inserted = RawByteEscape.bytes(of: text)
                mapper.replace(offsets, with: inserted)
                edits.append((offsets, inserted.count))
            case .full(let text):
                let whole = 0..<mapper.bytes.count
                mapper = PositionMapper(RawByteEscape.bytes(of: text), encoding: mapper.encoding, hidesBOM: mapper.hidesBOM)
                edits.append((whole, mapper.bytes.count))
            }
        }
        self.version = version
        return edits
    }
}
