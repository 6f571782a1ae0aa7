// What can be done with a concept once it is chosen (from the search or from a mention in a note):
// open its card, insert its name, show the notes that mention it, open the AWS docs.
import * as vscode from 'vscode';
import { ConceptReferencesRequest, type ConceptSearchItem } from '../server/lsp/protocol';
import { openCard } from './conceptCard';
import type { ServerAccess } from './server';

interface ActionItem extends vscode.QuickPickItem {
  run: () => Thenable<unknown>;
}

/** The editor a name would be inserted into: the active one, or the last visible Markdown editor. */
function targetEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active && active.document.uri.scheme !== 'aws-notes') return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown' && e.document.uri.scheme !== 'aws-notes');
}

export async function insertName(editor: vscode.TextEditor, name: string): Promise<void> {
  await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, name);
  });
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
}

export async function showReferences(access: ServerAccess, concept: ConceptSearchItem): Promise<void> {
  const client = await access.client();
  const locations = (await client.sendRequest(ConceptReferencesRequest, { id: concept.id })).map((l) => client.protocol2CodeConverter.asLocation(l));
  if (!locations.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No note in this workspace mentions {0} yet.', concept.label));
    return;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    // the usual references peek, anchored at the cursor of the editor in front
    await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    locations.map((location) => ({
      label: `$(markdown) ${vscode.workspace.asRelativePath(location.uri)}`,
      description: vscode.l10n.t('line {0}', location.range.start.line + 1),
      location,
    })),
    { title: vscode.l10n.t('Notes that mention {0}', concept.label), matchOnDescription: true },
  );
  if (picked) await vscode.window.showTextDocument(picked.location.uri, { selection: picked.location.range });
}

export async function chooseConceptAction(access: ServerAccess, concept: ConceptSearchItem): Promise<void> {
  const editor = targetEditor();
  const items: ActionItem[] = [
    { label: `$(book) ${vscode.l10n.t('Open card')}`, detail: concept.detail, run: () => openCard(concept.id) },
  ];
  if (editor) {
    for (const name of [concept.names.ko, concept.names.en]) {
      if (name) items.push({ label: `$(insert) ${vscode.l10n.t('Insert "{0}" at the cursor', name)}`, run: () => insertName(editor, name) });
    }
  }
  items.push(
    { label: `$(references) ${vscode.l10n.t('Show notes that mention it')}`, run: () => showReferences(access, concept) },
    { label: `$(link-external) ${vscode.l10n.t('Open the AWS documentation')}`, description: concept.docs, run: () => vscode.env.openExternal(vscode.Uri.parse(concept.docs)) },
  );
  const picked = await vscode.window.showQuickPick(items, { title: concept.label, placeHolder: vscode.l10n.t('What do you want to do with {0}?', concept.label) });
  await picked?.run();
}
