/// A goal's `📅` due date that is no date (`📅 2026-13-40`): `next` and `status` cannot use it.
/// Only a `📅` followed by a digit is taken for a date; `📅 soon` is decoration.
enum DueDates {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let roadmap = input.roadmap
        let bytes = roadmap.bytes
        var found: [LintFinding] = []
        for goal in roadmap.goals {
            let range = goal.textRange
            var i = range.lowerBound
            while i + 4 < range.upperBound {
                defer { i += 1 }
                guard bytes[i] == 0xF0, Array(bytes[i..<(i + 4)]) == DueDate.mark else { continue }
                var j = i + 4
                while j < range.upperBound && ASCII.isSpaceOrTab(bytes[j]) { j += 1 }
                guard j < range.upperBound, ASCII.isDigit(bytes[j]) else { continue }
                var end = j
                while end < range.upperBound && (ASCII.isDigit(bytes[end]) || bytes[end] == ASCII.minus || bytes[end] == ASCII.slash || bytes[end] == ASCII.dot) { end += 1 }
                let written = bytes[j..<end]
                guard written.count != 10 || CivilDate(isoBytes: written) == nil else { continue }
                found.append(LintFinding(line: goal.line, kind: .badDueDate,
                                         message: "'📅 \(String(decoding: written, as: UTF8.self))' is not a due date; write it as YYYY-MM-DD"))
            }
        }
        return found
    }
}
