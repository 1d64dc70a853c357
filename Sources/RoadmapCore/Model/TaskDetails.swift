/// A Tasks priority, as the plugin orders them (no priority sits between medium and low).
public enum TaskPriority: Int, Comparable, Sendable, CaseIterable {
    case lowest, low, none, medium, high, highest

    /// The word the plugin's Dataview form and JSON use (`none` has no field).
    public var name: String {
        switch self {
        case .lowest: "lowest"
        case .low: "low"
        case .none: "none"
        case .medium: "medium"
        case .high: "high"
        case .highest: "highest"
        }
    }

    /// The priority a word names (`highest` … `lowest`, `none`), else nil.
    public init?(name: String) {
        guard let found = TaskPriority.allCases.first(where: { $0.name == name }) else { return nil }
        self = found
    }

    /// Lower priority first, as the plugin ranks them.
    public static func < (a: TaskPriority, b: TaskPriority) -> Bool { a.rawValue < b.rawValue }
}

/// What a goal's Tasks fields say, decoded: the one reading of them that every front end uses.
/// A field written twice counts once, as the plugin takes it (see `TasksFields.field(_:)`).
public struct TaskDetails: Equatable, Sendable {
    /// `➕`, `[created:: …]`.
    public var created: CivilDate?
    /// `⏳`/`⌛`, `[scheduled:: …]`.
    public var scheduled: CivilDate?
    /// `🛫`, `[start:: …]`.
    public var start: CivilDate?
    /// `📅`/`📆`/`🗓`, `[due:: …]`.
    public var due: CivilDate?
    /// `✅`, `[completion:: …]`.
    public var done: CivilDate?
    /// `❌`, `[cancelled:: …]`.
    public var cancelled: CivilDate?
    /// `🔺 ⏫ 🔼 🔽 ⏬`, `[priority:: high]`; `.none` without one.
    public var priority: TaskPriority = .none
    /// `🔁 every week`, `[repeat:: …]`: the rule as written.
    public var recurrence: String?
    /// `🏁 delete`, `[onCompletion:: keep]`: `keep` or `delete` (lowercased; other words are ignored, as the plugin does).
    public var onCompletion: String?
    /// `🆔 abc`, `[id:: abc]`.
    public var id: String?
    /// `⛔ abc,def`, `[dependsOn:: …]`: the ids, in order, spaces left out.
    public var dependsOn: [String] = []

    /// Decodes `fields` read from `bytes`.
    package init(_ fields: TasksFields, in bytes: [UInt8]) {
        func text(_ kind: TasksFields.Kind) -> String? {
            fields.field(kind).map { String(decoding: bytes[$0.value], as: UTF8.self) }
        }
        func date(_ kind: TasksFields.Kind) -> CivilDate? {
            fields.field(kind).flatMap { CivilDate(isoBytes: bytes[$0.value]) }
        }
        created = date(.created)
        scheduled = date(.scheduled)
        start = date(.start)
        due = date(.due)
        done = date(.done)
        cancelled = date(.cancelled)
        if let field = fields.field(.priority) {
            let value = Array(bytes[field.value])
            if field.form == .emoji {
                let rank = TasksEmojiField.priorityMarks.firstIndex(of: value) ?? 0
                priority = [.highest, .high, .medium, .low, .lowest][rank]
            } else {
                priority = TaskPriority(name: String(decoding: value, as: UTF8.self)) ?? .none
            }
        }
        recurrence = text(.recurrence)
        if let word = text(.onCompletion)?.lowercased(), word == "keep" || word == "delete" { onCompletion = word }
        id = text(.id)
        dependsOn = text(.dependsOn).map { list in
            list.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
        } ?? []
    }
}

extension Roadmap {
    /// What goal `index`'s Tasks fields say.
    public func taskDetails(of index: Int) -> TaskDetails {
        if let known = knownDetails { return known[index] }
        return TaskDetails(tasksFields(of: index), in: bytes)
    }
}
