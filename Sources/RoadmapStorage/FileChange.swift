/// One file's part of a change, as a command hands it to `RoadmapStore.commit`: the edits it
/// computed on the bytes it read, and how to re-apply them if the file changed since.
public struct FileEdits {
    /// Where the file is (absolute, or relative to the current directory).
    public let path: String
    /// The file as the person named it, for messages.
    public let name: String
    /// The edits, computed on `original`.
    public let edits: [TextEdit]
    /// The bytes the edits were computed on.
    public let original: [UInt8]
    /// The edits moved onto the file as it is now, or nil when that cannot be done unambiguously.
    public let replaying: ([UInt8]) -> [TextEdit]?

    /// One file's edits; `name` defaults to `path`.
    public init(path: String, name: String? = nil, edits: [TextEdit], computedOn original: [UInt8],
                replaying: @escaping ([UInt8]) -> [TextEdit]?) {
        (self.path, self.name, self.edits, self.original, self.replaying) = (path, name ?? path, edits, original, replaying)
    }
}

/// A file's change as it went to disk: the bytes it replaced (as found under the lock), the edits
/// as applied to them, and the bytes written (kept as those two, not as a copy).
public struct FileChange: Sendable {
    /// Where the file is, as `FileEdits.path` gave it.
    public let path: String
    /// The file as the person named it, for messages.
    public let name: String
    /// Links and `.`/`..` resolved: what the journal records.
    public let canonicalPath: String
    /// The bytes the file held when it was written (read under its lock).
    public let before: [UInt8]
    /// The edits as applied to `before` (re-applied, if the file had changed since it was read).
    public let edits: [TextEdit]
    /// The bytes written: `before` with `edits`.
    public let after: EditedBytes
    /// The file had changed since the command read it, and the edits were re-applied to it.
    package let wasReplayed: Bool
    /// Its hard links. With more than one, it was written in place (so that every link sees the
    /// change), after its journal entry; a command should say so.
    public let links: Int

    /// Whether the file was written in place (it has more than one hard link) rather than replaced.
    public var writtenInPlace: Bool { links > 1 }
}
