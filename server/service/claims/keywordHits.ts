// Keyword hits of a note (fact attribute words, requires/excludes words, wrong terms), found once per
// analysis and keyword index and shared by the fact check, the fact bindings and the workspace's claim keys.
// Only blocks that can hold claims are searched: a claim's regions (sentences, table cells, the sentence
// before) never leave their block, so a hit across two blocks could never be used.
import type { NoteAnalysis } from '../languageService';
import { blockEntry, shiftSpans } from './blockReuse';
import type { KeywordHit, KeywordIndex } from './keywords';
import { claimSet } from './extract';
import type { Span } from './sentences';

const cache = new WeakMap<NoteAnalysis, WeakMap<object, KeywordHit<unknown>[]>>();

/** Every hit inside a non-heading block, sorted by start (then by length). */
export function noteKeywordHits<T>(analysis: NoteAnalysis, keywords: KeywordIndex<T>): KeywordHit<T>[] {
  let byIndex = cache.get(analysis);
  if (!byIndex) cache.set(analysis, (byIndex = new WeakMap()));
  let hits = byIndex.get(keywords) as KeywordHit<T>[] | undefined;
  if (!hits) byIndex.set(keywords, (hits = find(analysis, keywords)));
  return hits;
}

function find<T>(analysis: NoteAnalysis, keywords: KeywordIndex<T>): KeywordHit<T>[] {
  const view = claimSet(analysis).view;
  const out: KeywordHit<T>[] = [];
  analysis.parsed.blocks.forEach((block, index) => {
    if (block.kind === 'heading') return;
    if (!analysis.editing) {
      for (const hit of keywords.find(view, block.start, block.end)) out.push(hit);
      return;
    }
    const entry = blockEntry(analysis, view, index);
    entry.hits ??= new WeakMap();
    let hits = entry.hits.get(keywords) as KeywordHit<T>[] | undefined;
    if (!hits) entry.hits.set(keywords, (hits = keywords.find(view, block.start, block.end)));
    out.push(...shiftSpans(hits, block.start - entry.start));
  });
  // blocks come in note order and each block's hits by start, so the list is nearly always sorted already
  return isSortedByStart(out) ? out : out.sort((a, b) => a.start - b.start);
}

function isSortedByStart(hits: Span[]): boolean {
  for (let i = 1; i < hits.length; i++) if (hits[i].start < hits[i - 1].start) return false;
  return true;
}

/** The hits of `sorted` that lie within [start, end). */
export function hitsIn<T>(sorted: KeywordHit<T>[], start: number, end: number): KeywordHit<T>[] {
  return addHitsIn(sorted, start, end, []);
}

/** The hits of `sorted` that lie within [start, end), appended to `out` (which is returned). */
export function addHitsIn<T>(sorted: KeywordHit<T>[], start: number, end: number, out: KeywordHit<T>[]): KeywordHit<T>[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}
