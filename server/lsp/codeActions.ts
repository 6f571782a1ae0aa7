// Code actions for fact-check findings: the quick fixes that ride in each diagnostic's `data`, "open the AWS
// source", "ignore here" (a disable comment above the line), and a fix-all (`source.fixAll.awsNotes`) that
// applies every preferred fix. The edits come from the service; this adapter only converts positions.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { Feature } from './server';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { ignoreEdits, preferredEdits } from '../service/checks/fixes';
import type { Finding, NoteAnalysis } from '../service';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.awsNotes`;
export const OPEN_SOURCE_COMMAND = 'awsNotes.openSource';

interface DiagnosticData {
  fixes?: { title: string; preferred?: boolean; edits: { range: LspTextEdit['range']; newText: string }[] }[];
  source?: { url: string; asOf?: string };
}

export const codeActionsFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } }),
  register(ctx) {
    ctx.connection.onCodeAction((params) => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return null;
      const uri = doc.uri;
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      const note = { uri, text: doc.getText() };
      const analysis = ctx.service.analyze(note);
      const ko = analysis.language === 'ko';
      const out: CodeAction[] = [];

      if (wants(CodeActionKind.QuickFix)) {
        for (const d of params.context.diagnostics) {
          if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') continue;
          const data = (d.data ?? {}) as DiagnosticData;
          for (const fix of data.fixes ?? []) {
            out.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              isPreferred: fix.preferred,
              edit: { changes: { [uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
            });
          }
          const url = data.source?.url ?? d.codeDescription?.href;
          if (url) {
            const title = ko ? `AWS 문서 열기: ${url}` : `Open AWS source: ${url}`;
            out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: OPEN_SOURCE_COMMAND, arguments: [url] }, data: { url } });
          }
          out.push(ignoreAction(analysis, d, d.code));
        }
      }

      if (wants(FIX_ALL_KIND)) {
        const edits = preferredEdits(ctx.service.findings(note));
        if (edits.length) {
          out.push({
            title: ko ? '수정 가능한 AWS 사실 오류 모두 고치기' : 'Fix all AWS fact findings',
            kind: FIX_ALL_KIND,
            edit: { changes: { [uri]: edits.map((e) => ({ range: analysis.lines.rangeOf(e.start, e.end), newText: e.newText })) } },
          });
        }
      }
      return out;
    });
  },
};

/** "Ignore here": the service decides where the disable comment goes; positions are converted here. */
function ignoreAction(analysis: NoteAnalysis, d: Diagnostic, code: string): CodeAction {
  const start = analysis.lines.offsetAt(d.range.start);
  const end = analysis.lines.offsetAt(d.range.end);
  const finding: Finding = { code, severity: 'warning', message: d.message, start, end, fixes: [] };
  const ignore = ignoreEdits(analysis, finding);
  return {
    title: ignore.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [analysis.uri]: ignore.edits.map((e) => ({ range: analysis.lines.rangeOf(e.start, e.end), newText: e.newText })) } },
  };
}
