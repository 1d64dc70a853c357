import JSONRPC
import RoadmapKit

// The process's descriptors as the transport's byte source and sink: RoadmapStorage reads and
// writes them (it holds every C library call); JSONRPC knows only the two protocols.
extension DescriptorInput: ByteSource {}
extension DescriptorOutput: ByteSink {}

extension LanguageServer {
    /// Serves over standard input and output until `exit` or the end of input; returns the exit
    /// code. Strings with invalid UTF-8 are read with each bad byte as U+FFFD, the rule the
    /// position mapper counts by, rather than refused.
    public mutating func serveStandardStreams() -> Int32 {
        Platform.ignoreBrokenPipeSignal()
        var reader = MessageReader(DescriptorInput(fd: 0))
        reader.invalidUTF8 = .replaceEachByte
        var writer = MessageWriter(DescriptorOutput(fd: 1))
        return run(&reader, &writer)
    }
}
