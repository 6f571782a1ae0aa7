// Navigation by concept, answered from the workspace index: Go to Definition on a mention opens the
// concept's card, Find All References lists its mentions in every note, document symbols are a note's
// headings, workspace symbols are concepts and headings, and a CodeLens above a heading that names a
// concept says how many notes mention it.
//
// Custom requests (shapes in protocol.ts, used by the VS Code client in src/):
// - `awsNotes/conceptCard` {id, lang?} → {markdown} | null: the whole card of a concept, the text of the
//   read-only document aws-notes:/concepts/<id>.md that Go to Definition points at (the client serves that
//   scheme with a TextDocumentContentProvider that calls this request, and says so with the initialization
//   option `conceptCards: true`; without it Go to Definition answers nothing).
// - `awsNotes/conceptReferences` {id} → Location[]: every mention of the concept across the workspace.
import { CodeLensRefreshRequest, SymbolKind, type CodeLens, type DocumentSymbol, type Location, type LocationLink, type SymbolInformation } from 'vscode-languageserver/node';
import type { Feature } from './server';
import { CARD_SCHEME, ConceptCardRequest, ConceptReferencesRequest, cardPath } from './protocol';
import { canonical, workspaceOf } from './workspace';
import { conceptCardMarkdown, lensTitle } from '../service/workspace/cards';
import { outlineOf, type OutlineHeading } from '../service/workspace/index';
import { summarize } from '../service/workspace/summary';

export const cardUri = (id: string) => `${CARD_SCHEME}:${cardPath(id)}`;
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const navigationFeature: Feature = {
  capabilities: () => ({
    definitionProvider: true,
    referencesProvider: true,
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
  }),
  register(ctx) {
    const { connection, documents } = ctx;
    const ws = workspaceOf(ctx);
    const noteOf = (uri: string) => {
      const doc = documents.get(uri);
      return doc && { uri: doc.uri, text: doc.getText() };
    };

    connection.onDefinition((params): Location[] | LocationLink[] | null => {
      const note = noteOf(params.textDocument.uri);
      const mention = note && ctx.service.mentionAt(note, params.position);
      if (!note || !mention || !ctx.service.knowledge.concept(mention.conceptId)) return null;
      // only a client that serves the aws-notes: scheme (ours says so) can open the card; other editors
      // would open an empty buffer, so they get no definition and read the card in the hover instead
      if ((ctx.initializeParams?.initializationOptions as { conceptCards?: boolean } | undefined)?.conceptCards !== true) return null;
      const target = cardUri(mention.conceptId);
      if (ctx.initializeParams?.capabilities.textDocument?.definition?.linkSupport) {
        const origin = ctx.service.analyze(note).lines.rangeOf(mention.start, mention.end);
        return [{ originSelectionRange: origin, targetUri: target, targetRange: ZERO, targetSelectionRange: ZERO }];
      }
      return [{ uri: target, range: ZERO }];
    });

    connection.onReferences((params): Location[] | null => {
      const note = noteOf(params.textDocument.uri);
      const mention = note && ctx.service.mentionAt(note, params.position);
      return mention ? ws.index.references(mention.conceptId) : null;
    });

    connection.onRequest(ConceptReferencesRequest, ({ id }) => ws.index.references(String(id)));

    connection.onRequest(ConceptCardRequest, ({ id, lang }) => {
      const markdown = conceptCardMarkdown(ctx.service.knowledge, ws.index, String(id), lang === 'ko' ? 'ko' : 'en', cardUri);
      return markdown === null ? null : { markdown };
    });

    connection.onDocumentSymbol((params): DocumentSymbol[] => {
      const note = noteOf(params.textDocument.uri);
      const uri = canonical(params.textDocument.uri);
      if (!note) return ws.index.outline(uri).map(toSymbol);
      // the index has the open note's summary once it was checked; else summarise it now
      const analysis = ctx.service.analyze(note);
      const known = ws.index.get(uri);
      const summary = known && known.hash === analysis.hash ? known : summarize(analysis, [], ctx.service.knowledge);
      return outlineOf(summary).map(toSymbol);
    });

    connection.onWorkspaceSymbol((params): SymbolInformation[] =>
      ws.index.symbols(params.query).map((s) =>
        s.kind === 'concept'
          ? { name: s.name, kind: SymbolKind.Class, location: { uri: cardUri(s.conceptId!), range: ZERO }, containerName: s.container }
          : { name: s.name, kind: SymbolKind.String, location: { uri: s.uri!, range: s.range! }, containerName: s.container },
      ),
    );

    connection.onCodeLens((params): CodeLens[] => {
      if (!ws.settings().codeLens) return [];
      const uri = canonical(params.textDocument.uri);
      const lang = ws.index.get(uri)?.language ?? 'en';
      return ws.index.lenses(uri).map((lens) => ({
        range: lens.range,
        // the card lists the notes that mention the concept
        command: { title: lensTitle(lens, lang), command: 'awsNotes.openCard', arguments: [lens.conceptId] },
      }));
    });

    // counts in lenses change as the rest of the workspace is indexed
    const refreshLenses = () => {
      if (ctx.initializeParams?.capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    };
    void ws.ready.then(refreshLenses);
    ctx.hooks.settingsChanged.push(refreshLenses);
  },
};

function toSymbol(h: OutlineHeading): DocumentSymbol {
  return { name: h.text, kind: SymbolKind.String, range: h.sectionRange, selectionRange: h.range, children: h.children.map(toSymbol) };
}
