import Foundation

/// Reviewed copies of output (the Golden/ folders) that tests compare with. After an intended
/// change, `UPDATE_GOLDEN=1` rewrites them from what the tests produced; review the diff.
public enum Golden {
    /// With UPDATE_GOLDEN set, writes `text` to `file`, so the comparison that follows passes and
    /// the change shows in `git diff`; otherwise does nothing.
    public static func update(_ file: URL, with text: String) throws {
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try Data(text.utf8).write(to: file) }
    }
}
