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
///
/// What describes is no goal either (issue 25, item 15): a `Label: value` item (`- **Team Size**:
/// 20-30 engineers`, `- Focus: MLOps`, a label of up to three words) stays, unless its label says
/// by when (`**Today**:`, `**Month 2**:`, a step of the plan); so do the lists under a heading or
/// a bold title that describes (`descriptiveWords`: `**What This Demonstrates**:`, `### Tech
/// Stack`), unless named with `--in`. A section that asks to choose one (`choiceWords`:
/// `### Alternative Paths (Choose One Focus)`) is a choice, not goals (all of them could never be
/// done, so 100% would be out of reach): its lists stay, and a choice line is written at its top,
/// `**Choice:** [ ] A [ ] B`, the options being its bold titles (`**Path 1: …**`), or else the
/// items of its first list; `roadmap select Choice A` makes it. The editor's "Turn this bullet
/// into a goal" reads `items`, so it offers exactly the bullets adopt boxes.
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

    /// Words in a heading that asks for one of its options (`Choose One Focus`), lowercased.
    public static let choiceWords = ["choose one", "choose 1", "pick one", "pick 1", "select one", "choose only one"]
    /// Words in a heading or bold title whose list describes rather than plans (`What This
    /// Demonstrates`), lowercased; a title that starts with `why` describes too.
    public static let descriptiveWords = ["demonstrat", "tech stack", "technologies used", "what you'll learn", "what you will learn",
                                          "skills gained", "key learnings", "benefits", "features", "overview", "description"]

    /// The edits that turn the items into goals (`- item` to `- [ ] item`), one per item.
    public let edits: [TextEdit]
    /// The choice lines written at the top of choose-one sections (`**Choice:** [ ] A [ ] B`).
    public let choiceEdits: [TextEdit]
    /// The sections that got a choice line, in document order.
    public let choiceSections: [Int]
    /// Every edit of the adoption: the items' and the choices'.
    public var allEdits: [TextEdit] { edits + choiceEdits }
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
        var choice = [Bool](repeating: false, count: sections.count)
        var matched = [Bool](repeating: false, count: names.count)
        for index in sections.indices.dropFirst() {
            let title = PlainText.of(scanned.bytes, sections[index].titleRange).lowercased()
            let path = scanned.path(ofSection: index)
            let named = needles.indices.filter { needles[$0]?.names(path) == true }
            for name in named { matched[name] = true }
            let inherited = sections[index].parentIndex.map { goalLike[$0] } ?? false
            goalLike[index] = !named.isEmpty || (!Self.describes(title) && (inherited || Self.titleIsGoalLike(title, scanned.bytes, sections[index].titleRange)))
            choice[index] = goalLike[index] && (Self.choiceWords.contains { title.contains($0) }
                || (sections[index].parentIndex.map { choice[$0] } ?? false))
        }
        let lists = ListMembership(scanned.lineFacts)
        var recordLists = Set<Int>()
        for (index, facts) in scanned.lineFacts.enumerated() where facts.role == .paragraph && facts.startsListItem && facts.goal < 0 {
            if Self.isField(bytes[facts.content]), let list = lists.list(ofLine: index) {
                recordLists.insert(list)
            }
        }
        // Lists a descriptive bold title introduces (`**What This Demonstrates**:` then `- …`).
        var introduced = false
        for (index, facts) in scanned.lineFacts.enumerated() where facts.role != .blank {
            if facts.role == .paragraph && !facts.startsListItem && !facts.continuesParagraph {
                introduced = BoldLabel.title(in: bytes, facts.content).map { Self.describes(PlainText.of(bytes, $0).lowercased()) } ?? false
                continue
            }
            if introduced, facts.startsListItem, let list = lists.list(ofLine: index) { recordLists.insert(list) }
            introduced = false
        }
        var edits: [TextEdit] = []
        var items: [Item] = []
        var section = 0
        for (index, facts) in scanned.lineFacts.enumerated() {
            while section + 1 < sections.count && sections[section + 1].line <= facts.number { section += 1 }
            guard goalLike[section], !choice[section], facts.role == .paragraph, facts.startsListItem, facts.goal < 0, !facts.inQuote,
                  !(lists.list(ofLine: index).map(recordLists.contains) ?? false),
                  !Self.isLabelValue(bytes, facts.contentStart, facts.span.contentEnd),
                  let edit = Self.box(bytes, facts.contentStart, facts.span.contentEnd) else { continue }
            edits.append(edit)
            items.append(Item(line: facts.number, section: section))
        }
        var choiceEdits: [TextEdit] = []
        var choiceSections: [Int] = []
        for index in sections.indices.dropFirst() where choice[index] && !(sections[index].parentIndex.map { choice[$0] } ?? false) {
            guard let edit = Self.choiceLine(scanned, lists, section: index) else { continue }
            choiceEdits.append(edit)
            choiceSections.append(index)
        }
        self.edits = edits
        self.items = items
        self.choiceEdits = choiceEdits
        self.choiceSections = choiceSections
        self.unmatchedNames = names.indices.filter { !matched[$0] }.map { names[$0] }
    }

    /// Whether a heading's or bold title's text (lowercased) says that what follows describes.
    static func describes(_ title: String) -> Bool {
        title.hasPrefix("why") || descriptiveWords.contains { title.contains($0) }
    }

    /// `**Team Size**: 20-30 engineers`, `Focus: MLOps`: a label (bold, or plain of up to three
    /// words) and a value after it, the label not saying by when (`**Today**:`, `Month 2:`).
    static func isLabelValue(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let label: Range<Int>
        let value: Int
        if let bold = BoldLabel.read(at: start, in: bytes, end: end) {
            (label, value) = (bold.text, bold.end)
        } else if let plain = PlainLabel.read(in: bytes, start..<end), bytes[plain.text].count(where: { $0 == ASCII.space }) < 3 {
            (label, value) = (plain.text, plain.value.lowerBound)
        } else {
            return false
        }
        guard value < end, bytes[value..<end].contains(where: { !ASCII.isSpaceOrTab($0) }) else { return false }
        return Timeframe.label(in: bytes, start..<end) == nil && HorizonScanner.best(in: bytes, label) == nil
    }

    /// The choice line at the top of a choose-one section, before its first line that is not
    /// blank; nil when it has option boxes already or fewer than two options.
    static func choiceLine(_ scanned: Roadmap, _ lists: ListMembership, section index: Int) -> TextEdit? {
        let bytes = scanned.bytes
        let sections = scanned.sections
        let first = sections[index].line
        let next = index + 1 < sections.count ? sections[index + 1].line : Int.max
        let lines = scanned.lineFacts.indices.filter { scanned.lineFacts[$0].number > first && scanned.lineFacts[$0].number < next }
        var titles: [String] = [], items: [String] = []
        var firstList: Int?
        for line in lines {
            let facts = scanned.lineFacts[line]
            guard facts.role == .paragraph else { continue }
            // Boxes already there: the section has its choice. A fill-in blank (`**Preferred
            // Path:** ____`) is no choice to select, and stays beside the line written.
            let text = bytes[facts.content]
            if contains(text, Array("[ ]".utf8)) || contains(text, Array("[x]".utf8)) || contains(text, Array("[X]".utf8)) { return nil }
            if !facts.startsListItem && !facts.continuesParagraph, let title = BoldLabel.title(in: bytes, facts.content) {
                titles.append(PlainText.of(bytes, title))
            } else if facts.startsListItem, let list = lists.list(ofLine: line), list == (firstList ?? list) {
                firstList = list
                if facts.containerDepth == scanned.lineFacts[lines.first { lists.list(ofLine: $0) == list } ?? line].containerDepth {
                    items.append(PlainText.of(bytes, facts.content))
                }
            }
        }
        let options = (titles.count >= 2 ? titles : items).map { $0.trimmingSpaces }
        guard options.count >= 2, options.allSatisfy({ !$0.isEmpty && !$0.contains("[") && !$0.contains("]") }),
              let top = lines.first(where: { scanned.lineFacts[$0].role != .blank }) else { return nil }
        let at = scanned.lineFacts[top].span.start
        let heading = scanned.lineFacts.first { $0.number == first }
        let eol = heading.map { bytes[$0.span.contentEnd..<$0.span.end] }.flatMap { $0.isEmpty ? nil : Array($0) } ?? [ASCII.lf]
        let line = Array(("**Choice:** " + options.map { "[ ] " + $0 }.joined(separator: " ")).utf8)
        return TextEdit(range: at..<at, replacement: line + eol + eol)
    }

    /// Whether `adopt`, asked for no names, boxes the list items of section `index` of `roadmap`:
    /// the section or one above it has a goal-like title. A cheap look at the headings alone, for
    /// a front end deciding whether to offer the adoption before working it out (the items it
    /// then boxes are `Adoption(roadmap).items`).
    public static func isGoalLike(_ roadmap: Roadmap, section index: Int) -> Bool {
        var section: Int? = index
        while let s = section, s > 0, s < roadmap.sections.count {
            let range = roadmap.sections[s].titleRange
            let title = PlainText.of(roadmap.bytes, range).lowercased()
            // A heading that describes stops the inheritance, as in `init`'s walk above.
            if describes(title) { return false }
            if titleIsGoalLike(title, roadmap.bytes, range) { return true }
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
