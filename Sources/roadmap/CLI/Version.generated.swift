// Generated from VERSION by `make version`; a test keeps the two equal. Do not edit.
enum Version {
    static let number = "0.1.0"
}
