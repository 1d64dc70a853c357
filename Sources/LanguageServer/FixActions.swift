import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// Quick fixes of lint findings that have a fix: today the mojibake of a line, repaired with
/// exactly the pieces `roadmap lint --fix-encoding` writes (`MojibakeLines`). Each fix names the
/// diagnostic it fixes when the client sent it back in the context.
public enum FixActions {
    /// The fixes of the findings on `lines`, each with the diagnostics of `context` it fixes.
    public static func actions(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, context: CodeActionContext, editForm: EditForm) -> [CodeAction] {
        analysis.mojibake.filter { lines.contains($0.line) }.map { finding in
            let fixed = context.diagnostics.filter {
                $0.code == .string(LintFinding.Kind.mojibake.rawValue) && $0.range.start.line == finding.line - 1
            }
            return CodeAction(title: "Fix mojibake on this line", kind: .quickFix, diagnostics: fixed.isEmpty ? nil : fixed,
                              isPreferred: true,
                              edit: editForm.edit(analysis, analysis.clientEdits(finding.edits)))
        }
    }
}
