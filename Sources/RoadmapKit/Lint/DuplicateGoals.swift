/// Two goals with the same text in one list: usually pasted twice. The same goal in two lists
/// (`Write the README` under each project, `Security Contexts` on two days) is fine.
///
/// Goals are compared by their plain text without the done date, lowercased
/// (`referenceKey`). That String per goal was a third of linting a large file, so the key is
/// built as bytes: for a goal whose text is ASCII (no done date, no mojibake, lowercasing
/// stays ASCII) straight from the file's bytes into one reused buffer; only other goals go
/// through the String.
enum DuplicateGoals {
    /// A goal's list and its key bytes.
    struct Key: Hashable {
        let list: Int
        let text: [UInt8]

        func hash(into hasher: inout Hasher) {
            hasher.combine(list)
            text.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    static func findings(_ input: LintInput) -> [LintFinding] {
        let roadmap = input.roadmap
        let lists = ListMembership(roadmap.lineFacts)
        var seen: [Key: Int] = [:]
        seen.reserveCapacity(roadmap.goals.count)
        var found: [LintFinding] = []
        var scratch: [UInt8] = []
        for index in roadmap.goals.indices {
            let goal = roadmap.goals[index]
            guard let list = lists.list(ofLine: goal.line - 1) else { continue }
            let text = key(of: index, in: roadmap, scratch: &scratch)
            guard !text.isEmpty else { continue }
            let key = Key(list: list, text: text)
            if let first = seen[key] {
                let reference = LintFinding.LineReference(prefix: "\(input.quoted(goal: index)) is also the goal on line ",
                                                          line: roadmap.goals[first].line)
                found.append(LintFinding(line: goal.line, kind: .duplicateGoal,
                                         message: reference.prefix + String(reference.line), reference: reference))
            } else {
                seen[key] = index
            }
        }
        return found
    }

    /// The UTF-8 of `referenceKey(of:in:)`; `scratch` is a buffer reused from goal to goal.
    static func key(of index: Int, in roadmap: Roadmap, scratch: inout [UInt8]) -> [UInt8] {
        asciiKey(of: index, in: roadmap, raw: &scratch) ?? Array(referenceKey(of: index, in: roadmap).utf8)
    }

    /// What two goals of one list are compared by: the goal's plain text without its done date,
    /// lowercased.
    static func referenceKey(of index: Int, in roadmap: Roadmap) -> String {
        PlainText.of(roadmap.text(of: index, withoutDoneDate: true)).lowercased()
    }

    /// The key of a goal whose text is all ASCII (`Roadmap.asciiText`), then `PlainText`'s
    /// stripping (mojibake needs bytes past ASCII, so there is none to repair) and ASCII
    /// lowercasing (what `lowercased()` does to ASCII); nil for any other goal, and for one with
    /// an `&` (an entity, which `PlainText` shows decoded: `Q&amp;A` and `Q&A` are one goal).
    private static func asciiKey(of index: Int, in roadmap: Roadmap, raw: inout [UInt8]) -> [UInt8]? {
        guard roadmap.asciiText(of: index, into: &raw), !raw.contains(0x26) else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(raw.count)
        PlainText.append(raw, 0..<raw.count, to: &key)
        for i in key.indices where key[i] >= 0x41 && key[i] <= 0x5A { key[i] += 0x20 }
        return key
    }
}
