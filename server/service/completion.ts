// Concept-name completion while a note is being written: the word before the cursor is matched against
// the beginnings of concept names (람 → 람다 / Lambda, tran → Transit Gateway). Quiet on purpose: only in
// prose, never in code, URLs or HTML, and only once the word says something (a Hangul syllable, or two
// Latin letters).
import { spanAt } from './util/spans';
import type { NoteAnalysis } from './languageService';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { ConceptRecord } from './knowledge/types';
import { categoryLabel } from './knowledge/categories';
import { renderConceptCard } from './hover';
import { MASK } from './parse/model';
import { isWordChar } from './text/scripts';
import type { ConceptSearch, NameKey } from './search/conceptSearch';

export interface ConceptCompletion {
  conceptId: string;
  /** the name inserted */
  label: string;
  /** the concept's name in the other language, shown beside the label */
  description?: string;
  /** category in the note's language */
  detail: string;
  /** the concept card (Markdown) */
  documentation: string;
  /** what the editor filters the typed word against */
  filterText: string;
  sortText: string;
  /** a product/service (AWS Lambda) rather than an idea (subnet, RPO) */
  service: boolean;
  /** offsets of the typed word, replaced by `label` */
  start: number;
  end: number;
}

export interface CompletionResult {
  items: ConceptCompletion[];
  /** more names matched than `limit`: ask again as the word grows */
  truncated: boolean;
}

const NONE: CompletionResult = { items: [], truncated: false };
const SYLLABLE = /[\uac00-\ud7a3]/;
const LATIN = /[A-Za-z]/g;
const IDEA_CATEGORIES = new Set(['architecture', 'global-infrastructure']);

/** The word that ends at `offset` (letters and digits of any script). */
export function wordBefore(text: string, offset: number): { start: number; word: string } {
  let start = offset;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return { start, word: text.slice(start, offset) };
}

/** Enough typed to be worth a suggestion: one Hangul syllable, or two Latin letters. */
export function isCompletionPrefix(word: string): boolean {
  return SYLLABLE.test(word) || (word.match(LATIN)?.length ?? 0) >= 2;
}

/** True when [start, end) touches code, front matter, HTML, a URL or a link destination. */
export function isInsideNonProse(analysis: NoteAnalysis, start: number, end: number): boolean {
  for (const r of analysis.parsed.nonProse) if (r.start < end && start < r.end) return true;
  for (const c of analysis.parsed.comments) if (c.start < end && start < c.end) return true;
  const block = spanAt(analysis.parsed.blocks, start);
  if (block) {
    for (let i = start; i < end; i++) if (block.prose[i - block.start] === MASK) return true;
  }
  return false;
}

/** A product rather than an idea: its canonical English name is "Amazon …" or "AWS …" (the same rule as
 * scripts/generate-grammar.mjs uses for highlighting). */
function isService(concept: ConceptRecord): boolean {
  return !IDEA_CATEGORIES.has(concept.category) && /^(Amazon|AWS) /.test(concept.names.en[0] ?? '');
}

/** The shortest spelled-out English name: "Lambda" rather than "AWS Lambda". */
function shortEnglishName(concept: ConceptRecord): string | undefined {
  return [...concept.names.en].sort((a, b) => a.length - b.length)[0];
}

function pickShortest(keys: NameKey[]): NameKey {
  return keys.reduce((best, k) => (k.compact.length < best.compact.length ? k : best));
}

/** Where a name being typed may begin: the word before the cursor, and up to three words before it on the
 * same line ("Transit Ga" → Transit Gateway, "보안 그" → 보안 그룹), nearest first. */
export function nameStarts(text: string, offset: number, maxWords = 4): number[] {
  const starts: number[] = [];
  let end = offset;
  for (let k = 0; k < maxWords; k++) {
    const { start, word } = wordBefore(text, end);
    if (!word) break;
    starts.push(start);
    let gap = start;
    while (gap > 0 && (text[gap - 1] === ' ' || text[gap - 1] === '\t' || text[gap - 1] === '-')) gap--;
    if (gap === start || start - gap > 2) break;
    end = gap;
  }
  return starts;
}

export function conceptCompletions(
  analysis: NoteAnalysis,
  offset: number,
  knowledge: KnowledgeBase,
  search: ConceptSearch,
  limit = 50,
): CompletionResult {
  const text = analysis.text;
  const starts = nameStarts(text, offset).filter((start) => isCompletionPrefix(text.slice(start, offset)));
  if (!starts.length || isInsideNonProse(analysis, starts[0], offset)) return NONE;

  const lang = analysis.language;
  const items: ConceptCompletion[] = [];
  const seen = new Set<string>();
  // longest typed span first: "Transit Ga" is a better clue than "Ga"
  for (const start of [...starts].reverse()) {
    if (isInsideNonProse(analysis, start, offset)) continue;
    const typed = text.slice(start, offset);
    const span = offset - start;
    const byConcept = new Map<string, NameKey[]>();
    for (const key of search.namesStartingWith(typed)) {
      const list = byConcept.get(key.conceptId) ?? [];
      list.push(key);
      byConcept.set(key.conceptId, list);
    }
    for (const [id, keys] of byConcept) {
      const concept = knowledge.concept(id);
      if (!concept || seen.has(id)) continue;
      seen.add(id);
      const documentation = renderConceptCard(concept, knowledge, lang);
      const detail = categoryLabel(concept.category, lang);
      const service = isService(concept);
      const best = pickShortest(keys);
      const english = shortEnglishName(concept);
      const korean = concept.names.ko[0];
      const rank = best.compact.length;
      const base = { conceptId: id, detail, documentation, service, start, end: offset };
      items.push({
        ...base,
        label: best.text,
        description: best.lang === 'ko' ? english : korean,
        filterText: best.text,
        sortText: sortKey(span, rank, 0, best.text),
      });
      // typing Korean, a note often still writes the English name: offer it too (람 → Lambda)
      if (best.lang === 'ko' && english) {
        items.push({ ...base, label: english, description: best.text, filterText: best.text, sortText: sortKey(span, rank, 1, english) });
      }
    }
  }
  items.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  return { items: items.slice(0, limit), truncated: items.length > limit };
}

/** longer typed spans first, then shorter names, then the name before its other-language alternative */
function sortKey(span: number, rank: number, alternative: number, label: string): string {
  return `${String(999 - Math.min(span, 999)).padStart(3, '0')}.${String(rank).padStart(3, '0')}.${alternative}.${label.toLowerCase()}`;
}
