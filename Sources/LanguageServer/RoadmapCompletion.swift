import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// Completion at the cursor, from what the plan already holds:
/// - after `📅 ` or `✅ ` (and any part of a date typed): today, then the due dates of the
///   sections the line is in, innermost first (a checkpoint's date, a horizon's end);
/// - after a box in a choice (`**Status:** [ ] …`): the option names of the choices with the
///   same label in the plan (every choice's when none has it), those on the line left out;
/// - after `**` at the start of a line or list item: the field and choice labels the plan uses,
///   inserted as `**Label:** `.
/// Nothing else is guessed: elsewhere the list is empty.
public enum RoadmapCompletion: Capability {
    /// Registers the handlers and what `initialize` advertises.
    public static func register(in handlers: inout Handlers) {
        handlers.advertise { capabilities, _ in capabilities.completionTriggerCharacters = [" ", "*"] }
        handlers.onRequest("textDocument/completion", CompletionParams.self) { state, params in
            let document = try state.documentPlan(of: params.textDocument.uri)
            guard document.analysis.isRoadmap else { return CompletionList(items: []).json }
            return CompletionList(items: items(document, at: params.position)).json
        }
    }

    /// The items offered at `position` (clamped to the document), ranked by `sortText`.
    public static func items(_ document: DocumentPlan, at position: Position) -> [CompletionItem] {
        let analysis = document.analysis
        let mapper = analysis.mapper
        let offset = mapper.offset(of: position)
        let line = mapper.line(containing: offset)
        let prefix = Array(analysis.bytes[mapper.lineStarts[line]..<offset])
        if let typed = CompletionPoint.date(prefix) {
            return dates(document, line: line + 1).enumerated().map { k, date in
                item(date.label, .value, date.detail, k, nil, replacing: offset - typed..<offset, in: analysis)
            }
        }
        if let (label, typed) = CompletionPoint.option(prefix) {
            return options(document, label: label, line: line + 1).enumerated().map { k, option in
                item(option, .enumMember, label, k, nil, replacing: offset - typed..<offset, in: analysis)
            }
        }
        if let typed = CompletionPoint.label(prefix) {
            return labels(document).enumerated().map { k, label in
                item(label.text, .keyword, label.kind, k, "**" + label.text, insert: "**\(label.text):** ",
                     replacing: offset - typed..<offset, in: analysis)
            }
        }
        return []
    }

    static func item(_ label: String, _ kind: CompletionItemKind, _ detail: String, _ rank: Int, _ filter: String?,
                     insert: String? = nil, replacing range: Range<Int>, in analysis: DocumentAnalysis) -> CompletionItem {
        let rank = String(rank)
        return CompletionItem(label: label, kind: kind, detail: detail, sortText: String(repeating: "0", count: max(0, 4 - rank.count)) + rank,
                              filterText: filter, textEdit: TextEdit(range: analysis.range(of: range), newText: insert ?? label))
    }

    /// Today, then each enclosing section's due date, innermost first, each date once.
    static func dates(_ document: DocumentPlan, line: Int) -> [(label: String, detail: String)] {
        let roadmap = document.analysis.roadmap
        var found = [(label: "\(document.analysis.today)", detail: "today")]
        var section: Int? = roadmap.sections.lastIndex { $0.line <= line && $0.line > 0 } ?? 0
        while let index = section, index > 0 {
            if let due = document.own.sectionDue[index], !found.contains(where: { $0.label == "\(due)" }) {
                found.append(("\(due)", "due: " + PlainText.of(roadmap.bytes, roadmap.sections[index].titleRange)))
            }
            section = roadmap.sections[index].parentIndex
        }
        return found
    }

    /// Option names of the plan's choices labelled `label` (all choices' when none is), in
    /// reading order, each once, leaving out those already on `line`.
    static func options(_ document: DocumentPlan, label: String, line: Int) -> [String] {
        let trackings = document.schedule.files.map(\.tracking)
        let wanted = label.lowercased()
        let labelled = trackings.contains { t in t.groups.contains { t.label(of: $0).lowercased() == wanted } }
        let tracking = document.analysis.tracking
        let here = Set(tracking.groups.filter { $0.line == line }.flatMap { $0.options.map { tracking.text(of: $0).lowercased() } })
        var seen = here
        var names: [String] = []
        for t in trackings {
            for group in t.groups where group.line != line || t.roadmap.bytes != tracking.roadmap.bytes {
                guard !labelled || t.label(of: group).lowercased() == wanted else { continue }
                for option in group.options {
                    let name = t.text(of: option)
                    if !name.isEmpty && seen.insert(name.lowercased()).inserted { names.append(name) }
                }
            }
        }
        return names
    }

