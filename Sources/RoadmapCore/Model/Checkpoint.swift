/// A checkpoint section: `### 3-Month Checkpoint`, `## Checkpoint: AI Tools Integration`,
/// `### 6-Month Review`, `#### Q1 Review: ...`. It has a `**Date:**` field (filled when the
/// checkpoint is held), a `**Completed:**` checklist and an `**Adjustments Needed:**` text.
public struct Checkpoint: Equatable, Sendable {
    /// The index of the checkpoint's heading among the roadmap's sections.
    public let sectionIndex: Int
    /// The heading's line.
    public let line: Int
    /// The heading's text bytes.
    public let titleRange: Range<Int>
    /// The period in the title (`3-Month` is month 3); nil for `Checkpoint: Topic`.
    package let horizon: Horizon?
    /// Its `**Date:**` field, an index into `Tracking.fields`.
    public let dateField: Int?
    /// The goals of its Completed checklist (all goals in the section when there is no such label).
    public let goals: Range<Int>
    /// Its `**Adjustments Needed:**` label, an index into `Tracking.titles`.
    public let adjustmentsTitle: Int?

    /// Whether a heading's text names a checkpoint: it starts with the word `Checkpoint` followed
    /// by nothing, a colon, a dash or a number (`Checkpoint: AI Tools`, `Checkpoint 3`), or a
    /// period comes right before it (`3-Month Checkpoint`); or a period and a review word sit side
    /// by side: `6-Month Review`, `Q1 Review: ...`, `Week 4 Assessment`, `Evaluation (Year 3)`.
    /// `Key Milestones & Checkpoints`, `Checkpoint Manager` and `Week 3: Practice and Assessment`
    /// are not checkpoints.
    static func isCheckpoint(_ title: String) -> Bool {
        let bytes = ASCII.lowercasedBytes(title)
        // Every test below needs "checkpoint" or a review word in the title: most headings have
        // neither, and the word and period scans cost about 8,000 instructions a heading.
        guard mentionsKeyword(bytes) else { return false }
        let words = Checkpoint.words(bytes)
        let matches = HorizonScanner.matches(in: bytes, 0..<bytes.count)
        if let first = words.first, Array(bytes[first]) == checkpointWord {
            let after = first.upperBound
            if after == bytes.count { return true }
            var i = after
            while i < bytes.count && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
            if i == bytes.count || bytes[i] == ASCII.colon || bytes[i] == ASCII.minus || ASCII.isDigit(bytes[i]) || bytes[i] >= 0x80 { return true }
        }
        for match in matches {
            // The word right after the period, spaces skipped.
            if let next = words.first(where: { $0.lowerBound >= match.range.upperBound }),
               bytes[Range(offsets: match.range.upperBound, next.lowerBound)].allSatisfy(ASCII.isSpaceOrTab),
               reviewWords.contains(Array(bytes[next])) || Array(bytes[next]) == checkpointWord {
                return true
            }
            // `Evaluation (Year 3)`: the word right before the parenthesis.
            if match.isParenthesized, let open = bytes[..<match.range.lowerBound].lastIndex(of: ASCII.leftParen),
               bytes[Range(offsets: open + 1, match.range.lowerBound)].allSatisfy(ASCII.isSpaceOrTab),
               let previous = words.last(where: { $0.upperBound <= open }),
               bytes[Range(offsets: previous.upperBound, open)].allSatisfy(ASCII.isSpaceOrTab),
               reviewWords.contains(Array(bytes[previous])) {
                return true
            }
        }
        return false
    }

    /// Whether the heading text in `range` cannot name a checkpoint, decided on its bytes without
    /// making its plain text: ASCII with none of the bytes `PlainText` takes out (`` * ` ~ [ ] _ ``)
    /// is its own plain text, and without a keyword it is no checkpoint. False when it cannot
    /// tell (then `isCheckpoint` decides). Headings are read once each: on L's 10,500 headings the
    /// plain texts and their lowercased copies cost 50M instructions (issue 28).
    static func cannotBe(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { text in
            guard range.lowerBound >= 0, range.upperBound <= text.count else { return false }
            for i in range {
                switch text[i] {
                case 0x80...0xFF, ASCII.star, ASCII.backtick, ASCII.tilde, ASCII.leftBracket, ASCII.rightBracket, ASCII.underscore:
                    return false
                default: continue
                }
            }
            return !mentionsKeyword(UnsafeBufferPointer(rebasing: text[range]), lowercasing: true)
        }
    }

