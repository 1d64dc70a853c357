import JSONRPC
import JSONText
import RoadmapKit

// The process's descriptors as the transport's byte source and sink: RoadmapStorage reads and
// writes them (it holds every C library call); JSONRPC knows only the two protocols.
extension DescriptorInput: ByteSource {}
extension DescriptorOutput: ByteSink {}

extension LanguageServer {
    /// How the server reads invalid UTF-8 inside a message: each byte kept (`RawByteEscape`), so
    /// a document's buffer holds the bytes the client has, and positions count them as it does
    /// (one byte, or one UTF-16 unit, each: the position mapper's rule).
    public static let invalidUTF8 = InvalidUTF8Rule.escapeEachByte

    /// Serves over standard input and output until `exit` or the end of input; returns the exit
    /// code. Strings with invalid UTF-8 are read rather than refused, each bad byte kept
    /// (`LanguageServer.invalidUTF8`).
    public mutating func serveStandardStreams() -> Int32 {
        Platform.ignoreBrokenPipeSignal()
        var reader = MessageReader(DescriptorInput(fd: 0))
        reader.invalidUTF8 = LanguageServer.invalidUTF8
        var writer = MessageWriter(DescriptorOutput(fd: 1))
        return run(&reader, &writer)
    }
}
