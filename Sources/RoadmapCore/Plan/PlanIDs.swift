/// Goal ids across files. A goal in the root file keeps its plain number (`12`, shown `#12`); a
/// goal in a linked file is `KEY:N`, KEY being the file's path below the root's directory without
/// `.md` (`phase-1-foundation:12`): easy to type, and what `list` shows. Lookup also takes the
/// file name with its extension and any prefix of a key that names one file (`phase-1:12`).
extension Plan {
    /// What an id names: a goal, a number past a file's last goal, an unknown file, or nothing
    /// shaped like an id.
    public enum IDLookup: Equatable, Sendable {
        case goal(GoalRef)
        /// The file exists but has no goal with that number.
        case noSuchGoal(file: Int, number: Int)
        case noSuchFile(String)
        /// Not shaped like an id: read the text as words.
        case notAnID
    }

    /// The id as JSON and queries take it: `12`, or `phase-1-foundation:12`.
    public func id(_ ref: GoalRef) -> String {
        ref.file == 0 ? String(ref.goal + 1) : "\(files[ref.file].key):\(ref.goal + 1)"
    }

    /// The id as lists show it: `#12`, or `phase-1-foundation:12`.
    public func displayID(_ ref: GoalRef) -> String {
        ref.file == 0 ? "#\(ref.goal + 1)" : id(ref)
    }

    /// The goal an id names (`12`, `phase-1:3`), or why none does.
    public func lookUp(id text: String) -> IDLookup {
        if let number = GoalQuery([text]).id { return goal(number, inFile: 0) }
        guard let colon = text.lastIndex(of: ":") else { return .notAnID }
        let name = String(text[..<colon])
        let digits = text[text.index(after: colon)...]
        guard !name.isEmpty, !digits.isEmpty, digits.count < 10, digits.utf8.allSatisfy(ASCII.isDigit),
              let number = Int(digits) else { return .notAnID }
        guard let file = file(named: name) else { return .noSuchFile(name) }
        return goal(number, inFile: file)
    }

    private func goal(_ number: Int, inFile file: Int) -> IDLookup {
        files[file].roadmap.goals.indices.contains(number - 1)
            ? .goal(GoalRef(file: file, goal: number - 1)) : .noSuchGoal(file: file, number: number)
    }

    /// The file a name in an id means: its key, its key with the extension, or a prefix of
    /// exactly one key. The root answers to its own file name too.
    public func file(named name: String) -> Int? {
        let wanted = RelativePath.stem(name).lowercased()
        if let exact = files.indices.first(where: { files[$0].key.lowercased() == wanted }) { return exact }
        let prefixed = files.indices.filter { files[$0].key.lowercased().hasPrefix(wanted) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
