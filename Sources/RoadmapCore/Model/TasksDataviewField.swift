/// One Tasks field written as a Dataview inline field, read from the end of the text, as the
/// plugin's `DataviewTaskSerializer` reads it: `[key:: value]` or `(key:: value)`, spaces allowed
/// inside the brackets and a trailing comma after them (`[due:: 2026-01-15],`). Keys are
/// case-sensitive, as in the plugin.
enum TasksDataviewField {
    typealias Field = TasksFields.Field

    /// The field that ends at `end`, or nil when the text there is no field.
    static func read(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        var close = end
        if bytes[close - 1] == 0x2C {                       // a trailing `,` and the spaces before it
            close -= 1
            while close > lower && bytes[close - 1] == ASCII.space { close -= 1 }
        }
        guard close > lower else { return nil }
        let closer = bytes[close - 1]
        guard closer == 0x5D || closer == 0x29 else { return nil }
        let opener: UInt8 = closer == 0x5D ? 0x5B : 0x28
        // No value holds a bracket, so the field opens at the nearest opener before the closer.
        var open = close - 1
        while open > lower && bytes[open - 1] != opener && bytes[open - 1] != closer { open -= 1 }
        guard open > lower, bytes[open - 1] == opener else { return nil }
        var inner = Range(offsets: open, close - 1)
        inner = trimmedSpaces(bytes, inner)
        for (key, kind) in keys {
            guard inner.count > key.count + 2, bytes[inner.lowerBound..<(inner.lowerBound + key.count)].elementsEqual(key),
                  bytes[inner.lowerBound + key.count] == ASCII.colon, bytes[inner.lowerBound + key.count + 1] == ASCII.colon else { continue }
            let value = trimmedSpaces(bytes, Range(offsets: inner.lowerBound + key.count + 2, inner.upperBound))
            guard valid(kind, bytes, value) else { return nil }
            return Field(kind: kind, form: .dataview, range: Range(offsets: open - 1, end), value: value)
        }
        return nil
    }

    /// The plugin's keys (`completion` is the done date), the longer first where one begins another.
    static let keys: [([UInt8], TasksFields.Kind)] = ([
        ("created", .created), ("scheduled", .scheduled), ("start", .start), ("due", .due), ("completion", .done),
        ("cancelled", .cancelled), ("priority", .priority), ("repeat", .recurrence), ("onCompletion", .onCompletion),
        ("id", .id), ("dependsOn", .dependsOn),
    ] as [(String, TasksFields.Kind)]).map { (Array($0.0.utf8), $0.1) }

    /// The key the plugin writes for a kind.
    static func key(_ kind: TasksFields.Kind) -> [UInt8]? {
        keys.first { $0.1 == kind }?.0
    }

    /// The Dataview priority words, highest first.
    static let priorityWords: [[UInt8]] = ["highest", "high", "medium", "low", "lowest"].map { Array($0.utf8) }

    private static func valid(_ kind: TasksFields.Kind, _ bytes: [UInt8], _ value: Range<Int>) -> Bool {
        guard !value.isEmpty else { return false }
        switch kind {
        case .created, .scheduled, .start, .due, .cancelled: return TasksFields.isDateShape(bytes, value)
        case .done: return TasksFields.isDateShape(bytes, value) && CivilDate(isoBytes: bytes[value]) != nil
        case .priority: return priorityWords.contains { bytes[value].elementsEqual($0) }
        case .recurrence: return bytes[value].allSatisfy(TasksFields.isRecurrence)
        case .onCompletion: return bytes[value].allSatisfy(ASCII.isLetter)
        case .id: return bytes[value].allSatisfy(TasksFields.isIdentifier)
        case .dependsOn: return TasksFields.isIdentifierList(bytes, value)
        case .tag, .blockLink: return false
        }
    }

    private static func trimmedSpaces(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && bytes[lo] == ASCII.space { lo += 1 }
        while hi > lo && bytes[hi - 1] == ASCII.space { hi -= 1 }
        return Range(offsets: lo, hi)
    }
}
