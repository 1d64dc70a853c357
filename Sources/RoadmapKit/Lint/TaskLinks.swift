/// lint's checks that need the whole plan (issue 26), and the links the plan refused to follow
/// (out of its folder: `linkOutOfPlan`). Obsidian Tasks links goals across files, so
/// a `⛔` that names no `🆔`, two goals with one `🆔`, and goals waiting for each other in a
/// circle are found over every file together (`TaskDependencies.problems`); a recurrence rule
/// roadmap cannot read is found here too, where the plan's goals are walked once, and named
/// before a tick refuses it.
enum TaskLinks {
    static func findings(_ plan: Plan) -> [PlanLintFinding] {
        var found: [PlanLintFinding] = []
        func at(_ ref: GoalRef, _ kind: LintFinding.Kind, _ message: String) {
            found.append(PlanLintFinding(file: ref.file, finding: LintFinding(line: plan.files[ref.file].roadmap.goals[ref.goal].line,
                                                                              kind: kind, message: message)))
        }
        // A plan whose bytes hold no `🆔`, `⛔`, `🔁` and no `::` (a Dataview field) has none of
        // these findings: the byte scan costs a few instructions a byte, reading every goal's
        // fields twenty (the language server lints the plan again on every keystroke).
        let linking = plan.files.contains { mayLink($0.roadmap.bytes) }
        for problem in linking ? TaskDependencies(plan).problems : [] {
            switch problem {
            case let .dangling(goal, id):
                at(goal, .danglingDependency, "'⛔ \(id)' names no goal's 🆔: add '🆔 \(id)' to the goal this one waits for, or take it out")
            case let .duplicate(id, goals):
                guard let first = goals.first else { continue }
                let place = "\(plan.files[first.file].path):\(plan.files[first.file].roadmap.goals[first.goal].line)"
                for other in goals.dropFirst() {
                    at(other, .duplicateTaskID, "'🆔 \(id)' is also on \(place), so '⛔ \(id)' names two goals; give one of them another id")
                }
            case let .cycle(goals):
                guard let first = goals.first else { continue }
                let names = goals.map { "\(plan.displayID($0)) \(quoted($0, plan))" } + [plan.displayID(first)]
                at(first, .dependencyCycle, "these goals wait for each other, so none can be ready: " + names.joined(separator: " → "))
            }
        }
        for ref in linking ? plan.goalsInOrder : [] {
            let roadmap = plan.files[ref.file].roadmap
            guard mayRecur(roadmap, ref.goal), case let .failure(error)? = roadmap.recurrence(of: ref.goal),
                  let field = roadmap.tasksFields(of: ref.goal).field(.recurrence) else { continue }
            let written = VisibleControls.escaped(String(decoding: roadmap.bytes[field.range], as: UTF8.self))
            at(ref, .unreadRecurrence, "roadmap cannot read '\(written)': \(error.message); check would refuse it (docs/recurrence.md)")
        }
        // Links the plan refused (out of its folder): every other command says so on stderr; lint
        // names them as findings. A link to a missing file is found by each file's own check.
        for warning in plan.warnings where warning.refused {
            found.append(PlanLintFinding(file: warning.file, finding: LintFinding(line: warning.line, kind: .linkOutOfPlan, message: warning.message)))
        }
        return found.enumerated().sorted { ($0.element.file, $0.element.finding.line, $0.offset) < ($1.element.file, $1.element.finding.line, $1.offset) }
            .map(\.element)
    }

