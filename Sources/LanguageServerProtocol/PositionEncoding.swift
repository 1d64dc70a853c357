import JSONText

/// What a `Position.character` counts (LSP 3.17, `PositionEncodingKind`). The client lists what it
/// supports in `general.positionEncodings`; UTF-16 is the only one every server and client must
/// support, and what applies when nothing was agreed.
public enum PositionEncoding: String, Sendable, CaseIterable, JSONCodable {
    /// Bytes of UTF-8: the server's buffer counts the same, so no line needs decoding.
    case utf8 = "utf-8"
    /// UTF-16 code units: `📅` (U+1F4C5) is two, `é` one.
    case utf16 = "utf-16"

    /// The encoding the server answers with: `utf-8` whenever the client lists it (the server's
    /// text is UTF-8, so positions then cost nothing to map), otherwise `utf-16` (the
    /// specification's default, assumed even when the client does not list it). Unknown kinds
    /// (`utf-32`) are passed over.
    public static func negotiate(clientSupports kinds: [String]?) -> PositionEncoding {
        kinds?.contains(PositionEncoding.utf8.rawValue) == true ? .utf8 : .utf16
    }
}
