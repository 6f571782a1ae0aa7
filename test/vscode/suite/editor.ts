// Helpers for the suite that runs inside VS Code: open fixture notes, find text, wait on diagnostics by event.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'aws-study-notes.aws-study-notes';
export const workspaceDir = () => process.env.AWS_NOTES_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
}

export async function openNote(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(workspaceDir(), name)));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The position `offset` UTF-16 units into the first occurrence of `needle` (after `after`, if given). */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, after?: string): vscode.Position {
  const text = doc.getText();
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, Math.max(0, from));
  assert.ok(at >= 0, `"${needle}" not found in ${doc.uri.fsPath}`);
  return doc.positionAt(at + offset);
}

export const ours = (d: vscode.Diagnostic) => d.source === 'aws-notes';

/**
 * Resolves with the note's diagnostics once `predicate` holds, checking now and on every
 * onDidChangeDiagnostics event. The timeout only turns a hang into a readable failure.
 */
export function diagnosticsWhen(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri).filter(ours);
      if (!predicate(d)) return false;
      done();
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = vscode.languages.getDiagnostics(uri).filter(ours).map((d) => `${d.range.start.line + 1}: ${d.message}`);
      reject(new Error(`no diagnostics ${what} in ${uri.fsPath} within ${timeoutMs / 1000} s; has: ${JSON.stringify(now)}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export const lineText = (doc: vscode.TextDocument, needle: string) => doc.lineAt(positionOf(doc, needle).line).text;
