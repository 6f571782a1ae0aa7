// Concept-name completion in notes; the pure part is server/service/completion.ts.
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import type { Feature } from './server';
import { conceptCompletions } from '../service/completion';
import { conceptSearchOf } from './conceptSearch';

export const completionFeature: Feature = {
  // no trigger characters: suggestions come with ordinary typing, never pop up on punctuation
  capabilities: () => ({ completionProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCompletion((params) => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return null;
      const analysis = ctx.service.analyze({ uri: doc.uri, text: doc.getText() });
      const offset = analysis.lines.offsetAt(params.position);
      const { items, truncated } = conceptCompletions(analysis, offset, ctx.service.knowledge, conceptSearchOf(ctx));
      return {
        isIncomplete: truncated,
        items: items.map(
          (item): CompletionItem => ({
            label: item.label,
            labelDetails: item.description ? { description: item.description } : undefined,
            kind: item.service ? CompletionItemKind.Module : CompletionItemKind.Keyword,
            detail: item.detail,
            documentation: { kind: MarkupKind.Markdown, value: item.documentation },
            filterText: item.filterText,
            sortText: item.sortText,
            textEdit: { range: analysis.lines.rangeOf(item.start, item.end), newText: item.label },
            data: { conceptId: item.conceptId },
          }),
        ),
      };
    });
  },
};
