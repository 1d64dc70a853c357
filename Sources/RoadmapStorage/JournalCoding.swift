/// The journal's text format: one line per entry, fields separated by tabs, lists by commas:
///
///     time  command  goals  [path  before-hash  after-hash  lines  revert]...
///
/// one group of five fields per file of the change, where the hashes are `ContentHash`es
/// (`xxh64:…`, or 64 hex digits of SHA-256 in 0.1 journals) and `revert` is a list of
/// `start:length:bytes`. Journals of 0.2 and before hold entries of one file, the journal's own:
///
///     time  before-hash  after-hash  command  goals  lines  revert
///
/// which are still read (seven fields; the new lines have 3 + 5n, never seven). An entry whose
/// files are still being written (`isComplete` false) has `~` before its time: a version that does
/// not know the mark finds no number there and skips the line, as it skips any line it cannot
/// decode, so it never undoes a change that may be half written. Completing the entry overwrites
/// the `~` in place with `0`, which reads as the same time (`Journal.complete`). Inside fields,
/// `%`, `,`, tab, line breaks and other control bytes are written `%XX`; everything else (UTF-8
/// included) is kept as it is, so the journal stays readable and any bytes at all survive. Paths
/// and the command's arguments are written as the bytes they stand for (`PathBytes`), so a file
/// named with bytes that are not UTF-8 is journalled under its real name. A line
/// that does not decode is skipped: a damaged journal costs its damaged entries, never the command.
extension JournalEntry {
    static let incompleteMark = ASCII.tilde
    static let completedMark = ASCII.zero

    package var encoded: [UInt8] {
        var fields: [[UInt8]] = [(isComplete ? [] : [JournalEntry.incompleteMark]) + Array(String(time).utf8)]
        fields.append(JournalCoding.list(command.map { JournalCoding.escape(PathBytes.bytes($0)) }))
        fields.append(JournalCoding.list(goals.map { JournalCoding.escape(Array($0.utf8)) }))
        for file in files {
            fields += [JournalCoding.escape(PathBytes.bytes(file.path)), Array(file.beforeHash.utf8), Array(file.afterHash.utf8)]
            fields.append(JournalCoding.list(file.lines.map { Array(String($0).utf8) }))
            fields.append(JournalCoding.list(file.revert.map {
                Array("\($0.range.lowerBound):\($0.range.count):".utf8) + JournalCoding.escape($0.replacement)
            }))
        }
        var line = JournalCoding.join(fields, ASCII.tab)
        line.append(ASCII.lf)
        return line
    }

    /// - Parameter roadmap: the canonical path of the journal's file, which entries of 0.2 and
    ///   before are about.
    package init?(decoding line: ArraySlice<UInt8>, roadmap: String = "") {
        var fields = Array(line.split(separator: ASCII.tab, omittingEmptySubsequences: false))
        let incomplete = fields[0].first == JournalEntry.incompleteMark
        if incomplete {
            // Only the format of several files has the mark: 0.2's lines (seven fields) never do.
            guard fields.count != 7 else { return nil }
            fields[0] = fields[0].dropFirst()
        }
        guard let entry = JournalEntry.decoding(fields, roadmap: roadmap) else { return nil }
        self = entry
        isComplete = !incomplete
    }

    private static func decoding(_ fields: [ArraySlice<UInt8>], roadmap: String) -> JournalEntry? {
        guard let time = JournalCoding.number(fields[0]) else { return nil }
        let texts = { (field: ArraySlice<UInt8>) -> [String]? in
            JournalCoding.items(field).map { $0.map { String(decoding: $0, as: UTF8.self) } }
        }
        // The command line as typed: its arguments are bytes, as paths are.
        let arguments = { (field: ArraySlice<UInt8>) -> [String]? in JournalCoding.items(field).map { $0.map(PathBytes.string) } }
        let hash = { (field: ArraySlice<UInt8>) in String(decoding: field, as: UTF8.self) }
        if fields.count == 7 {
            guard let command = arguments(fields[3]), let goals = texts(fields[4]),
                  let lines = JournalCoding.numbers(fields[5]), let revert = JournalCoding.edits(fields[6]) else { return nil }
            return JournalEntry(time: time, command: command, goals: goals, lines: lines, beforeHash: hash(fields[1]),
                                afterHash: hash(fields[2]), revert: revert, path: roadmap)
        }
        guard fields.count >= 8, (fields.count - 3) % 5 == 0, let command = arguments(fields[1]), let goals = texts(fields[2]) else { return nil }
        var files: [File] = []
        for start in stride(from: 3, to: fields.count, by: 5) {
            guard let path = JournalCoding.unescape(fields[start]), let lines = JournalCoding.numbers(fields[start + 3]),
                  let revert = JournalCoding.edits(fields[start + 4]) else { return nil }
            files.append(File(path: PathBytes.string(path), lines: lines, beforeHash: hash(fields[start + 1]),
                              afterHash: hash(fields[start + 2]), revert: revert))
        }
        return JournalEntry(time: time, command: command, goals: goals, files: files)
    }
}

enum JournalCoding {
    static let comma: UInt8 = 0x2C
    static let percent: UInt8 = 0x25
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func escape(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes {
            if b.isControlByte || b == percent || b == comma {
                out += [percent, hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)]]
            } else {
                out.append(b)
            }
        }
        return out
    }

    static func unescape(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        PercentDecoding.decode(bytes, strict: true)
    }

    /// A list of numbers (`lines`).
    static func numbers(_ field: ArraySlice<UInt8>) -> [Int]? {
        var result: [Int] = []
        for item in field.split(separator: comma) {
            guard let n = number(item) else { return nil }
            result.append(n)
        }
        return result
    }

    /// A list of `start:length:bytes` edits (`revert`).
    static func edits(_ field: ArraySlice<UInt8>) -> [TextEdit]? {
        var result: [TextEdit] = []
        for item in field.split(separator: comma) {
            let parts = item.split(separator: ASCII.colon, maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let start = number(parts[0]), let length = number(parts[1]),
                  let bytes = unescape(parts[2]) else { return nil }
            result.append(TextEdit(range: start..<(start + length), replacement: bytes))
        }
        return result
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18, bytes.allSatisfy(ASCII.isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - ASCII.zero) }
    }

    /// Items joined by commas. An empty field is the empty list, so an empty item is written `%`
    /// (which no escape produces): `[""]` is `%`, `[]` is nothing.
    static func list(_ items: [[UInt8]]) -> [UInt8] { join(items.map { $0.isEmpty ? [percent] : $0 }, comma) }

    /// A list field's items, unescaped.
    static func items(_ field: ArraySlice<UInt8>) -> [[UInt8]]? {
        var result: [[UInt8]] = []
        for item in field.split(separator: comma, omittingEmptySubsequences: false) where !field.isEmpty {
            if item.count == 1 && item.first == percent {
                result.append([])
                continue
            }
            guard let bytes = unescape(item) else { return nil }
            result.append(bytes)
        }
        return result
    }

    static func join(_ parts: [[UInt8]], _ separator: UInt8) -> [UInt8] {
        var out: [UInt8] = []
        for (k, part) in parts.enumerated() {
            if k > 0 { out.append(separator) }
            out += part
        }
        return out
    }
}
