#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes read from a file descriptor as they come (the language server's stdin): a read returns
/// what is ready, up to the maximum, and blocks only when nothing is.
public struct DescriptorInput: Sendable {
    /// The descriptor read from.
    public let fd: Int32

    /// Reads from `fd` (0 for standard input); the descriptor is not closed by this type.
    public init(fd: Int32) { self.fd = fd }

    /// Up to `maximum` bytes; empty at the end of input. A signal that interrupts the read is
    /// retried; any other failure is an error, which the server treats as the end.
    public func read(maximum: Int) throws(StorageError) -> [UInt8] {
        guard maximum > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: maximum)
        let count = buffer.withUnsafeMutableBytes { raw -> Int in
            while true {
                let n = systemRead(fd, raw.baseAddress!, maximum)
                if n >= 0 || errno != EINTR { return n }
            }
        }
        guard count >= 0 else { throw StorageError(path: "fd \(fd)", errno: errno) }
        buffer.removeLast(maximum - count)
        return buffer
    }
}

/// Bytes written whole to a file descriptor (the language server's stdout): a short write is
/// continued, an interrupted one retried, so one call writes one whole framed message.
public struct DescriptorOutput: Sendable {
    /// The descriptor written to.
    public let fd: Int32

    /// Writes to `fd` (1 for standard output); the descriptor is not closed by this type.
    public init(fd: Int32) { self.fd = fd }

    /// Writes all of `bytes`; an error (EPIPE once the client has gone) says why not.
    public func write(_ bytes: [UInt8]) throws(StorageError) {
        var written = 0
        let failure: Int32? = bytes.withUnsafeBytes { raw -> Int32? in
            while written < bytes.count {
                let n = systemWrite(fd, raw.baseAddress! + written, bytes.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        if let failure { throw StorageError(path: "fd \(fd)", errno: failure) }
    }
}

extension Platform {
    /// A client that quits closes the server's stdout; by default the next write then kills the
    /// process with SIGPIPE. Ignored, the write fails with EPIPE, and the server ends its loop as
    /// at the end of input.
    public static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }
}