    private static let checkpointWord = Array("checkpoint".utf8)
    private static let reviewWords: [[UInt8]] = ["review", "assessment", "evaluation", "check-in", "milestone", "retrospective"].map { Array($0.utf8) }
    private static let keywords = [checkpointWord] + reviewWords

    /// Whether `checkpointWord` or a review word occurs anywhere in `bytes` (lowercased).
    private static func mentionsKeyword(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { mentionsKeyword($0, lowercasing: false) }
    }

    /// As above, over a buffer, ASCII upper case read as lower case when `lowercasing`.
    private static func mentionsKeyword(_ text: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Bool {
        @inline(__always) func at(_ i: Int) -> UInt8 {
            let b = text[i]
            return lowercasing && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        }
        for start in text.indices {
            let b = at(start)
            // Keywords start with a, c, e, m or r: most positions are ruled out by one compare.
            guard b == 0x61 || b == 0x63 || b == 0x65 || b == 0x6D || b == 0x72 else { continue }
            for word in keywords where word[0] == b && start + word.count <= text.count {
                var k = 1
                while k < word.count && at(start + k) == word[k] { k += 1 }
                if k == word.count { return true }
            }
        }
        return false
    }

    /// Runs of letters and hyphens (`check-in`), skipping emoji and numbering before them.
    private static func words(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            guard ASCII.isLetter(bytes[i]) else { i += 1; continue }
            var j = i
            while j < bytes.count && (ASCII.isLetter(bytes[j]) || (bytes[j] == ASCII.minus && j + 1 < bytes.count && ASCII.isLetter(bytes[j + 1]))) { j += 1 }
            found.append(Range(offsets: i, j))
            i = j
        }
        return found
    }
}

extension Tracking {
    /// Finds the checkpoint sections and what they hold.
    /// - Parameter candidates: the sections whose headings are known to name a checkpoint
    ///   (`TrackingChunks` keeps them per chunk); nil to read every heading.
    static func checkpoints(_ roadmap: Roadmap, _ fields: [Field], _ titles: [BoldTitle], _ horizons: [Horizon?],
                            candidates: [Int]? = nil) -> [Checkpoint] {
        let sections = roadmap.sections
        var result: [Checkpoint] = []
        for index in candidates ?? Array(sections.indices.dropFirst()) {
            let section = sections[index]
            if candidates == nil {
                guard !Checkpoint.cannotBe(roadmap.bytes, section.titleRange) else { continue }
                let heading = PlainText.of(roadmap.bytes, section.titleRange)
                guard Checkpoint.isCheckpoint(heading) else { continue }
            }
            var end = index + 1
            while end < sections.count && sections[end].level > section.level { end += 1 }
            let endLine = end < sections.count ? sections[end].line : Int.max
            // Fields and titles come in document order, so their sections never go down: the
            // checkpoint's own are one contiguous run, found by binary search.
            let fieldsWithin = sortedRun(of: fields.lazy.map(\.sectionIndex), from: index, to: end)
            let dateField = fieldsWithin.first {
                PlainText.of(roadmap.bytes, fields[$0].labelRange).lowercased() == "date"
            }
            let inside = sortedRun(of: titles.lazy.map(\.sectionIndex), from: index, to: end)
            func titled(_ prefix: String) -> Int? {
                inside.first { PlainText.of(roadmap.bytes, titles[$0].textRange).lowercased().hasPrefix(prefix) }
            }
            var goals = roadmap.goals(onLines: Range(offsets: section.line + 1, endLine))
            if let completed = titled("completed") {
                goals = roadmap.goals(onLines: Range(offsets: titles[completed].line + 1, titles[completed].lastLine + 1))
            }
            result.append(Checkpoint(sectionIndex: index, line: section.line, titleRange: section.titleRange,
                                     horizon: horizons[index], dateField: dateField, goals: goals,
                                     adjustmentsTitle: titled("adjustment")))
        }
        return result
    }
}

extension Roadmap {
    /// Indices of the goals whose first line is in `lines` (goals are in line order).
    func goals(onLines lines: Range<Int>) -> Range<Int> {
        sortedRun(of: goals.lazy.map(\.line), from: lines.lowerBound, to: lines.upperBound)
    }
}
