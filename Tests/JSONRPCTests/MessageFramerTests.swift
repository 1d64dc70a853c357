import JSONRPC
import LanguageServerTestSupport
import Testing

@Suite struct MessageFramerTests {
    static func frame(_ content: String, header: String? = nil) -> [UInt8] {
        let bytes = Array(content.utf8)
        return Array((header ?? "Content-Length: \(bytes.count)\r\n\r\n").utf8) + bytes
    }

    /// Everything the framer gives for `input` fed in `chunks` sizes, then the end of input.
    static func outputs(_ input: [UInt8], chunks: [Int]? = nil, framer: MessageFramer = MessageFramer()) -> [MessageFramer.Output] {
        var framer = framer
        var result: [MessageFramer.Output] = []
        var i = 0
        var n = 0
        while i < input.count {
            let size = chunks.map { $0[n % $0.count] } ?? input.count
            framer.append(input[i..<min(input.count, i + size)])
            i += size
            n += 1
            while let output = framer.next() { result.append(output) }
        }
        if let error = framer.finish() { result.append(.error(error)) }
        return result
    }

    static func message(_ text: String) -> MessageFramer.Output { .message(Array(text.utf8)) }

    @Test func framesOneMessage() {
        #expect(Self.outputs(Self.frame(#"{"a":"é📅"}"#)) == [Self.message(#"{"a":"é📅"}"#)])
    }

    @Test func framesMessagesSplitAnywhere() {
        let contents = [#"{"jsonrpc":"2.0","method":"a"}"#, "", "x", #"{"t":"\r\n\r\n Content-Length: 3"}"#, "é📅"]
        let input = contents.flatMap { Self.frame($0) }
        let expected = contents.map(Self.message)
        #expect(Self.outputs(input) == expected)
        #expect(Self.outputs(input, chunks: [1]) == expected)
        var random = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let chunks = (0..<8).map { _ in 1 + random.next(40) }
            #expect(Self.outputs(input, chunks: chunks) == expected, "chunks \(chunks)")
        }
    }

    @Test func headerNamesIgnoreCaseAndOtherFieldsAreIgnored() {
        let header = "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:2 \r\nX-Other: 1\r\n\r\n"
        #expect(Self.outputs(Self.frame("{}", header: header), chunks: [1]) == [Self.message("{}")])
        #expect(Self.outputs(Self.frame("{}", header: "Content-Length: 2\r\nContent-Length: 2\r\n\r\n")) == [Self.message("{}")])
    }

    @Test func blankLinesBetweenMessagesAreSkipped() {
        let input = Array("\r\n".utf8) + Self.frame("1") + Array("\r\n\r\n".utf8) + Self.frame("2")
        #expect(Self.outputs(input, chunks: [1]) == [Self.message("1"), Self.message("2")])
    }

    /// After each malformed header the next good message still comes through.
    @Test func headerErrorsAreReportedAndTheStreamCarriesOn() {
        let cases: [(header: String, error: FramingError)] = [
            ("X-Other: 1\r\n\r\n", .missingContentLength),
            ("Content-Length: abc\r\n\r\n", .invalidContentLength(value: "abc")),
            ("Content-Length: -5\r\n\r\n", .invalidContentLength(value: "-5")),
            ("Content-Length: \r\n\r\n", .invalidContentLength(value: "")),
            ("Content-Length: 99999999999999999999999\r\n\r\n", .invalidContentLength(value: "99999999999999999999999")),
            ("Content-Length: 2\r\nContent-Length: 3\r\n\r\n", .invalidContentLength(value: "3")),
            ("Content-Length 2\r\n\r\n", .malformedHeader(line: "Content-Length 2")),
            (": 2\r\n\r\n", .malformedHeader(line: ": 2")),
            ("Content-Length: 2\r\nX: \u{1B}[31m\r\n\r\n", .malformedHeader(line: "X: \\x1B[31m")),
            ("Content-Length: 2\r\nX: é\r\n\r\n", .malformedHeader(line: "X: \\xC3\\xA9")),
        ]
        for (header, error) in cases {
            let input = Self.frame("{}", header: header) + Self.frame("ok")
            #expect(Self.outputs(input) == [.error(error), Self.message("ok")], "\(header)")
            #expect(Self.outputs(input, chunks: [1]) == [.error(error), Self.message("ok")], "\(header) byte by byte")
        }
    }

