/// One version of a file in its history: its bytes and where each line starts (lines end with LF,
/// as git counts them). The next version is this one with a commit's patch applied; the first
/// is the empty file, so a history rebuilds from the patches alone (no `git show` per commit).
struct FileVersion: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Offset of each line's first byte; the last line may lack its LF.
    private(set) var lineStarts: [Int] = []

    init() {}

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var i = 0
        while i < bytes.count {
            lineStarts.append(i)
            while i < bytes.count && bytes[i] != ASCII.lf { i += 1 }
            i += 1
        }
    }

    var lineCount: Int { lineStarts.count }

    /// Line `k` (0-based), its LF included.
    func line(_ k: Int) -> Range<Int> {
        lineStarts[k]..<(k + 1 < lineStarts.count ? lineStarts[k + 1] : bytes.count)
    }

    /// What applying one file's patch gives: the new version, and for each of its lines the line
    /// of this version it is (nil for added lines).
    struct Applied {
        let version: FileVersion
        let oldLine: [Int?]
    }

    /// The version after `diff`. Lines outside the hunks are copied; inside them, context and
    /// added lines come from the patch itself. A hunk that points past the end (a history this
    /// version does not match) is clamped rather than trusted.
    func applying(_ diff: GitLog.FileDiff, of log: GitLog) -> Applied {
        if diff.isDeleted && diff.hunks.isEmpty { return Applied(version: FileVersion(), oldLine: []) }
        var out = FileVersion()
        out.bytes.reserveCapacity(bytes.count + 256)
        out.lineStarts.reserveCapacity(lineStarts.count + 8)
        var oldLine: [Int?] = []
        oldLine.reserveCapacity(lineStarts.count + 8)
        var next = 0
        func copy(upTo end: Int) {
            let end = min(end, lineCount)
            guard next < end else { return }
            for k in next..<end {
                out.lineStarts.append(out.bytes.count + lineStarts[k] - lineStarts[next])
                oldLine.append(k)
            }
            out.bytes.append(contentsOf: bytes[lineStarts[next]..<line(end - 1).upperBound])
            next = end
        }
        for hunk in diff.hunks {
            // `-a,0` inserts after line a; otherwise the hunk starts at line a.
            copy(upTo: hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart - 1)
            for index in hunk.lines {
                let patchLine = log.lines[index]
                switch patchLine.kind {
                case ASCII.minus:
                    next += 1
                default:
                    out.lineStarts.append(out.bytes.count)
                    out.bytes.append(contentsOf: log.bytes(of: patchLine))
                    oldLine.append(patchLine.kind == ASCII.space && next < lineCount ? next : nil)
                    if patchLine.kind == ASCII.space { next += 1 }
                }
            }
        }
        copy(upTo: lineCount)
        return Applied(version: out, oldLine: oldLine)
    }
}
