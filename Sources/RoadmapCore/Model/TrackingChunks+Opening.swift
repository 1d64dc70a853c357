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
                while p < bytes.count && !isCut(bytes, at: p) { p = lineEnd(bytes, from: p) }
                guard p < bytes.count else { break }
                starts.append(p)
            }
        }
        var result: [Range<Int>] = []
        for (k, start) in starts.enumerated() { result.append(start..<(k + 1 < starts.count ? starts[k + 1] : bytes.count)) }
        return result
    }

    /// One stretch of an opening parsed alone: its chunks, and its parse with line facts for lint.
    package struct OpenedStretch: Sendable {
        let chunks: [Chunk]
        let parsed: ParsedStretch
        let parsedBytes: Int
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
            chunks = kept
            parsed = keptParsed
            parsedBytes = keptBytes
            return Self.assemble(bytes, chunks)
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
}
