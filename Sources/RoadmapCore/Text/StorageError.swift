/// Something went wrong reading or writing a roadmap file. The description is one line that names
/// the file, ready for stderr. Declared in the core, which reads files through the readers it is
/// given (`Plan`'s `reading:`); Storage makes them (and adds the C library's messages).
public struct StorageError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The path of the file the error is about.
    public let path: String
    /// What went wrong, as a person reads it.
    public let message: String

    /// An error about `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
