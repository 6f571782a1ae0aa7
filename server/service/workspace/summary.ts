// What the workspace index keeps of a note: mentions by concept, headings, claims and findings, with the
// line starts to turn their offsets into positions. Never the text or the parse tree, so thousands of
// closed notes fit in a few megabytes. A summary is a value, built once per content (by the server, the
// CLI or an indexing worker) and also what the persistent cache stores.
//
// Numbers live in typed arrays and a note's heading texts in one string: an object and a string per
// mention or heading cost ~100 bytes each, and 4,000 notes have ~60,000 headings and ~400,000 mentions.
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
  /** the distinct concepts the note mentions; `mentions` and `headings` refer to them by index */
  conceptIds: string[];
  /** flat pairs per mention, by start offset: start, then (index into conceptIds << 16) | length */
  mentions: Uint32Array;
  /** flat per heading: depth, start, end, k, then the k concepts it names (indexes into conceptIds) */
  headings: Uint32Array;
  /** the headings' plain texts joined by "\n" (a heading's text has no line break) */
  headingTexts: string;
  /** each concept a heading names as written there, in the order `headings` lists them */
  headingNames: string[];
  /** the note's own findings (contradictions with other notes are computed by the index) */
  findings: Finding[];
  /** claims that other notes could contradict */
  claims: ClaimSummary[];
}

export function summarize(analysis: NoteAnalysis, findings: Finding[], knowledge: KnowledgeBase): NoteSummary {
  const conceptIds: string[] = [];
  const indexOf = new Map<string, number>();
  const headings = headingsOf(analysis);
  // the three arrays share one buffer: one allocation instead of three, and a structured clone (from an
  // indexing worker) keeps them in one buffer too
  const lineCount = analysis.lines.lineStarts.length;
  const mentionWords = analysis.mentions.length * 2;
  const all = new Uint32Array(lineCount + mentionWords + headingWords(headings));
  const lineStarts = all.subarray(0, lineCount);
  lineStarts.set(analysis.lines.lineStarts);
  const mentions = all.subarray(lineCount, lineCount + mentionWords);
  analysis.mentions.forEach((m, i) => {
    let k = indexOf.get(m.conceptId);
    if (k === undefined) {
      k = conceptIds.length;
      conceptIds.push(m.conceptId);
      indexOf.set(m.conceptId, k);
    }
    mentions[i * 2] = m.start;
    mentions[i * 2 + 1] = packMention(k, m.end - m.start);
  });
  return {
    uri: analysis.uri,
    hash: analysis.hash,
    length: analysis.text.length,
    language: analysis.language,
    lineStarts,
    conceptIds,
    mentions,
    ...packHeadings(headings, indexOf, all.subarray(lineCount + mentionWords)),
    findings,
    claims: claimsOf(analysis, findings, knowledge),
  };
}

/** A mention's concept index and length in one u32 (names are far shorter than 64 K units). */
function packMention(concept: number, length: number): number {
  return ((concept << 16) | Math.min(length, 0xffff)) >>> 0;
}

function headingWords(headings: HeadingSummary[]): number {
  let words = 0;
  for (const h of headings) words += 4 + h.concepts.length;
  return words;
}

/** Writes the headings into `packed` (headingWords long). */
function packHeadings(headings: HeadingSummary[], indexOf: Map<string, number>, packed: Uint32Array): Pick<NoteSummary, 'headings' | 'headingTexts' | 'headingNames'> {
  const names: string[] = [];
  let at = 0;
  for (const h of headings) {
    packed[at++] = h.depth;
    packed[at++] = h.start;
    packed[at++] = h.end;
    packed[at++] = h.concepts.length;
    h.concepts.forEach((id, i) => {
      packed[at++] = indexOf.get(id)!;
      names.push(intern(h.names[i] ?? id));
    });
  }
  return { headings: packed, headingTexts: headings.map((h) => h.text.replace(/\n/g, ' ')).join('\n'), headingNames: names.length ? names : NONE };
}

/** The headings of a summary as objects (for one note's outline or lenses; symbols use `headingTexts`). */
export function headingList(summary: NoteSummary): HeadingSummary[] {
  const texts = headingTextsOf(summary);
  const out: HeadingSummary[] = [];
  const h = summary.headings;
  let name = 0;
  for (let at = 0, i = 0; at < h.length; i++) {
    const [depth, start, end, k] = [h[at], h[at + 1], h[at + 2], h[at + 3]];
    const concepts: string[] = [];
    for (let j = 0; j < k; j++) concepts.push(summary.conceptIds[h[at + 4 + j]]);
    out.push({ text: texts[i], depth, start, end, concepts, names: summary.headingNames.slice(name, name + k) });
    name += k;
    at += 4 + k;
  }
  return out;
}

/** The plain text of each heading, in order. */
export function headingTextsOf(summary: NoteSummary): string[] {
  return summary.headings.length ? summary.headingTexts.split('\n') : [];
}

/** Calls `visit` with each heading's depth, start and end offsets and index, in order (no objects made). */
export function forEachHeading(summary: NoteSummary, visit: (depth: number, start: number, end: number, i: number) => void): void {
  const h = summary.headings;
  for (let at = 0, i = 0; at < h.length; i++) {
    visit(h[at], h[at + 1], h[at + 2], i);
    at += 4 + h[at + 3];
  }
}

/** One string per concept id or name however many summaries hold it (a copy from a worker or a file makes new ones). */
const interned = new Map<string, string>();
export function intern(id: string): string {
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
    conceptIds: s.conceptIds.map(intern),
    mentions: s.mentions,
    headings: s.headings,
    headingTexts: s.headingTexts,
    headingNames: s.headingNames.length ? s.headingNames.map(intern) : NONE,
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
  for (let i = 1; i < summary.mentions.length; i += 2) {
    const id = summary.conceptIds[summary.mentions[i] >>> 16];
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The note's mentions of one concept as [start, end] offset pairs. */
export function mentionsOf(summary: NoteSummary, conceptId: string): [number, number][] {
  const k = summary.conceptIds.indexOf(conceptId);
  const out: [number, number][] = [];
  if (k < 0) return out;
  for (let i = 0; i < summary.mentions.length; i += 2) {
    const packed = summary.mentions[i + 1];
    if (packed >>> 16 === k) out.push([summary.mentions[i], summary.mentions[i] + (packed & 0xffff)]);
  }
  return out;
}

/** The note's first mention of one concept as [start, end], if it has one. */
export function firstMentionOf(summary: NoteSummary, conceptId: string): [number, number] | undefined {
  const k = summary.conceptIds.indexOf(conceptId);
  if (k < 0) return undefined;
  for (let i = 0; i < summary.mentions.length; i += 2) {
    const packed = summary.mentions[i + 1];
    if (packed >>> 16 === k) return [summary.mentions[i], summary.mentions[i] + (packed & 0xffff)];
  }
  return undefined;
}
