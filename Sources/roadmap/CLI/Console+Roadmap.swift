import RoadmapKit

extension Console {
    /// A console writing to the process's standard output and error through RoadmapStorage's
    /// `write` (the one target that calls the C library), or, capturing, to buffers a test reads.
    convenience init(capturing: Bool) {
        self.init(capturing: capturing, write: { fd, bytes in
            while true {
                let n = systemWrite(fd, bytes.baseAddress!, bytes.count)
                if n < 0 && Platform.lastErrorIsInterrupt { continue }
                return n
            }
        })
    }

    /// A JSON writer whose output goes to standard output as it is made, in pieces (`stream`).
    /// Flush it at the end.
    func jsonWriter() -> JSONWriter {
        JSONWriter(streamingTo: { [self] piece in stream(piece) })
    }
}

extension Context {
    /// How wide an echo line may be: the terminal's width, or off a terminal a generous 200
    /// columns (a log or a pipe has no width, but should not get a megabyte either).
    var echoWidth: Int { environment.stdoutIsTerminal ? width : 200 }
}
