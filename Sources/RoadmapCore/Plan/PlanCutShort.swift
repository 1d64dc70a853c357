extension Plan {
    /// The heading an option's value meant when the shell cut it short: `--in Core Skills`
    /// without quotes gives `--in` the word `Core` and leaves `Skills` among the words after it.
    /// Returns the longest `value` plus the first of `words` that names a heading, when `value`
    /// is no heading's whole title; nil when `value` is one (it is meant as it is) or nothing
    /// longer names a heading. A front end refuses then, and shows the value quoted.
    public func sectionCutShort(_ value: String, followedBy words: [String]) -> String? {
        guard !words.isEmpty, let needle = SectionNeedle(value) else { return nil }
        for file in files.indices {
            for section in files[file].roadmap.sections.indices.dropFirst() where needle.isExact(path(ofFile: file, section: section)) {
                return nil
            }
        }
        return longest(value, words) { !sections(matching: $0).isEmpty }
    }

    /// The goal an option's value meant when the shell cut it short (`--under Alpha one`): as
    /// `sectionCutShort`, with goals found as a query finds them; a value that is a goal's whole
    /// text is meant as it is.
    public func goalCutShort(_ value: String, followedBy words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        let typed = PlainText.of(value).trimmingSpaces.lowercased()
        for file in files {
            for g in file.roadmap.goals.indices where PlainText.of(file.roadmap.text(of: g, withoutDoneDate: true)).trimmingSpaces.lowercased() == typed {
                return nil
            }
        }
        return longest(value, words) { text in
            guard let found = try? goals(named: text.split(separator: " ").map(String.init), section: nil) else { return false }
            return !found.isEmpty
        }
    }

    /// `value` with the most of `words` (at most eight) that `names` accepts, or nil.
    private func longest(_ value: String, _ words: [String], _ names: (String) -> Bool) -> String? {
        var text = value
        var best: String?
        for word in words.prefix(8) {
            text += " " + word
            if names(text) { best = text }
        }
        return best
    }
}
