/// Cuts the bytes of LSP's base protocol into message contents, however the bytes arrive: one at
/// a time, in chunks that split a header anywhere, or many messages in one read.
///
/// The rules (LSP 3.17, "Header Part"): header fields `Name: value`, each ending in `\r\n`, names
/// compared without regard to case; a blank line (`\r\n`) ends the header part; `Content-Length`
/// is required and counts the content's bytes; `Content-Type` is accepted and ignored (UTF-8 is
/// the only encoding the specification defines); other fields are ignored. Line ends are CRLF
/// only, and a bare LF is an error at once, so a client writing `\n` is told rather than left
/// waiting. Blank lines between messages are skipped.
///
/// Bounded: a header part is kept up to `headerLimit` bytes and content up to `contentLimit`;
/// nothing else is buffered. After a header error the framer drops bytes up to the next
/// `Content-Length` field (the only way back into step when the content's length is unknown);
/// content over the limit has a known length and is skipped exactly, keeping step.
public struct MessageFramer: Sendable {
    /// The default `headerLimit`: 64 KiB, far more than a header of two fields needs.
    public static let defaultHeaderLimit = 64 << 10
    /// The default `contentLimit`: 64 MiB, room for a large document sent whole.
    public static let defaultContentLimit = 64 << 20

    /// What `next()` found.
    public enum Output: Equatable, Sendable {
        case message([UInt8])
        case error(FramingError)
    }

    private enum State: Equatable {
        case header
        case content(length: Int)
        /// Discarding the content of a message over the limit (`length` bytes): `remaining` still to come.
        case skipping(remaining: Int, length: Int)
        /// After a header error: dropping bytes until a `Content-Length` field starts.
        case resynchronizing
    }

