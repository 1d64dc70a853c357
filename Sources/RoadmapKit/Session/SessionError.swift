/// Why a session could not find or read the roadmap: one line that names the file (or, when no
/// roadmap was found, where it looked), for a front end to show as it shows errors.
public struct SessionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line, without a trailing newline.
    public let message: String

    /// An error whose line is `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The line itself.
    public var description: String { message }
}
