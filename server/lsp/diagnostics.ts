// The one place findings become LSP diagnostics (the fix rides in `data`, so code actions need no state).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, NoteAnalysis } from '../service';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'aws-notes';

/** `analysis` may also be a closed note's stored line starts (the workspace index keeps no text). */
export function toDiagnostic(finding: Finding, analysis: Pick<NoteAnalysis, 'uri'> & { lines: Pick<NoteAnalysis['lines'], 'rangeOf'> }): Diagnostic {
  const range = analysis.lines.rangeOf(finding.start, finding.end);
  const diagnostic: Diagnostic = {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { fixes: finding.fixes.map((f) => ({ title: f.title, preferred: f.preferred, edits: f.edits.map((e) => ({ range: analysis.lines.rangeOf(e.start, e.end), newText: e.newText })) })), source: finding.source },
  };
  if (finding.source) diagnostic.codeDescription = { href: finding.source.url };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: r.uri ?? analysis.uri, range: r.range ?? analysis.lines.rangeOf(r.start ?? finding.start, r.end ?? finding.end) },
      message: r.message,
    }));
  }
  return diagnostic;
}
