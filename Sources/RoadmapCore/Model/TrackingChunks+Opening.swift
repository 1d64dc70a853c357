/// Opening a document in stretches that may be parsed at the same time (the threads are the
/// caller's: RoadmapKit's `TrackingChunks.trackingOnAllCores`; the core stays free of them).
///
/// How: the text is cut into stretches at lines that open as a column-0 ATX heading
/// (`isCut`), about equally long. Each stretch is parsed alone with the first line of the next
/// one (`opening`), as the keystroke path parses the text between two kept chunks: only if that
/// line is a heading in the stretch's parse does the next stretch start at a heading of the
/// whole document (nothing the stretch left open swallows it). A stretch whose end is no heading
/// there (a fence or an HTML block runs over it) gives nothing; `opened` then keeps the chunks of
/// every stretch that did hold and parses the rest as the keystroke path parses the text between
/// kept chunks, checking every kept chunk's first line again. So the chunks, the model and the
/// stretches handed to lint are those of `tracking(_:parsed:)` on the whole text.
extension TrackingChunks {
    /// Whether no chunk is kept: the next `tracking` parses the whole document (an opening).
    package var isOpening: Bool { chunks.isEmpty }

    /// Where opening cuts `bytes`: at most `most` stretches of `minimumBytes` or more, each
    /// starting at the first line at or after an equal share of the text that opens as a
    /// column-0 ATX heading (the first at the document's start). Whether each start is a heading
    /// of the document is for `opening` to find.
    package static func openingStretches(_ bytes: [UInt8], most: Int, minimumBytes: Int) -> [Range<Int>] {
        let count = max(1, min(most, bytes.count / max(1, minimumBytes)))
        var starts = [0]
        // A `#` line inside a fence is the likeliest cut to fail (code comments): passed over.
        var fences = FenceGuess()
        if count > 1 {
            for k in 1..<count {
                // The first line start at or after the share's end, then the first cut from there.
                // A share that ends before the last cut found is passed over (not scanned again).
                var p = bytes.count / count * k + bytes.count % count * k / count
                guard p > starts[starts.count - 1] else { continue }
                guard p < bytes.count else { break }
                var lineStart = p
                while lineStart > 0 && bytes[lineStart - 1] != ASCII.lf && bytes[lineStart - 1] != ASCII.cr { lineStart -= 1 }
                // Between a CR and its LF is no line start.
                if lineStart > 0 && bytes[lineStart - 1] == ASCII.cr && lineStart < bytes.count && bytes[lineStart] == ASCII.lf { lineStart += 1 }
                p = lineStart < p || lineStart <= starts[starts.count - 1] ? lineEnd(bytes, from: lineStart) : lineStart
                fences.advance(to: p, in: bytes)
                while p < bytes.count && (!isCut(bytes, at: p) || fences.isOpen) {
                    p = lineEnd(bytes, from: p)
                    fences.advance(to: p, in: bytes)
                }
                guard p < bytes.count else { break }
                starts.append(p)
            }
        }
        var result: [Range<Int>] = []
        for (k, start) in starts.enumerated() { result.append(start..<(k + 1 < starts.count ? starts[k + 1] : bytes.count)) }
        return result
    }

    /// Whether a line is inside a fenced code block, guessed from the lines before it alone
    /// (a line of three or more backticks or tildes, indented less than four spaces, opens one;
    /// one of the same character, as long or longer, closes it), for choosing where to cut: the
    /// parse of each stretch still checks every cut (a fence in a list item or an HTML block
    /// can make the guess wrong, which then costs time, not correctness).
    struct FenceGuess {
        /// The next line start not read yet.
        var at = 0
        /// The open fence's character, or 0, and how long its opening run was.
        var fence: UInt8 = 0
        var length = 0
        var isOpen: Bool { fence != 0 }

