/// A single-choice group with more than one option ticked.
enum DoubleTicks {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let tracking = input.tracking
        return tracking.groups.filter { $0.ticked.count > 1 }.map { group in
            let ticked = group.ticked.map { "'\(tracking.text(of: group.options[$0]))'" }.joined(separator: " and ")
            return LintFinding(line: group.line, kind: .doubleTick,
                               message: "\(tracking.name(of: group)) takes one option but \(ticked) are ticked")
        }
    }
}
