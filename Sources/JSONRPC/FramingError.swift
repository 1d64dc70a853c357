/// Why bytes from the client did not frame a message (LSP 3.17, "Base Protocol": a header part of
/// `Name: value\r\n` fields, ASCII, then `\r\n`, then exactly `Content-Length` bytes of content).
/// Each is reported once and the framer carries on with what follows, so the server answers it
/// with a `window/logMessage` and keeps serving: none stops the stream or waits for bytes that
/// cannot come.
public enum FramingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The header part went past `limit` bytes without its closing blank line.
    case headerTooLong(limit: Int)
    /// A header line that is not `Name: value` in ASCII ending in CRLF (a bare LF or CR, no colon,
    /// a byte over 0x7F); the line is shown with unprintable bytes escaped.
    case malformedHeader(line: String)
    /// A header part without `Content-Length`, which the specification requires.
    case missingContentLength
    /// A `Content-Length` that is not a decimal number of bytes (or two that disagree).
    case invalidContentLength(value: String)
    /// A `Content-Length` over `limit`: its content is skipped as it arrives, never kept.
    case contentTooLong(length: Int, limit: Int)
    /// The input ended inside a message: `received` of `contentLength` content bytes arrived, or
    /// the header part itself was cut off (`contentLength` nil, `received` header bytes).
    case cutOff(contentLength: Int?, received: Int)

    /// One line for a `window/logMessage`: unprintable bytes are escaped.
    public var description: String {
        switch self {
        case .headerTooLong(let limit): "message header longer than \(limit) bytes"
        case .malformedHeader(let line): "malformed message header line \"\(line)\""
        case .missingContentLength: "message header without Content-Length"
        case .invalidContentLength(let value): "invalid Content-Length \"\(value)\""
        case .contentTooLong(let length, let limit): "message of \(length) bytes is over the limit of \(limit) bytes; skipped"
        case .cutOff(let length?, let received): "input ended after \(received) of \(length) message bytes"
        case .cutOff(nil, let received): "input ended inside a message header (\(received) bytes)"
        }
    }

    /// Header bytes as text for a log line: printable ASCII as it is, anything else as `\xNN`,
    /// at most 80 bytes.
    static func printable(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in bytes.prefix(80) {
            if byte >= 0x20 && byte < 0x7F && byte != 0x5C {
                out.append(byte)
            } else {
                out.append(contentsOf: [0x5C, 0x78, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }
        }
        if bytes.count > 80 { out.append(contentsOf: "...".utf8) }
        return String(decoding: out, as: UTF8.self)
    }
}
