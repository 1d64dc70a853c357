import RoadmapKit

/// What `init` fills in: from the options, or asked on a terminal.
struct InitAnswers {
    var name: String?
    var currentRole: String?
    var targetRole: String?
    var start: CivilDate

    /// The fields in the template's own words, blanks left out (they keep their placeholder).
    var fields: [(label: String, value: String)] {
        var result: [(label: String, value: String)] = []
        if let name { result.append(("Name", name)) }
        result.append(("Start Date", start.description))
        if let currentRole { result.append(("Current Role", currentRole)) }
        if let targetRole { result.append(("Target Role", targetRole)) }
        return result
    }

    static let options: [InitCommand.Option] = [.name, .start, .currentRole, .targetRole]

    /// From the command line; `today` when no --start.
    init(_ call: Invocation<InitCommand>, today: CivilDate, command: String) throws(CLIError) {
        name = try Self.line(call.value(.name), option: "name", command: command)
        currentRole = try Self.line(call.value(.currentRole), option: "current-role", command: command)
        targetRole = try Self.line(call.value(.targetRole), option: "target-role", command: command)
        start = try call.date(.start) ?? today
    }

    /// A field value is one line; surrounding spaces are dropped and an empty value is no value.
    static func line(_ text: String?, option: String, command: String) throws(CLIError) -> String? {
        guard let text else { return nil }
        guard !text.contains(where: { $0 == "\n" || $0 == "\r" }) else {
            throw .usage("--\(option) must be a single line", command: command)
        }
        let trimmed = text.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}