    /// Whether `bytes` hold `🆔` (F0 9F 86 94), `⛔` (E2 9B 94), `🔁` (F0 9F 94 81) or `::`: the
    /// bytes every field these checks read starts with or holds (the Dataview forms `[id:: …]`,
    /// `[dependsOn:: …]`, `[repeat:: …]`). Eight bytes at a time: a word with no `:` and no 0x94
    /// byte (which all three symbols hold, and 📅 and ✅ do not) holds none of them; about two
    /// instructions a byte, where reading byte by byte took ten.
    static func mayLink(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let colons = ones &* 0x3A, marks = ones &* 0x94
            var i = 0
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let a = word ^ colons, b = word ^ marks
                // A byte of `a` or `b` is zero where the word has `:` or 0x94 (and possibly a
                // false alarm beside it): then each of the eight is looked at.
                if ((a &- ones) & ~a & highs) | ((b &- ones) & ~b & highs) != 0 {
                    for j in i..<(i + 8) where holdsField(raw, at: j) { return true }
                }
                i += 8
            }
            while i < n {
                if holdsField(raw, at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether a field's mark ends or starts at `j`: `::`, or the 0x94 of `🆔`, `⛔` or `🔁`.
    private static func holdsField(_ p: UnsafeRawBufferPointer, at j: Int) -> Bool {
        let n = p.count
        switch p[j] {
        case ASCII.colon:
            return j + 1 < n && p[j + 1] == ASCII.colon
        case 0x94:
            if j >= 3 && p[j - 3] == 0xF0 && p[j - 2] == 0x9F && p[j - 1] == 0x86 { return true }  // 🆔
            if j >= 2 && p[j - 2] == 0xE2 && p[j - 1] == 0x9B { return true }  // ⛔
            return j >= 2 && j + 1 < n && p[j - 2] == 0xF0 && p[j - 1] == 0x9F && p[j + 1] == 0x81  // 🔁
        default:
            return false
        }
    }

    /// Whether a goal's text holds `🔁` or `repeat::`: most goals hold neither, and reading
    /// their fields to find so would cost every goal of a large plan a backward scan.
    private static func mayRecur(_ roadmap: Roadmap, _ goal: Int) -> Bool {
        let bytes = roadmap.bytes, range = roadmap.goals[goal].textRange
        var i = range.lowerBound
        while i + 3 < range.upperBound {
            if bytes[i] == 0xF0 && bytes[i + 1] == 0x9F && bytes[i + 2] == 0x94 && bytes[i + 3] == 0x81 { return true }
            if bytes[i] == ASCII.colon && bytes[i + 1] == ASCII.colon && i - range.lowerBound >= 6
                && bytes[(i - 6)..<i].elementsEqual("repeat".utf8) { return true }
            i += 1
        }
        return false
    }

    private static func quoted(_ ref: GoalRef, _ plan: Plan) -> String {
        let text = PlainText.of(plan.files[ref.file].roadmap.text(of: ref.goal, withoutFields: true))
        return "'" + (text.count > 40 ? String(text.prefix(39)) + "…" : text) + "'"
    }
}

/// A lint finding in one file of a plan, found by a check over the whole plan.
public struct PlanLintFinding: Equatable, Sendable {
    /// The file's index in the plan.
    public let file: Int
    /// What was found, at a line of that file.
    public let finding: LintFinding
}

extension Lint {
    /// The findings of the checks over the whole plan (`⛔`/`🆔` links, recurrence rules), by
    /// file and line; `findings` has those of each file alone.
    public static func planFindings(_ plan: Plan) -> [PlanLintFinding] {
        TaskLinks.findings(plan)
    }
}

extension Lint {
    /// One file's findings (`findings`) and the plan's findings in that file (`planFindings`, the
    /// ones of its index), by line, the file's first where both have one line: what `roadmap lint`
    /// prints for each file and the language server publishes for an open one. Both lists are by
    /// line already, so they are merged, not sorted (a large file has thousands of findings).
    public static func joined(_ own: [LintFinding], _ plan: [LintFinding]) -> [LintFinding] {
        guard !plan.isEmpty else { return own }
        var merged: [LintFinding] = []
        merged.reserveCapacity(own.count + plan.count)
        var k = 0
        for finding in own {
            while k < plan.count && plan[k].line < finding.line {
                merged.append(plan[k])
                k += 1
            }
            merged.append(finding)
        }
        merged.append(contentsOf: plan[k...])
        return merged
    }
}