    /// A bare LF is refused when it arrives: a client writing `\n` line ends is told at once
    /// instead of waiting for a `\r\n\r\n` that never comes.
    @Test func bareLineFeedIsAnErrorAtOnce() {
        var framer = MessageFramer()
        framer.append("Content-Length: 2\n".utf8)
        #expect(framer.next() == .error(.malformedHeader(line: "Content-Length: 2\\x0A")))
        #expect(framer.next() == nil)
        framer.append(Self.frame("ok"))
        #expect(framer.next() == Self.message("ok"))
    }

    /// A 100 MB header is refused once it passes the limit, without keeping more than the limit,
    /// and the message after it still comes through.
    @Test func hugeHeaderIsBounded() {
        var framer = MessageFramer()
        var outputs: [MessageFramer.Output] = []
        framer.append("Content-Length: 2\r\nX-Junk: ".utf8)
        let junk = [UInt8](repeating: 0x61, count: 1 << 20)
        for _ in 0..<100 {
            framer.append(junk)
            while let output = framer.next() { outputs.append(output) }
        }
        framer.append("\r\n\r\n{}".utf8)
        framer.append(Self.frame("ok"))
        while let output = framer.next() { outputs.append(output) }
        #expect(outputs == [.error(.headerTooLong(limit: MessageFramer.defaultHeaderLimit)), Self.message("ok")])
        #expect(framer.finish() == nil)
    }

    /// Content over the limit has a known length: it is skipped exactly, never stored, and the
    /// stream stays in step.
    @Test func contentOverTheLimitIsSkipped() {
        let framer = MessageFramer(contentLimit: 10)
        let big = String(repeating: "Content-Length: 1\r\n\r\n", count: 3)
        let input = Self.frame(big) + Self.frame("ok")
        let expected: [MessageFramer.Output] = [.error(.contentTooLong(length: big.utf8.count, limit: 10)), Self.message("ok")]
        #expect(Self.outputs(input, framer: framer) == expected)
        #expect(Self.outputs(input, chunks: [1], framer: framer) == expected)
        #expect(Self.outputs(input, chunks: [5, 33, 2], framer: framer) == expected)
        #expect(Self.outputs(Self.frame(big), framer: framer) == [expected[0]])
        #expect(Self.outputs(Array(Self.frame(big).dropLast()), framer: framer) == [expected[0], .error(.cutOff(contentLength: big.utf8.count, received: big.utf8.count - 1))])
    }

    @Test func inputEndingInsideAMessageIsReported() {
        #expect(Self.outputs(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8)) == [.error(.cutOff(contentLength: 10, received: 4))])
        #expect(Self.outputs(Array("Content-Length: 10\r\n".utf8)) == [.error(.cutOff(contentLength: nil, received: 20))])
        #expect(Self.outputs(Array("Content-Length: 0\r\n\r".utf8), chunks: [1]) == [.error(.cutOff(contentLength: nil, received: 20))])
        #expect(Self.outputs(Self.frame("1") + Array("\r\n".utf8)) == [Self.message("1")])
        #expect(Self.outputs([]) == [])
    }

    /// Random bytes, and random damage to a good stream: never a crash, always an end, and never
    /// more than the bounds kept.
    @Test func randomInputAlwaysEnds() {
        var random = SeededGenerator(seed: 24)
        let good = (0..<20).flatMap { Self.frame(#"{"n":\#($0)}"#) }
        for round in 0..<300 {
            var input = good
            for _ in 0..<random.next(6) {
                let at = random.next(input.count)
                switch random.next(3) {
                case 0: input[at] = UInt8(truncatingIfNeeded: random.next())
                case 1: input.remove(at: at)
                default: input.insert([0x0A, 0x0D, 0x3A, 0x30, 0x39][random.next(5)], at: at)
                }
            }
            if round % 10 == 0 { input = (0..<random.next(2000)).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
            let outputs = Self.outputs(input, chunks: [1 + random.next(64)], framer: MessageFramer(headerLimit: 256, contentLimit: 1024))
            let messages = outputs.filter { if case .message = $0 { true } else { false } }
            #expect(messages.count <= 20 || round % 10 == 0)
        }
    }
}
