// The concept card as a read-only virtual Markdown document, aws-notes:/concepts/<id>.md. Its text comes
// from the server (awsNotes/conceptCard), so the card in the editor is the same card the hover shows.
import * as vscode from 'vscode';
import { CARD_SCHEME, ConceptCardRequest, cardPath, conceptIdOfCardPath } from '../server/lsp/protocol';
import { uiLang } from './lang';
import type { ServerAccess } from './server';

export const cardUri = (id: string) => vscode.Uri.from({ scheme: CARD_SCHEME, path: cardPath(id) });

export class ConceptCardProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly access: ServerAccess) {
    // a card follows the language setting
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('awsNotes.language')) this.refreshAll();
    });
  }

  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === CARD_SCHEME) this.changed.fire(doc.uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const id = conceptIdOfCardPath(uri.path);
    if (!id) return vscode.l10n.t('This is not a concept card: {0}', uri.toString());
    try {
      const client = await this.access.client();
      const card = await client.sendRequest(ConceptCardRequest, { id, lang: uiLang() }, token);
      return card?.markdown ?? vscode.l10n.t('There is no concept "{0}" in the knowledge base.', id);
    } catch (e) {
      this.access.log.error(`card ${id}: ${e instanceof Error ? e.message : String(e)}`);
      return `${vscode.l10n.t('The card for "{0}" could not be loaded.', id)}\n\n> ${e instanceof Error ? e.message : String(e)}\n`;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Opens a card beside the note in a locked Markdown preview (or as text, per awsNotes.card.view). */
export async function openCard(id: string): Promise<void> {
  const uri = cardUri(id);
  const view = vscode.workspace.getConfiguration('awsNotes').get<string>('card.view', 'preview');
  if (view === 'preview') {
    try {
      // locked: an unlocked preview would follow the next Markdown editor and lose the card
      await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', uri);
      return;
    } catch {
      // the built-in Markdown extension is disabled: fall back to the text
    }
  }
  // the .md path makes it a Markdown document
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true, viewColumn: vscode.ViewColumn.Beside });
}
