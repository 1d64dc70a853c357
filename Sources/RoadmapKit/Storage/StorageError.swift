/// Something went wrong reading or writing a roadmap file. The description is one line that names
/// the file, ready for stderr.
public struct StorageError: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, message: systemMessage(code))
    }

    public var description: String { "\(path): \(message)" }
}
