/// One change `roadmap` made to a file, as the journal keeps it: enough to list it (`roadmap log`)
/// and to revert it (`roadmap undo`) without keeping a copy of the file.
public struct JournalEntry: Equatable, Sendable {
    /// Seconds since 1970 (UTC).
    public var time: Int
    /// The command line, arguments as given (`["check", "12", "--no-date"]`).
    public var command: [String]
    /// The goals the change touched, for display (`#12 Learn Docker`).
    public var goals: [String]
    /// The lines the change touched, 1-based, in the file as it was before.
    public var lines: [Int]
    /// `ContentHash` of the whole file before and after the change: undo reverts only the very
    /// bytes this change wrote, and checks that reverting gives back the very bytes it replaced.
    public var beforeHash: String
    public var afterHash: String
    /// Edits that turn the file after back into the file before.
    public var revert: [TextEdit]

    public init(time: Int, command: [String], goals: [String], lines: [Int], beforeHash: String, afterHash: String, revert: [TextEdit]) {
        (self.time, self.command, self.goals, self.lines) = (time, command, goals, lines)
        (self.beforeHash, self.afterHash, self.revert) = (beforeHash, afterHash, revert)
    }

    /// The entry for a change just written, stamped with the current time.
    public init(recording change: FileChange, command: [String], goals: [String]) {
        let lines = JournalEntry.lineNumbers(of: change.edits.map(\.range.lowerBound), in: change.before)
        self.init(time: Int(currentTime()), command: command, goals: goals, lines: lines,
                  beforeHash: ContentHash.of(change.before), afterHash: ContentHash.of(change.after),
                  revert: change.edits.inverted(on: change.before))
    }

    /// Whether `revert` fits `bytes` (in range, in order, not overlapping): a damaged or foreign
    /// entry must never be applied.
    public func revertFits(_ bytes: [UInt8]) -> Bool {
        var end = 0
        for edit in revert.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard edit.range.lowerBound >= end, edit.range.upperBound <= bytes.count else { return false }
            end = edit.range.upperBound
        }
        return true
    }

    /// 1-based line numbers of offsets. Without a CR in the file, a line number is one more than
    /// the LFs before the offset, counted with `memchr` alone (the walk by `LineSplitter`, which
    /// also looks for CRs, was 7% of a `check` on a 100,000-goal file); with CRs, lines are walked.
    static func lineNumbers(of offsets: [Int], in bytes: [UInt8]) -> [Int] {
        guard !LineFeeds.containsCR(bytes) else { return lineNumbersByWalking(of: offsets, in: bytes) }
        var result: [Int] = []
        var line = 1, counted = 0
        bytes.withUnsafeBytes { buffer in
            for offset in Set(offsets).sorted() {
                // An offset at the very end is on the last line, even after a final LF.
                let end = min(offset, max(0, bytes.count - 1))
                if end > counted {
                    line += LineFeeds.count(in: UnsafeRawBufferPointer(rebasing: buffer[counted..<end]))
                    counted = end
                }
                if result.last != line { result.append(line) }
            }
        }
        return result
    }

    /// The same, one line at a time (found with `memchr`): LF, CRLF and a lone CR end lines.
    static func lineNumbersByWalking(of offsets: [Int], in bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var lines = LineSplitter(buffer)
            var line = 1, start = 0
            for offset in Set(offsets).sorted() {
                while true {
                    let span = lines.line(at: start)
                    if offset < span.end || span.end >= buffer.count { break }
                    start = span.end
                    line += 1
                }
                if result.last != line { result.append(line) }
            }
        }
        return result
    }
}
