// Concept search for the command palette and completion: English and Korean names, abbreviations,
// 초성 (ㄹㄷ → 람다), fuzzy subsequences and summaries. Every key is normalised once when the index is
// built, so a keystroke costs a pass of cheap string tests over a few thousand short strings.
import { disassemble, getChoseong } from 'es-hangul';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ConceptRecord, Lang } from '../knowledge/types';
import { categoryLabel } from '../knowledge/categories';
import { conceptTitle } from '../hover';

/** How a concept matched, strongest first. */
export type MatchKind = 'exact' | 'prefix' | 'word' | 'choseong' | 'fuzzy' | 'summary' | 'all';

export interface ConceptHit {
  concept: ConceptRecord;
  /** higher is better; only the order is meaningful */
  score: number;
  kind: MatchKind;
  /** the name (or, for summary matches, the display title) that matched */
  name: string;
}

export interface SearchOptions {
  /** the UI language: breaks ties towards names in it and orders the empty query */
  lang?: Lang;
  limit?: number;
}

/** A name whose normalised forms are computed once. */
export interface NameKey {
  conceptId: string;
  text: string;
  lang: Lang;
  abbr: boolean;
  /** lower case, separators folded to single spaces */
  norm: string;
  /** `norm` without spaces: "보안그룹", "transitgateway" */
  compact: string;
  words: string[];
  /** jamo of each word, when the name has Hangul */
  wordJamo?: string[];
  /** jamo of `compact` when it has Hangul (matches half-typed syllables: 람ㄷ → 람다) */
  jamo?: string;
  /** `compact` with each Hangul syllable replaced by its initial consonant: "vpcㅍㅇㄹ" */
  choseong?: string;
}

export interface ConceptSearch {
  search(query: string, options?: SearchOptions): ConceptHit[];
  /** names of any concept starting with `prefix` (normalised like the keys), for completion */
  namesStartingWith(prefix: string): NameKey[];
}

const BASE: Record<Exclude<MatchKind, 'all'>, number> = {
  exact: 1000,
  prefix: 900,
  word: 800,
  choseong: 700,
  fuzzy: 400,
  summary: 100,
};

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;
const HAS_HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;
/** compatibility jamo consonants ㄱ–ㅎ: a query made of them (and maybe Latin) is a 초성 query */
const CHOSEONG_CHAR = /[\u3131-\u314e]/;
const SEPARATORS = /[\s\-_/.·,()]+/g;

export function normalizeSearchText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(SEPARATORS, ' ').trim();
}

function choseongOf(compact: string): string {
  let out = '';
  for (const ch of compact) out += HANGUL_SYLLABLE.test(ch) ? getChoseong(ch) : ch;
  return out;
}

function nameKey(conceptId: string, text: string, lang: Lang, abbr: boolean): NameKey | undefined {
  const norm = normalizeSearchText(text);
  if (!norm) return undefined;
  const compact = norm.replace(/ /g, '');
  const key: NameKey = { conceptId, text, lang, abbr, norm, compact, words: norm.split(' ') };
  if (HAS_HANGUL.test(compact)) {
    key.jamo = disassemble(compact);
    key.wordJamo = key.words.map((w) => disassemble(w));
    key.choseong = choseongOf(compact);
  }
  return key;
}

interface Query {
  norm: string;
  compact: string;
  words: string[];
  wordJamo: (string | undefined)[];
  jamo?: string;
  /** true when the query has a lone initial consonant, so it may be 초성 */
  choseong: boolean;
}

function parseQuery(text: string): Query {
  const norm = normalizeSearchText(text);
  const compact = norm.replace(/ /g, '');
  const words = norm ? norm.split(' ') : [];
  return {
    norm,
    compact,
    words,
    wordJamo: words.map((w) => (HAS_HANGUL.test(w) ? disassemble(w) : undefined)),
    jamo: HAS_HANGUL.test(compact) ? disassemble(compact) : undefined,
    choseong: CHOSEONG_CHAR.test(compact),
  };
}

function startsWithKey(key: NameKey, compact: string, jamo: string | undefined): boolean {
  return key.compact.startsWith(compact) || (!!jamo && !!key.jamo && key.jamo.startsWith(jamo));
}

/** Query words prefix consecutive words of the name, starting at a later word: "gate" → Transit Gateway. */
function wordPrefix(key: NameKey, q: Query): boolean {
  for (let i = 1; i + q.words.length <= key.words.length; i++) {
    let ok = true;
    for (let j = 0; j < q.words.length && ok; j++) {
      const qJamo = q.wordJamo[j];
      ok = key.words[i + j].startsWith(q.words[j]) || (!!qJamo && !!key.wordJamo && key.wordJamo[i + j].startsWith(qJamo));
    }
    if (ok) return true;
  }
  return false;
}

