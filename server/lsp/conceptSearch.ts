// Concept search for the command palette and "which concept is at the cursor" for the context menu.
import type { Feature, ServerContext } from './server';
import { ConceptAtRequest, SearchConceptsRequest, type ConceptSearchItem, type UiLang } from './protocol';
import { createConceptSearch, type ConceptSearch } from '../service/search/conceptSearch';
import { categoryLabel } from '../service/knowledge/categories';
import { conceptTitle } from '../service/hover';
import type { ConceptRecord } from '../service';

// the whole knowledge base fits: an empty query lists every concept
const MAX_ITEMS = 2000;

/** One search index per knowledge base, built on first use. */
const indexes = new WeakMap<object, ConceptSearch>();
export function conceptSearchOf(ctx: ServerContext): ConceptSearch {
  let index = indexes.get(ctx.service.knowledge);
  if (!index) indexes.set(ctx.service.knowledge, (index = createConceptSearch(ctx.service.knowledge)));
  return index;
}

export function searchItem(concept: ConceptRecord, lang: UiLang): ConceptSearchItem {
  return {
    id: concept.id,
    label: conceptTitle(concept, lang),
    description: categoryLabel(concept.category, lang),
    detail: concept.summary[lang],
    names: { en: concept.names.en[0] ?? concept.id, ...(concept.names.ko[0] ? { ko: concept.names.ko[0] } : {}) },
    docs: concept.docs,
  };
}

const uiLang = (lang: unknown): UiLang => (lang === 'ko' ? 'ko' : 'en');

export const conceptSearchFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(SearchConceptsRequest, ({ query, lang, limit }) => {
      const ui = uiLang(lang);
      const max = Math.max(1, Math.min(Number(limit) || MAX_ITEMS, MAX_ITEMS));
      return conceptSearchOf(ctx)
        .search(String(query ?? ''), { lang: ui, limit: max })
        .map(({ concept }) => searchItem(concept, ui));
    });

    ctx.connection.onRequest(ConceptAtRequest, ({ uri, position, lang }) => {
      const doc = ctx.documents.get(uri);
      const mention = doc && ctx.service.mentionAt({ uri, text: doc.getText() }, position);
      const concept = mention && ctx.service.knowledge.concept(mention.conceptId);
      return concept ? { id: concept.id, concept: searchItem(concept, uiLang(lang)) } : null;
    });
  },
};
