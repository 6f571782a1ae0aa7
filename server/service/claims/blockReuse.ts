// Per-block reuse for a note being edited: one keystroke changes one chunk, yet claims and keyword hits were
// rebuilt for every block of the note on each edit (≈ 15 ms in a 50 KB note). What a block yields depends
// only on its chunk's text, the prose view a few characters around the chunk and the mentions inside it.
// Unchanged chunks come back from the parse cache as the same object, so the entries hang on that object,
// checked against that context; an entry built while the block sat elsewhere (text inserted above it) is
// shifted, not rebuilt. Only analyses flagged `editing` use it: a cold index sees each note once.
import type { NoteAnalysis } from '../languageService';
import { plainClaim, type Claim, type ClaimMention, type ClaimPart } from './claim';
import type { Quantity } from './quantities';
import type { Span } from './sentences';

/** Reads of the view reach this far before a block (quantity and aside windows) … */
const BEFORE = 32;
/** … and this far after it (units, port words, particles after a mention). */
const AFTER = 64;

export interface BlockEntry {
  /** where the block started and its index when the entry was built */
  start: number;
  block: number;
  /** claims of a paragraph block, without id and context (those depend on the rest of the note) */
  claims?: LocalClaim[];
  /** keyword hits inside the block, per keyword index (fact index of a knowledge base) */
  hits?: WeakMap<object, Span[]>;
}

/** A claim as its block alone determines it; `inherited` is the concept its block passes on to it. */
export interface LocalClaim {
  claim: Claim;
  inherited: string | undefined;
}

/** The entries of a chunk parse, valid while the chunk's surroundings and mentions are `context`. */
const byChunk = new WeakMap<object, { context: string; entries: BlockEntry[] }>();
/** An analysis's entries by block index. */
const byAnalysis = new WeakMap<NoteAnalysis, BlockEntry[]>();

/** The entry of block `index` of an analysis being edited (empty for a block whose chunk is new). */
export function blockEntry(analysis: NoteAnalysis, view: string, index: number): BlockEntry {
  let entries = byAnalysis.get(analysis);
  if (!entries) byAnalysis.set(analysis, (entries = entriesOf(analysis, view)));
  return entries[index];
}

function entriesOf(analysis: NoteAnalysis, view: string): BlockEntry[] {
  const { text, chunks, blocks } = analysis.parsed;
  const mentions = analysis.mentions;
  if (!chunks) return blocks.map((b, i) => ({ start: b.start, block: i }));
  const out: BlockEntry[] = [];
  let m = 0;
  for (const chunk of chunks) {
    const base = out.length;
    let context = '';
    for (; m < mentions.length && mentions[m].start < chunk.end; m++) {
      const x = mentions[m];
      context += `${x.start - chunk.start},${x.end - chunk.start},${x.conceptId},${x.block - base};`;
    }
    // a chunk cut out of one long line starts mid-line: quantity rules look back to the line's start
    const lineStart = text.lastIndexOf('\n', chunk.start - 1) + 1;
    context += `\u0000${view.slice(Math.max(0, Math.min(lineStart, chunk.start - BEFORE)), chunk.start)}\u0000${view.slice(chunk.end, chunk.end + AFTER)}`;
    let slot = byChunk.get(chunk.parse);
    if (!slot || slot.context !== context) {
      slot = { context, entries: chunk.parse.blocks.map((b, j) => ({ start: chunk.start + b.start, block: base + j })) };
      byChunk.set(chunk.parse, slot);
    }
    out.push(...slot.entries);
  }
  return out;
}

/** Spans moved by `delta`, for hits of an entry built at another offset. */
export function shiftSpans<T extends Span>(spans: T[], delta: number): T[] {
  return delta === 0 ? spans : spans.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta }));
}

/** A claim built for its block at another offset or index, moved to where the block is now. */
export function shiftClaim(claim: Claim, delta: number, block: number): Claim {
  const span = <T extends Span>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  const parts: ClaimPart[] = claim.parts.map((p) => ({ ...span(p), block }));
  const quantities = new Map<Quantity, Quantity>();
  for (const q of claim.quantities) {
    const moved: Quantity = { ...span(q) };
    if (q.counted) moved.counted = span(q.counted);
    quantities.set(q, moved);
  }
  for (const [q, moved] of quantities) if (q.partner) moved.partner = quantities.get(q.partner) ?? span(q.partner);
  const mentions: ClaimMention[] = claim.mentions.map((m) => ({ ...span(m), part: parts[claim.parts.indexOf(m.part)] ?? span(m.part) }));
  return {
    ...plainClaim(claim),
    start: claim.start + delta,
    end: claim.end + delta,
    parts,
    clauses: claim.clauses.map(span),
    mentions,
    quantities: [...quantities.values()],
    negations: claim.negations.map(span),
    lookback: claim.lookback && span(claim.lookback),
  };
}
