/// Fill-in fields written `**Label:** value` at the start of a line (`**Name:** ____`,
/// `**Start Date:** YYYY-MM-DD`), found the way the block scanner reads the file, so a field inside
/// code, a quote or a list is left alone. `init` fills them; filling is a byte edit of the value.
public enum FieldFilling {
    /// Where a field's value is: from just after `:**` to the end of the line's text.
    struct Field {
        let label: String
        let afterLabel: Int
        let valueRange: Range<Int>
    }

    /// Edits setting the first field with each label (matched case-insensitively) to its value;
    /// labels the file does not have are returned as missing. A value replaces whatever was there,
    /// placeholder or default, with one space after the label.
    public static func edits(_ bytes: [UInt8], setting values: [(label: String, value: String)]) -> (edits: [TextEdit], missing: [String]) {
        let fields = self.fields(bytes)
        var edits: [TextEdit] = []
        var missing: [String] = []
        for (label, value) in values {
            guard let field = fields.first(where: { $0.label.lowercased() == label.lowercased() }) else {
                missing.append(label)
                continue
            }
            edits.append(TextEdit(range: Range(offsets: field.afterLabel, field.valueRange.upperBound), replacement: " " + value))
        }
        return (edits, missing)
    }

    /// The value of the first field with `label`, or nil when it is missing or still a
    /// placeholder (underscores, `YYYY-MM-DD`).
    public static func value(_ bytes: [UInt8], _ label: String) -> String? {
        guard let field = fields(bytes).first(where: { $0.label.lowercased() == label.lowercased() }) else { return nil }
        let text = String(decoding: bytes[field.valueRange], as: UTF8.self)
        let isPlaceholder = text.isEmpty || text.allSatisfy { $0 == "_" } || text == "YYYY-MM-DD"
        return isPlaceholder ? nil : text
    }

    static func fields(_ bytes: [UInt8]) -> [Field] {
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        var result: [Field] = []
        for facts in roadmap.lineFacts where facts.role == .paragraph && facts.containerDepth == 0 {
            if let field = field(bytes, facts.contentStart, facts.span.contentEnd) { result.append(field) }
        }
        return result
    }

    /// `**Label:**` then the value; the label is letters, digits, spaces and `-`, at most 40 bytes.
    private static func field(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Field? {
        guard end - start > 5, bytes[start] == ASCII.star, bytes[start + 1] == ASCII.star else { return nil }
        var i = start + 2
        while i < end && i - start < 42 && bytes[i] != ASCII.colon {
            let b = bytes[i]
            guard ASCII.isLetter(b) || ASCII.isDigit(b) || b == ASCII.space || b == ASCII.minus else { return nil }
            i += 1
        }
        guard i > start + 2, i + 2 < end,
              bytes[i] == ASCII.colon, bytes[i + 1] == ASCII.star, bytes[i + 2] == ASCII.star else { return nil }
        let label = String(decoding: bytes[(start + 2)..<i], as: UTF8.self)
        let afterLabel = i + 3
        var valueStart = afterLabel
        while valueStart < end && ASCII.isSpaceOrTab(bytes[valueStart]) { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart && ASCII.isSpaceOrTab(bytes[valueEnd - 1]) { valueEnd -= 1 }
        return Field(label: label, afterLabel: afterLabel, valueRange: Range(offsets: valueStart, valueEnd))
    }
}
