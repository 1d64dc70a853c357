/// Walks `git log -p` output line by line (LF-terminated, as git splits lines): a diff's
/// headers, and each hunk's lines counted off its `@@ -a,b +c,d @@` header, so a removed line
/// that reads `--- a/x` or `diff --git` is never taken for a header.
struct GitLogReader {
    typealias Line = Slice<UnsafeBufferPointer<UInt8>>
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next line, without its LF.
    mutating func nextLine() -> Range<Int>? {
        guard position < bytes.count, let base = bytes.baseAddress else { return nil }
        let start = position
        let end: Int
        if let found = findByte(0x0A, in: base + start, count: bytes.count - start) {
            end = found - UnsafeRawPointer(base)
            position = end + 1
        } else {
            end = bytes.count
            position = end
        }
        return start..<end
    }

    /// A line after `diff --git`, before or in the file's hunks.
    mutating func header(_ b: Line, into diff: inout GitLog.FileDiff, lines: inout [GitLog.PatchLine]) {
        if GitLog.starts(b, "@@ -") {
            hunk(b, into: &diff, lines: &lines)
        } else if GitLog.starts(b, "--- ") {
            diff.oldPath = GitPath.parse(b.dropFirst(4), prefix: "a/")
        } else if GitLog.starts(b, "+++ ") {
            diff.newPath = GitPath.parse(b.dropFirst(4), prefix: "b/")
        } else if GitLog.starts(b, "rename from ") {
            diff.oldPath = GitPath.parse(b.dropFirst(12), prefix: nil)
        } else if GitLog.starts(b, "rename to ") {
            diff.newPath = GitPath.parse(b.dropFirst(10), prefix: nil)
        } else if GitLog.starts(b, "new file mode") {
            diff.isNew = true
        } else if GitLog.starts(b, "deleted file mode") {
            diff.isDeleted = true
        } else if GitLog.starts(b, "Binary files ") || GitLog.starts(b, "GIT binary patch") {
            diff.isBinary = true
        }
    }

    /// Reads the hunk whose header is `b` and all its lines.
    private mutating func hunk(_ b: Line, into diff: inout GitLog.FileDiff, lines: inout [GitLog.PatchLine]) {
        var i = b.startIndex + 4
        let oldStart = number(b, &i)
        var oldCount = 1
        if i < b.endIndex && b[i] == UInt8(ascii: ",") { i += 1; oldCount = number(b, &i) }
        while i < b.endIndex && b[i] != ASCII.plus { i += 1 }
        i += 1
        _ = number(b, &i)
        var newCount = 1
        if i < b.endIndex && b[i] == UInt8(ascii: ",") { i += 1; newCount = number(b, &i) }

        let first = lines.count
        var oldLeft = oldCount, newLeft = newCount
        while oldLeft > 0 || newLeft > 0 || peek() == ASCII.backslash {
            guard let line = nextLine() else { break }
            // An LF ends the line unless the output ended first.
            let end = Int32(line.upperBound < bytes.count ? line.upperBound + 1 : line.upperBound)
            let kind = line.isEmpty ? ASCII.space : bytes[line.lowerBound]
            switch kind {
            case ASCII.backslash:
                // `\ No newline at end of file`: the line before has no ending.
                if lines.count > first, lines[lines.count - 1].end > lines[lines.count - 1].start,
                   bytes[Int(lines[lines.count - 1].end) - 1] == 0x0A {
                    lines[lines.count - 1].end -= 1
                }
                continue
            case ASCII.space: oldLeft -= 1; newLeft -= 1
            case ASCII.minus: oldLeft -= 1
            case ASCII.plus: newLeft -= 1
            default:
                // Not a hunk line: the hunk was shorter than its header said. Stop here.
                position = line.lowerBound
                oldLeft = 0; newLeft = 0
                continue
            }
            let start = Int32(line.isEmpty ? line.lowerBound : line.lowerBound + 1)
            lines.append(GitLog.PatchLine(kind: kind, start: start, end: end))
        }
        diff.hunks.append(GitLog.Hunk(oldStart: oldStart, oldCount: oldCount, lines: first..<lines.count))
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func number(_ b: Line, _ i: inout Int) -> Int {
        var value = 0
        while i < b.endIndex, ASCII.isDigit(b[i]), value < 1 << 40 {
            value = value * 10 + Int(b[i] - ASCII.zero)
            i += 1
        }
        return value
    }
}

/// A path as git prints it in a diff's headers: `a/docs/x.md`, `/dev/null`, or C-quoted
/// (`"a/caf\303\251.md"`) when it holds unusual bytes; a tab after it when it holds a space.
enum GitPath {
    static func parse(_ text: GitLogReader.Line, prefix: StaticString?) -> String? {
        var bytes = Array(text)
        if bytes.last == ASCII.tab { bytes.removeLast() }
        if bytes.first == UInt8(ascii: "\"") { bytes = unquote(bytes) }
        if bytes == Array("/dev/null".utf8) { return nil }
        if let prefix {
            let p = prefix.withUTF8Buffer { Array($0) }
            if bytes.starts(with: p) { bytes.removeFirst(p.count) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of a C-quoted string: `\\`, `\"`, `\t`, `\n` and octal `\303`.
    static func unquote(_ quoted: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 1
        let end = quoted.last == UInt8(ascii: "\"") && quoted.count > 1 ? quoted.count - 1 : quoted.count
        while i < end {
            let c = quoted[i]
            guard c == ASCII.backslash, i + 1 < end else { out.append(c); i += 1; continue }
            let next = quoted[i + 1]
            if (ASCII.zero...ASCII.zero + 7).contains(next) {
                var value = 0, k = i + 1
                while k < end && k < i + 4 && (ASCII.zero...ASCII.zero + 7).contains(quoted[k]) {
                    value = value * 8 + Int(quoted[k] - ASCII.zero)
                    k += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
                i = k
                continue
            }
            switch next {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            default: out.append(next)
            }
            i += 2
        }
        return out
    }
}