        /// Reads the lines that start before `target` (a line start at or after `at`).
        mutating func advance(to target: Int, in bytes: [UInt8]) {
            while at < target && at < bytes.count {
                var i = at
                while i < bytes.count && i - at < 3 && bytes[i] == ASCII.space { i += 1 }
                if i < bytes.count && (bytes[i] == ASCII.backtick || bytes[i] == ASCII.tilde) {
                    let mark = bytes[i]
                    var n = 0
                    while i < bytes.count && bytes[i] == mark { i += 1; n += 1 }
                    if n >= 3 {
                        if fence == 0 {
                            (fence, length) = (mark, n)
                        } else if mark == fence && n >= length {
                            fence = 0
                        }
                    }
                }
                at = TrackingChunks.lineEnd(bytes, from: at)
            }
        }
    }

    /// One stretch of an opening parsed alone: its chunks, and its parse with line facts for lint.
    package struct OpenedStretch: Sendable {
        let chunks: [Chunk]
        /// The stretch's parse, with line facts, for lint.
        package let parsed: ParsedStretch
        let parsedBytes: Int
        /// Whether a chunk of it holds a goal (a document without one is not linted).
        package var hasGoals: Bool { chunks.contains { !$0.part.goals.isEmpty } }
    }

    /// The stretch `range` of `bytes` parsed alone with the line after it (`openingStretches`; any
    /// thread): nil when that line is no heading in the stretch's parse.
    package static func opening(_ bytes: [UInt8], _ range: Range<Int>) -> OpenedStretch? {
        var parsedBytes = 0
        let probeEnd = range.upperBound < bytes.count ? lineEnd(bytes, from: range.upperBound) : bytes.count
        guard let (found, probe) = pieces(bytes, from: range.lowerBound, to: range.upperBound, probeEnd: probeEnd, parsed: &parsedBytes) else {
            return nil
        }
        return OpenedStretch(chunks: found, parsed: ParsedStretch(start: range.lowerBound, end: range.upperBound, tracking: probe),
                             parsedBytes: parsedBytes)
    }

    /// The model of `bytes` opened from its stretches (`opening` of each of `openingStretches`, in
    /// document order): equal to `tracking(_:parsed:)` of the whole text with no chunk kept, and
    /// the same chunks kept for the keystrokes after. `parsed` gets every stretch parsed.
    package mutating func opened(_ bytes: [UInt8], _ stretches: [OpenedStretch?], parsed: inout [ParsedStretch]) -> Tracking {
        var kept: [Chunk] = []
        var keptParsed: [ParsedStretch] = []
        var keptBytes = 0
        var sound = true  // every stretch so far held, so this one starts at a heading of the document
        for stretch in stretches {
            guard let stretch else { sound = false; continue }
            kept += stretch.chunks
            keptParsed.append(stretch.parsed)
            keptBytes += stretch.parsedBytes
        }
        if sound {
            keep(stretches.map { $0! }, parsed: &parsed)
            return assemble(bytes)
        }
        // A stretch ran over its end: keep what the others found as chunks kept from before and
        // let the keystroke path parse the rest (it checks each kept chunk after a gap again).
        // A stretch that did not start at a heading of the document gives no stretch to lint:
        // lint takes a stretch only from a chunk that starts where it starts, and no chunk does.
        chunks = kept
        var gaps: [ParsedStretch] = []
        let tracking = tracking(bytes, parsed: &gaps)
        parsed = (keptParsed + gaps).sorted { $0.start < $1.start }
        parsedBytes += keptBytes
        return tracking
    }

    /// The model of `bytes` from its stretches when every one held (any thread), and the chunks
    /// that made it: what `opened` returns and keeps then.
    package static func assembled(_ bytes: [UInt8], _ stretches: [OpenedStretch]) -> (Tracking, TrackingChunks) {
        var fresh = TrackingChunks()
        var parsed: [ParsedStretch] = []
        fresh.keep(stretches, parsed: &parsed)
        let model = fresh.assemble(bytes)
        return (model, fresh)
    }

    /// Keeps the chunks of stretches that every one held, as `opened` does then; `parsed` gets
    /// their parses.
    package mutating func keep(_ stretches: [OpenedStretch], parsed: inout [ParsedStretch]) {
        chunks = []
        last = nil
        parsed = []
        parsedBytes = 0
        for stretch in stretches {
            chunks += stretch.chunks
            parsed.append(stretch.parsed)
            parsedBytes += stretch.parsedBytes
        }
    }
}
