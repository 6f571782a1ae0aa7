import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsWhen, openNote } from './editor';

describe('quick fixes in VS Code', () => {
  before(activateExtension);

  it('offers a quick fix for the wrong Lambda timeout that edits only the value, and the finding goes away', async () => {
    const doc = await openNote('serverless-ko.md');
    const line = doc.getText().split('\n').findIndex((l) => l.includes('Lambda 최대 실행 시간 30분'));
    const before = doc.getText();
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.range.start.line === line), 'on the Lambda line');
    const finding = diags.find((d) => d.range.start.line === line)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    // the fix that writes the right value (the others open the AWS docs or add an ignore comment)
    const fix = actions.find((a) => a.edit && /15\s*분/.test(a.title) && a.diagnostics?.some((d) => d.message === finding.message));
    assert.ok(fix, `a quick fix for "${finding.message}"; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
    assert.match(doc.lineAt(line).text, /15\s*분/, 'the line now says 15분');
    // Every other line is untouched: the fix edits only the span it names.
    const otherLines = (t: string) => t.split('\n').filter((_, i) => i !== line);
    assert.deepEqual(otherLines(doc.getText()), otherLines(before));
    await diagnosticsWhen(doc.uri, (d) => !d.some((x) => x.range.start.line === line), 'left on the fixed line');
  });
});
