// "AWS Notes: Search Concepts": a quick pick that asks the server on every keystroke (names, abbreviations,
// 초성, summaries) and keeps only the answer to the latest query.
import * as vscode from 'vscode';
import { SearchConceptsRequest, type ConceptSearchItem } from '../server/lsp/protocol';
import { uiLang } from './lang';
import type { ServerAccess } from './server';

interface ConceptPick extends vscode.QuickPickItem {
  concept: ConceptSearchItem;
}

/** Shows the search and resolves with the chosen concept (undefined when dismissed). */
export async function pickConcept(access: ServerAccess, initialQuery = ''): Promise<ConceptSearchItem | undefined> {
  const client = await access.client();
  const lang = uiLang();
  const pick = vscode.window.createQuickPick<ConceptPick>();
  pick.title = vscode.l10n.t('Search AWS Concepts');
  pick.placeholder = vscode.l10n.t('Name, abbreviation or initial consonants (Lambda, TGW, ㄹㄷ)');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  pick.value = initialQuery;

  let generation = 0;
  let pending: vscode.CancellationTokenSource | undefined;
  const query = async (text: string) => {
    const mine = ++generation;
    pending?.cancel();
    pending = new vscode.CancellationTokenSource();
    pick.busy = true;
    try {
      // a typed query needs only its best matches; an empty one lists every concept to browse
      const found = await client.sendRequest(SearchConceptsRequest, { query: text, lang, limit: text.trim() ? 200 : undefined }, pending.token);
      if (mine !== generation) return;
      // the server already filtered and ranked: keep every item even when VS Code's own filter would not
      pick.items = found.map((concept) => ({ label: concept.label, description: concept.description, detail: concept.detail, alwaysShow: true, concept }));
    } catch (e) {
      if (mine === generation) access.log.warn(`concept search "${text}": ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (mine === generation) pick.busy = false;
    }
  };

  return new Promise<ConceptSearchItem | undefined>((resolve) => {
    let chosen: ConceptSearchItem | undefined;
    pick.onDidChangeValue((text) => void query(text));
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0]?.concept ?? pick.activeItems[0]?.concept;
      if (chosen) pick.hide();
    });
    pick.onDidHide(() => {
      pending?.cancel();
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
    void query(initialQuery);
  });
}