    /// The most bytes a header part may have before it is an error (`headerTooLong`).
    public let headerLimit: Int
    /// The most content bytes kept for one message; a longer one is skipped (`contentTooLong`).
    public let contentLimit: Int
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer` (dropped in bulk, not one read at a time).
    private var head = 0
    /// How far the header part has been searched for its end, so each byte is looked at once.
    private var scanned = 0
    private var state = State.header

    /// A framer with nothing buffered and the given limits.
    public init(headerLimit: Int = MessageFramer.defaultHeaderLimit, contentLimit: Int = MessageFramer.defaultContentLimit) {
        self.headerLimit = headerLimit
        self.contentLimit = contentLimit
    }

    /// Adds bytes as they were read.
    public mutating func append<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        guard case .skipping(let remaining, let length) = state else {
            buffer.append(contentsOf: bytes)
            return
        }
        // Skipped content is never stored; only what follows it is.
        if bytes.count <= remaining {
            state = .skipping(remaining: remaining - bytes.count, length: length)
        } else {
            state = .header
            buffer.append(contentsOf: bytes.dropFirst(remaining))
        }
    }

    /// The next message or error, or nil when more bytes are needed.
    public mutating func next() -> Output? {
        while true {
            switch state {
            case .skipping(let remaining, _):
                guard remaining == 0 else { return nil }
                state = .header
            case .content(let length):
                guard buffer.count - head >= length else { return nil }
                let content = Array(buffer[head..<head + length])
                consume(length)
                state = .header
                return .message(content)
            case .resynchronizing:
                guard resynchronize() else { return nil }
                state = .header
            case .header:
                switch readHeader() {
                case .needMore: return nil
                case .content(let length):
                    if length > contentLimit {
                        let available = min(length, buffer.count - head)
                        consume(available)
                        state = .skipping(remaining: length - available, length: length)
                        return .error(.contentTooLong(length: length, limit: contentLimit))
                    }
                    state = .content(length: length)
                case .failed(let error, let headerEnd):
                    // A complete header part goes whole (a second `Content-Length` in it must not
                    // be taken for a new message); otherwise at least one byte goes, so the same
                    // bytes never fail twice.
                    consume(max(1, (headerEnd ?? head) - head))
                    scanned = head
                    state = .resynchronizing
                    return .error(error)
                }
            }
        }
    }

    /// Says whether the input ended inside a message, once the source is exhausted; bytes being
    /// dropped after an error are not reported again.
    public mutating func finish() -> FramingError? {
        defer {
            buffer = []
            head = 0
            scanned = 0
            state = .header
        }
        switch state {
        case .content(let length):
            return .cutOff(contentLength: length, received: buffer.count - head)
        case .skipping(let remaining, let length) where remaining > 0:
            return .cutOff(contentLength: length, received: length - remaining)
        case .header:
            skipBlankLines()
            return head < buffer.count ? .cutOff(contentLength: nil, received: buffer.count - head) : nil
        default:
            return nil
        }
    }

    private mutating func consume(_ count: Int) {
        head += count
        scanned = max(scanned, head)
        if head == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            head = 0
            scanned = 0
        } else if head >= 1 << 16 && head * 2 >= buffer.count {
            buffer.removeFirst(head)
            scanned -= head
            head = 0
        }
    }

    private mutating func skipBlankLines() {
        while buffer.count - head >= 2 && buffer[head] == 0x0D && buffer[head + 1] == 0x0A { consume(2) }
    }

    private enum HeaderResult {
        case needMore
        case content(length: Int)
        /// `headerEnd`: where the header part ended, when the error was found in a whole one.
        case failed(FramingError, headerEnd: Int?)
    }

    /// Finds the end of the header part (`\r\n\r\n`) and reads its fields.
    private mutating func readHeader() -> HeaderResult {
        skipBlankLines()
        if buffer.count - head == 1 && buffer[head] == 0x0D { return .needMore }
        var i = max(scanned, head)
        while i < buffer.count {
            let byte = buffer[i]
            if byte == 0x0A && (i == head || buffer[i - 1] != 0x0D) {
                return .failed(.malformedHeader(line: FramingError.printable(buffer[lineStart(before: i)...i])), headerEnd: nil)
            }
            if byte == 0x0A && i - head >= 3 && buffer[i - 3] == 0x0D && buffer[i - 2] == 0x0A {
                let fields = buffer[head..<i - 3]
                switch Self.contentLength(of: fields) {
                case .success(let length):
                    consume(i + 1 - head)
                    return .content(length: length)
                case .failure(let error):
                    return .failed(error, headerEnd: i + 1)
                }
            }
            i += 1
            if i - head > headerLimit { return .failed(.headerTooLong(limit: headerLimit), headerEnd: nil) }
        }
        scanned = i
        return .needMore
    }

    private func lineStart(before i: Int) -> Int {
        var k = i
        while k > head && buffer[k - 1] != 0x0A { k -= 1 }
        return k
    }

    /// `Content-Length` from the header fields (CRLF-separated, without the final blank line).
    private static func contentLength(of fields: ArraySlice<UInt8>) -> Result<Int, FramingError> {
        var length: Int? = nil
        for line in fields.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = line.last == 0x0D ? line.dropLast() : line
            guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex,
                  line.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x09 })
            else { return .failure(.malformedHeader(line: FramingError.printable(line))) }
            guard equalsIgnoringCase(line[..<colon], "content-length") else { continue }
            var value = line[(colon + 1)...]
            while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
            while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
            guard let parsed = decimal(value), length == nil || length == parsed else {
                return .failure(.invalidContentLength(value: FramingError.printable(value)))
            }
            length = parsed
        }
        guard let length else { return .failure(.missingContentLength) }
        return .success(length)
    }

    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(byte - 0x30))
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }

    private static func equalsIgnoringCase(_ bytes: ArraySlice<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        var k = 0
        for byte in bytes {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != lowercase.utf8Start[k] { return false }
            k += 1
        }
        return true
    }

    /// Drops bytes up to the next `Content-Length` field name; true when one starts the buffer.
    /// Without one, all but the last few bytes go (they may be the start of the name).
    private mutating func resynchronize() -> Bool {
        let name: StaticString = "content-length"
        let length = name.utf8CodeUnitCount
        let found: Int? = buffer.withUnsafeBufferPointer { p in
            var i = head
            while i + length <= p.count {
                // Most bytes are not a `c`; only those are compared further.
                if p[i] | 0x20 == 0x63 {
                    var k = 1
                    while k < length {
                        let byte = p[i + k]
                        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != name.utf8Start[k] { break }
                        k += 1
                    }
                    if k == length { return i }
                }
                i += 1
            }
            return nil
        }
        if let found {
            consume(found - head)
            scanned = head
            return true
        }
        consume(max(0, buffer.count - head - (length - 1)))
        return false
    }
}
