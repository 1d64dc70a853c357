import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// Quick fixes of the lint findings that carry a repair (`LintFinding.fix`: an almost-task's box,
/// a line's mojibake, exactly the pieces `roadmap lint --fix-encoding` writes). Each fix names
/// the diagnostics it fixes when the client sent them back in the context.
public enum FixActions {
    /// What the menu says for each rule's repair.
    public static func title(_ kind: LintFinding.Kind) -> String {
        switch kind {
        case .mojibake: "Fix mojibake on this line"
        case .almostTask: "Make this a task box"
        default: "Fix \(kind.rawValue)"
        }
    }

    /// The fixes of the findings on `lines`, each with the diagnostics of `context` it fixes.
    public static func actions(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, context: CodeActionContext, editForm: EditForm) -> [CodeAction] {
        analysis.lintFindings.filter { !$0.fix.isEmpty && lines.contains($0.line) }.map { finding in
            let fixed = context.diagnostics.filter { $0.code == .string(finding.kind.rawValue) && $0.range.start.line == finding.line - 1 }
            return CodeAction(title: title(finding.kind), kind: .quickFix, diagnostics: fixed.isEmpty ? nil : fixed, isPreferred: true,
                              edit: editForm.edit(analysis, analysis.clientEdits(finding.fix)))
        }
    }
}
