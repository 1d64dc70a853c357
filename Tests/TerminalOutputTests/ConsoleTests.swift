import Testing
import TerminalOutput

/// The console owns no system call: it hands its buffers to the `write` it was given until every
/// byte is taken, and gives up when a write takes none (a closed pipe).
struct ConsoleTests {
    final class Descriptors {
        var written: [Int32: [UInt8]] = [:]
        var calls = 0
    }

    @Test func aShortWriteIsContinuedUntilEveryByteIsWritten() {
        let fds = Descriptors()
        let console = Console(capturing: false, write: { fd, bytes in
            fds.calls += 1
            let n = min(3, bytes.count)
            fds.written[fd, default: []] += bytes.prefix(n)
            return n
        })
        console.print("hello, world")
        console.printError("oops")
        console.flush()
        #expect(fds.written[1] == Array("hello, world\n".utf8))
        #expect(fds.written[2] == Array("oops\n".utf8))
        #expect(fds.calls == 5 + 2)
        #expect(console.output.isEmpty && console.errors.isEmpty)
    }

    @Test func aWriteThatTakesNothingStops() {
        let fds = Descriptors()
        let console = Console(capturing: false, write: { _, _ in fds.calls += 1; return 0 })
        console.print("lost")
        console.flush()
        #expect(fds.calls == 1)
    }

    @Test func aCapturingConsoleWritesNothingAndKeepsItsBuffers() {
        let fds = Descriptors()
        let console = Console(capturing: true, write: { _, _ in fds.calls += 1; return 0 })
        console.print("kept \u{1B}[31m")
        console.flush()
        #expect(fds.calls == 0)
        #expect(console.outputText == "kept \\e[31m\n")
    }
}
