import RoadmapCore
import TerminalOutput

/// One completion a shell may offer: the text to insert and a short description. Both come
/// from untrusted files, so control characters are dropped and the description is kept short.
public struct Candidate: Equatable, Sendable {
    /// The text a shell inserts.
    public let value: String
    /// What it is, shown beside it (zsh, fish).
    public let description: String

    /// A candidate, controls dropped and the description cut to 60 columns.
    public init(_ value: String, _ description: String = "") {
        self.value = Self.clean(value)
        self.description = Columns.truncate(Self.clean(description), to: 60)
    }

    /// `value<TAB>description`, the line `PROGRAM __complete` prints (fish reads it as it is).
    public var line: String { description.isEmpty ? value : value + "\t" + description }

    /// Without C0/C1 control characters (tabs and line feeds included): one line, nothing that
    /// a terminal would act on.
    public static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isControlCharacter { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Candidates that start with `prefix`, ignoring case, each value once, in order.
    public static func matching(_ candidates: [Candidate], _ prefix: String) -> [Candidate] {
        let lowered = prefix.lowercased()
        var seen: Set<String> = []
        return candidates.filter { $0.value.lowercased().hasPrefix(lowered) && seen.insert($0.value).inserted }
    }
}
