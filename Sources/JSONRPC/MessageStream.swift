import JSONText

/// Reads messages from a `ByteSource` through a `MessageFramer`: each call gives the next event
/// in the stream, so the server's loop handles a message, a malformed one, or the end.
public struct MessageReader<Source: ByteSource> {
    /// What `next()` found in the stream.
    public enum Event: Equatable, Sendable {
        case message(Message)
        /// A message whose content is not JSON-RPC: answer with `error.response`.
        case invalid(MessageError)
        /// Bytes that framed no message: log it (`window/logMessage`) and carry on.
        case framing(FramingError)
    }

    /// The source being read.
    public private(set) var source: Source
    private var framer: MessageFramer
    private var ended = false
    /// How much is asked of the source at a time.
    public var readSize = 64 << 10
    /// What invalid UTF-8 inside a message's strings does (strict unless the server chooses).
    public var invalidUTF8 = InvalidUTF8Rule.reject

    /// A reader of `source`, framing with `framer`.
    public init(_ source: Source, framer: MessageFramer = MessageFramer()) {
        self.source = source
        self.framer = framer
    }

    /// The next event, or nil once the source has ended and everything before was given.
    public mutating func next() throws -> Event? {
        while true {
            if let event = nextBuffered() { return event }
            if ended { return nil }
            let bytes = try source.read(maximum: readSize)
            if bytes.isEmpty {
                ended = true
                if let error = framer.finish() { return .framing(error) }
                return nil
            }
            framer.append(bytes)
        }
    }
}

extension MessageReader {
    /// The next event the bytes already read hold, without reading more (nil when they hold no
    /// whole message): the server looks ahead with it for a `$/cancelRequest` of a request it has
    /// not started, without blocking on a client that has nothing more to say.
    public mutating func nextBuffered() -> Event? {
        guard let output = framer.next() else { return nil }
        switch output {
        case .error(let error): return .framing(error)
        case .message(let content):
            do {
                return .message(try Message(content: content, invalidUTF8: invalidUTF8))
            } catch {
                return .invalid(error)
            }
        }
    }
}

/// Writes framed messages to a `ByteSink`, one whole message per write.
public struct MessageWriter<Sink: ByteSink> {
    /// The sink being written to.
    public private(set) var sink: Sink

    /// A writer to `sink`.
    public init(_ sink: Sink) { self.sink = sink }

    /// Writes `message` framed (`Message.framed()`) in one write.
    public mutating func send(_ message: Message) throws {
        try sink.write(message.framed())
    }
}
