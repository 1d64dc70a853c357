/// Turning a plan written as plain bullets into goals, in place (`roadmap adopt`).
///
/// Under goal-like headings (a title containing one of `keywords`, or one of the names asked
/// for, and everything below such a heading), each list item that is not a task yet gets a box:
/// `- x` becomes `- [ ] x`, `1. x` becomes `1. [ ] x`, and `- ✅ x` (a target written as a tick
/// mark) becomes the open goal `- [ ] x`. Every change is an insertion of `[ ] ` at the item's
/// text, or the replacement of a leading `✅ ` by it, so markers like `(Month 3)` and every other
/// byte stay as they are. The block scanner decides what is a list item: code, HTML, quotes,
/// tables and paragraphs are never touched. Items holding fill-in blanks (`___`) or option boxes
/// (`Status: [ ] A [ ] B`) are fields, not goals, and so is every item of a list that holds such a
/// field (`- Description: …` beside `- Repository: ____` describes a project; it is no goal).
public struct Adoption: Sendable {
    /// A list item that becomes a goal: its line and the section it is in.
    public struct Item: Sendable {
        /// The item's 1-based line.
        public let line: Int
        /// The index of the section the item is in.
        public let section: Int
    }

    /// Heading words that mark a section as a list of goals.
    public static let keywords = ["target", "goal", "milestone", "phase", "checkpoint", "next step"]

    /// The edits that turn the items into goals (`- item` to `- [ ] item`).
    public let edits: [TextEdit]
    /// The list items that become goals, in document order.
    public let items: [Item]
    /// Names asked for that no heading contains.
    public let unmatchedNames: [String]

    /// - Parameter names: more headings to adopt, each read as `--in` is (`SectionNeedle.names`:
    ///   a heading whose own title contains it, or a path `A > B` ending at the heading).
    public init(_ roadmap: Roadmap, names: [String] = []) {
        let bytes = roadmap.bytes
        let scanned = Roadmap(parsing: bytes, keepingLineFacts: true)
        let sections = scanned.sections
        let needles = names.map(SectionNeedle.init)
        var goalLike = [Bool](repeating: false, count: sections.count)
        var matched = [Bool](repeating: false, count: names.count)
        for index in sections.indices.dropFirst() {
            let title = PlainText.of(scanned.bytes, sections[index].titleRange).lowercased()
            let path = scanned.path(ofSection: index)
            let named = needles.indices.filter { needles[$0]?.names(path) == true }
            for name in named { matched[name] = true }
            let inherited = sections[index].parentIndex.map { goalLike[$0] } ?? false
            goalLike[index] = inherited || !named.isEmpty || Self.titleIsGoalLike(title, scanned.bytes, sections[index].titleRange)
        }
        let lists = ListMembership(scanned.lineFacts)
        var recordLists = Set<Int>()
        for (index, facts) in scanned.lineFacts.enumerated() where facts.role == .paragraph && facts.startsListItem && facts.goal < 0 {
            if Self.isField(bytes[facts.content]), let list = lists.list(ofLine: index) {
                recordLists.insert(list)
            }
        }
        var edits: [TextEdit] = []
        var items: [Item] = []
        var section = 0
        for (index, facts) in scanned.lineFacts.enumerated() {
            while section + 1 < sections.count && sections[section + 1].line <= facts.number { section += 1 }
            guard goalLike[section], facts.role == .paragraph, facts.startsListItem, facts.goal < 0, !facts.inQuote,
                  !(lists.list(ofLine: index).map(recordLists.contains) ?? false),
                  let edit = Self.box(bytes, facts.contentStart, facts.span.contentEnd) else { continue }
            edits.append(edit)
            items.append(Item(line: facts.number, section: section))
        }
        self.edits = edits
        self.items = items
        self.unmatchedNames = names.indices.filter { !matched[$0] }.map { names[$0] }
    }

    /// Whether `adopt`, asked for no names, boxes the list items of section `index` of `roadmap`:
    /// the section or one above it has a goal-like title. A cheap look at the headings alone, for
    /// a front end deciding whether to offer the adoption before working it out (the items it
    /// then boxes are `Adoption(roadmap).items`).
    public static func isGoalLike(_ roadmap: Roadmap, section index: Int) -> Bool {
        var section: Int? = index
        while let s = section, s > 0, s < roadmap.sections.count {
            let range = roadmap.sections[s].titleRange
            if titleIsGoalLike(PlainText.of(roadmap.bytes, range).lowercased(), roadmap.bytes, range) { return true }
            section = roadmap.sections[s].parentIndex
        }
        return false
    }

    /// Whether a heading (its plain title lowercased, and where it is) names goals: a keyword, or
    /// a period of the plan.
    static func titleIsGoalLike(_ title: String, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        keywords.contains { title.contains($0) } || isTimeline(bytes, range)
    }

    /// A heading that names a period of the plan (`### Month 5: First Lead Role`,
    /// `#### Foundations (Year 1)`): what is listed under it is to be done by then.
    static func isTimeline(_ bytes: [UInt8], _ title: Range<Int>) -> Bool {
        HorizonScanner.best(in: bytes, title)?.isOrdinal == true
    }

    private static let tick: [UInt8] = [0xE2, 0x9C, 0x85]
    private static let emojiVariant: [UInt8] = [0xEF, 0xB8, 0x8F]
    private static let box: [UInt8] = Array("[ ] ".utf8)

    /// The edit that makes the item text in `start..<end` a goal, or nil when it should stay.
    static func box(_ bytes: [UInt8], _ start: Int, _ end: Int) -> TextEdit? {
        guard start < end else { return nil }
        let text = bytes[start..<end]
        if bytes[start] == ASCII.leftBracket && start + 2 < end && bytes[start + 2] == ASCII.rightBracket { return nil }
        if isField(text) { return nil }
        guard text.starts(with: tick) else { return TextEdit(range: start..<start, replacement: box) }
        var after = start + tick.count
        if bytes[after..<end].starts(with: emojiVariant) { after += emojiVariant.count }
        while after < end && ASCII.isSpaceOrTab(bytes[after]) { after += 1 }
        return after < end ? TextEdit(range: start..<after, replacement: box) : nil
    }

    /// A fill-in blank or an inline option group.
    static func isField(_ text: ArraySlice<UInt8>) -> Bool {
        contains(text, Array("___".utf8)) || contains(text, Array("[ ]".utf8))
            || contains(text, Array("[x]".utf8)) || contains(text, Array("[X]".utf8))
    }

    private static func contains(_ text: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard text.count >= needle.count else { return false }
        var i = text.startIndex
        while i + needle.count <= text.endIndex {
            if text[i] == needle[0] && text[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