/** Characters of the query in order within the name; a score in [0, 1) that rewards tight matches. */
function subsequence(query: string, target: string): number {
  let from = 0;
  let first = -1;
  let last = -1;
  for (const ch of query) {
    const at = target.indexOf(ch, from);
    if (at < 0) return -1;
    if (first < 0) first = at;
    last = at;
    from = at + ch.length;
  }
  const span = last - first + 1;
  const tightness = query.length / span;
  const early = first === 0 ? 0.2 : 0;
  return Math.min(0.99, tightness * 0.75 + early);
}

/** The best way one name key matches the query, or undefined. */
function matchKey(key: NameKey, q: Query): { kind: MatchKind; score: number } | undefined {
  const lengthPenalty = Math.min(50, key.compact.length - q.compact.length) * 0.5;
  if (key.compact === q.compact) return { kind: 'exact', score: BASE.exact - (key.abbr ? 1 : 0) };
  if (startsWithKey(key, q.compact, q.jamo)) return { kind: 'prefix', score: BASE.prefix - lengthPenalty };
  if (wordPrefix(key, q)) return { kind: 'word', score: BASE.word - lengthPenalty };
  if (q.choseong && key.choseong) {
    if (key.choseong.startsWith(q.compact)) return { kind: 'choseong', score: BASE.choseong - lengthPenalty };
    if (key.choseong.includes(q.compact)) return { kind: 'choseong', score: BASE.choseong - 100 - lengthPenalty };
  }
  if ([...q.compact].length >= 2) {
    const s = subsequence(q.compact, key.compact);
    if (s >= 0) return { kind: 'fuzzy', score: BASE.fuzzy + s * 250 };
  }
  return undefined;
}

interface ConceptEntry {
  concept: ConceptRecord;
  keys: NameKey[];
  /** summaries, category labels and id, normalised: the weakest tier */
  haystack: string;
  title: Record<Lang, string>;
}

export function createConceptSearch(kb: KnowledgeBase): ConceptSearch {
  const entries: ConceptEntry[] = kb.concepts.map((concept) => {
    const keys: NameKey[] = [];
    const seen = new Set<string>();
    const add = (text: string, lang: Lang, abbr: boolean) => {
      const key = nameKey(concept.id, text, lang, abbr);
      if (key && !seen.has(`${key.compact}\u0000${abbr}`)) {
        seen.add(`${key.compact}\u0000${abbr}`);
        keys.push(key);
      }
    };
    concept.names.en.forEach((n) => add(n, 'en', false));
    concept.names.ko.forEach((n) => add(n, 'ko', false));
    (concept.names.abbr ?? []).forEach((n) => add(n, 'en', true));
    const haystack = normalizeSearchText(
      [concept.summary.ko, concept.summary.en, categoryLabel(concept.category, 'ko'), categoryLabel(concept.category, 'en'), concept.id].join(' \u0000 '),
    );
    return { concept, keys, haystack, title: { ko: conceptTitle(concept, 'ko'), en: conceptTitle(concept, 'en') } };
  });
  const allKeys = entries.flatMap((e) => e.keys);
  const collator = new Intl.Collator(['ko', 'en'], { sensitivity: 'base', numeric: true });

  function search(text: string, options: SearchOptions = {}): ConceptHit[] {
    const lang = options.lang ?? 'en';
    const limit = options.limit ?? Infinity;
    const q = parseQuery(text);
    if (!q.compact) {
      return entries
        .map((e): ConceptHit => ({ concept: e.concept, score: 0, kind: 'all', name: e.title[lang] }))
        .sort((a, b) => collator.compare(a.name, b.name))
        .slice(0, limit);
    }
    const hits: ConceptHit[] = [];
    for (const entry of entries) {
      let best: ConceptHit | undefined;
      for (const key of entry.keys) {
        const m = matchKey(key, q);
        if (!m) continue;
        // a name in the UI language wins a tie
        const score = m.score + (key.lang === lang && !key.abbr ? 0.25 : 0);
        if (!best || score > best.score) best = { concept: entry.concept, score, kind: m.kind, name: key.text };
      }
      if (!best && q.compact.length >= 2 && q.words.every((w) => entry.haystack.includes(w))) {
        best = { concept: entry.concept, score: BASE.summary, kind: 'summary', name: entry.title[lang] };
      }
      if (best) hits.push(best);
    }
    hits.sort((a, b) => b.score - a.score || collator.compare(a.name, b.name));
    return hits.slice(0, limit);
  }

  function namesStartingWith(prefix: string): NameKey[] {
    const q = parseQuery(prefix);
    if (!q.compact) return [];
    return allKeys.filter((key) => key.norm.startsWith(q.norm) || startsWithKey(key, q.compact, q.jamo));
  }

  return { search, namesStartingWith };
}