    /// The labels of `**Label:**` fields and of choices across the plan, in reading order, once each.
    static func labels(_ document: DocumentPlan) -> [(text: String, kind: String)] {
        var seen: Set<String> = []
        var found: [(text: String, kind: String)] = []
        for tracking in document.schedule.files.map(\.tracking) {
            var labelled: [(offset: Int, text: String, kind: String)] = []
            for (index, field) in tracking.fields.enumerated() where field.form == .boldLabel {
                labelled.append((field.labelRange.lowerBound, tracking.label(of: index), "field"))
            }
            for group in tracking.groups { labelled.append((group.labelRange.lowerBound, tracking.label(of: group), "choice")) }
            for label in labelled.sorted(by: { $0.offset < $1.offset }) where !label.text.isEmpty {
                if seen.insert(label.text.lowercased()).inserted { found.append((label.text, label.kind)) }
            }
        }
        return found
    }
}

/// Where on a line completion applies, read from the bytes before the cursor. Each answers how
/// many bytes of the item are typed already (they are replaced), or nil.
public enum CompletionPoint {
    static let calendar: [UInt8] = [0xF0, 0x9F, 0x93, 0x85]
    static let check: [UInt8] = [0xE2, 0x9C, 0x85]

    /// After `📅 ` or `✅ ` and up to ten digits and dashes of a date.
    public static func date(_ prefix: [UInt8]) -> Int? {
        var i = prefix.count
        while i > 0 && prefix.count - i < 10 && (ASCII.isDigit(prefix[i - 1]) || prefix[i - 1] == ASCII.minus) { i -= 1 }
        let typed = prefix.count - i
        var spaces = 0
        while i > 0 && ASCII.isSpaceOrTab(prefix[i - 1]) { i -= 1; spaces += 1 }
        guard spaces > 0 else { return nil }
        let before = prefix[..<i]
        return endsWith(before, calendar) || endsWith(before, check) ? typed : nil
    }

    static func endsWith(_ bytes: ArraySlice<UInt8>, _ suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
    }

    /// After a box (`[ ]`, `[x]`) on a line with a bold label (`**Status:**`): the label and
    /// the bytes of the option name typed since the box.
    public static func option(_ prefix: [UInt8]) -> (label: String, typed: Int)? {
        var i = prefix.count
        while i > 0 && prefix[i - 1] != ASCII.rightBracket && prefix[i - 1] != ASCII.leftBracket { i -= 1 }
        guard i >= 3, prefix[i - 1] == ASCII.rightBracket, prefix[i - 3] == ASCII.leftBracket else { return nil }
        var start = i
        while start < prefix.count && ASCII.isSpaceOrTab(prefix[start]) { start += 1 }
        guard start > i, let label = boldLabel(Array(prefix[..<(i - 3)])) else { return nil }
        return (label, prefix.count - start)
    }

    /// `**Label:**` or `**Label**:` in `bytes`: the label, its markup and colon left out.
    static func boldLabel(_ bytes: [UInt8]) -> String? {
        func stars(from i: Int) -> Int? {
            var k = i
            while k + 1 < bytes.count {
                if bytes[k] == ASCII.star && bytes[k + 1] == ASCII.star { return k }
                k += 1
            }
            return nil
        }
        guard let open = stars(from: 0), let close = stars(from: open + 2) else { return nil }
        var label = Array(bytes[(open + 2)..<close])
        while let last = label.last, ASCII.isSpaceOrTab(last) { label.removeLast() }
        if label.last == ASCII.colon {
            label.removeLast()
        } else if close + 2 >= bytes.count || bytes[close + 2] != ASCII.colon {
            return nil
        }
        let text = PlainText.of(label, 0..<label.count)
        return text.isEmpty ? nil : text
    }

    /// After `**` and part of a label at the start of a line or a list item: the bytes typed,
    /// `**` included.
    public static func label(_ prefix: [UInt8]) -> Int? {
        var i = 0
        while i < prefix.count && ASCII.isSpaceOrTab(prefix[i]) { i += 1 }
        if i + 1 < prefix.count, prefix[i] == ASCII.minus || prefix[i] == ASCII.star || prefix[i] == ASCII.plus,
           ASCII.isSpaceOrTab(prefix[i + 1]) {
            i += 2
            while i < prefix.count && ASCII.isSpaceOrTab(prefix[i]) { i += 1 }
        }
        guard i + 2 <= prefix.count, prefix[i] == ASCII.star, prefix[i + 1] == ASCII.star else { return nil }
        let typed = prefix[(i + 2)...]
        guard !typed.contains(ASCII.star), !typed.contains(ASCII.colon) else { return nil }
        return prefix.count - i
    }
}
