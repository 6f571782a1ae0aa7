// What the workspace index keeps of a note: mentions by concept, headings, claims and findings, with the
// line starts to turn their offsets into positions. Never the text or the parse tree, so thousands of
// closed notes fit in a few megabytes. A summary is a value, built once per content (by the server, the
// CLI or an indexing worker) and also what the persistent cache stores.
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Lang } from '../knowledge/types';
import type { Finding } from '../findings';
import type { NoteAnalysis } from '../languageService';
import { StoredLines } from '../text/positions';
import { headingsOf, type HeadingSummary } from './headings';
import { claimsOf, type ClaimSummary } from './claimKeys';

export interface NoteSummary {
  uri: string;
  /** the language service's content hash of the text it was built from */
  hash: string;
  /** set by whoever read the note from a file: a hash of the file's bytes (the persistent cache's key) */
  source?: string;
  /** length of that text (UTF-16 units) */
  length: number;
  language: Lang;
  lineStarts: Uint32Array;
  /** the distinct concepts the note mentions; `mentions` refers to them by index */
  conceptIds: string[];
  /** flat triples (index into conceptIds, start, end), by start offset */
  mentions: Uint32Array;
  headings: HeadingSummary[];
  /** the note's own findings (contradictions with other notes are computed by the index) */
  findings: Finding[];
  /** claims that other notes could contradict */
  claims: ClaimSummary[];
}

export function summarize(analysis: NoteAnalysis, findings: Finding[], knowledge: KnowledgeBase): NoteSummary {
  const conceptIds: string[] = [];
  const indexOf = new Map<string, number>();
  const mentions = new Uint32Array(analysis.mentions.length * 3);
  analysis.mentions.forEach((m, i) => {
    let k = indexOf.get(m.conceptId);
    if (k === undefined) {
      k = conceptIds.length;
      conceptIds.push(m.conceptId);
      indexOf.set(m.conceptId, k);
    }
    mentions[i * 3] = k;
    mentions[i * 3 + 1] = m.start;
    mentions[i * 3 + 2] = m.end;
  });
  return {
    uri: analysis.uri,
    hash: analysis.hash,
    length: analysis.text.length,
    language: analysis.language,
    lineStarts: Uint32Array.from(analysis.lines.lineStarts),
    conceptIds,
    mentions,
    headings: headingsOf(analysis),
    findings,
    claims: claimsOf(analysis, findings, knowledge),
  };
}

/** One string per concept id however many summaries name it (a copy from a worker or a file makes new ones). */
const interned = new Map<string, string>();
export function internId(id: string): string {
  let s = interned.get(id);
  if (s === undefined) interned.set(id, (s = id));
  return s;
}
const NONE: string[] = Object.freeze([]) as unknown as string[];

/**
 * The same summary built afresh with shared concept-id strings and plain object shapes: what the index
 * keeps of a summary that came from a worker thread (structured clones are bulkier in memory).
 */
export function compactSummary(s: NoteSummary): NoteSummary {
  return {
    uri: s.uri,
    hash: s.hash,
    ...(s.source ? { source: s.source } : {}),
    length: s.length,
    language: s.language,
    lineStarts: s.lineStarts,
    conceptIds: s.conceptIds.map(internId),
    mentions: s.mentions,
    headings: s.headings.map((h) => ({
      text: h.text,
      depth: h.depth,
      start: h.start,
      end: h.end,
      concepts: h.concepts.length ? h.concepts.map(internId) : NONE,
      names: h.names.length ? h.names : NONE,
    })),
    findings: s.findings,
    claims: s.claims,
  };
}

/** Offsets ↔ positions for a summarised note. */
export const linesOf = (summary: NoteSummary) => new StoredLines(summary.lineStarts, summary.length);

/** The same summary under another URI (a renamed note, or a cache entry shared by identical notes). */
export const withUri = (summary: NoteSummary, uri: string): NoteSummary => (summary.uri === uri ? summary : { ...summary, uri });

/** How many times the note mentions each concept. */
export function mentionCounts(summary: NoteSummary): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < summary.mentions.length; i += 3) {
    const id = summary.conceptIds[summary.mentions[i]];
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The note's mentions of one concept as [start, end] offset pairs. */
export function mentionsOf(summary: NoteSummary, conceptId: string): [number, number][] {
  const k = summary.conceptIds.indexOf(conceptId);
  const out: [number, number][] = [];
  if (k < 0) return out;
  for (let i = 0; i < summary.mentions.length; i += 3) {
    if (summary.mentions[i] === k) out.push([summary.mentions[i + 1], summary.mentions[i + 2]]);
  }
  return out;
}
