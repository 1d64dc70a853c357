/// Where the transport's bytes come from and go to. The executable implements these over file
/// descriptors (stdin, stdout); tests implement them over arrays. Nothing here knows the C library.
public protocol ByteSource {
    /// Up to `maximum` bytes, fewer when fewer are ready; an empty array at the end of input.
    mutating func read(maximum: Int) throws -> [UInt8]
}

/// Where framed messages go: the executable writes to stdout, tests to an array.
public protocol ByteSink {
    /// Writes all of `bytes` (a framed message) before returning.
    mutating func write(_ bytes: [UInt8]) throws
}
