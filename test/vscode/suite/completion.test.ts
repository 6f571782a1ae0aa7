import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './editor';

async function labelsAtEnd(content: string): Promise<string[]> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc);
  const end = doc.positionAt(content.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

describe('completion in VS Code', () => {
  before(activateExtension);

  it('completes "Transit Ga" to Transit Gateway', async () => {
    const labels = await labelsAtEnd('# 네트워킹\n\n- Transit Ga');
    assert.ok(labels.some((l) => /Transit Gateway/.test(l)), `labels: ${labels.slice(0, 20).join(', ')}`);
  });

  it('completes the Korean "람" to 람다', async () => {
    const labels = await labelsAtEnd('# 서버리스\n\n- 람');
    assert.ok(labels.some((l) => /람다/.test(l)), `labels: ${labels.slice(0, 20).join(', ')}`);
  });
});
