// Turns an analysed note into claims: one per sentence of prose (a list item's text is split into its
// sentences) and one per table row. See index.ts for the API contract and claim.ts for what a claim reads
// only when asked.
import type { NoteAnalysis } from '../languageService';
import type { ProseBlock } from '../parse/model';
import { blockInfo, contextOf, type BlockInfo, type ContextSubject } from './context';
import { blockEntry, shiftClaim, type LocalClaim } from './blockReuse';
import { LazyClaim, plainClaim, type Claim, type ClaimPart, type ClaimSource } from './claim';
import { isTopic } from './claimMentions';
import { isQuestion, linkOnly } from './questions';
import { splitSentences, trimSpan, type Span } from './sentences';
import { proseView } from './view';

export type { Claim, ClaimMention, ClaimPart } from './claim';

export interface ClaimSet {
  view: string;
  claims: Claim[];
}

const cache = new WeakMap<NoteAnalysis, ClaimSet>();

export function claimSet(analysis: NoteAnalysis): ClaimSet {
  let set = cache.get(analysis);
  if (!set) cache.set(analysis, (set = build(analysis)));
  return set;
}

/** What building a note's claims reads at every block. */
interface Note {
  analysis: NoteAnalysis;
  view: string;
  info: BlockInfo;
  source: ClaimSource;
  /** the block indexes of each table, by table id (made at the first table row) */
  tables?: Map<number, number[]>;
}

function build(analysis: NoteAnalysis): ClaimSet {
  const parsed = analysis.parsed;
  const view = proseView(parsed);
  const note: Note = { analysis, view, info: blockInfo(parsed, analysis.mentions, view), source: { view, mentions: analysis.mentions } };
  const claims: Claim[] = [];
  const blocks = parsed.blocks;
  const seenRows = new Set<string>();
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind === 'heading') continue;
    if (block.table) {
      if (block.table.header) continue;
      const key = `${block.table.id}:${block.table.row}`;
      if (seenRows.has(key)) continue;
      seenRows.add(key);
      claims.push(tableRowClaim(note, index, claims.length));
    } else if (analysis.editing) {
      addReusedClaims(note, index, claims);
    } else {
      addSentenceClaims(note, index, claims);
    }
  }
  return { view, claims };
}

/** The claims of a paragraph block, one per sentence, appended to `claims`. */
function addSentenceClaims(note: Note, index: number, claims: Claim[]): void {
  const { view, info } = note;
  const block = note.analysis.parsed.blocks[index];
  const sentences = splitSentences(view, block.start, block.end);
  if (!sentences.length) return;
  // the same for every sentence of the block (and it may walk back over many blocks): once per block
  const around = contextOf(note.analysis.parsed, info, index);
  let previous: Span | undefined;
  for (const sentence of sentences) {
    const topic = inheritedTopic(view, info, index, sentences[0], sentence, previous);
    const context = topic === undefined ? around : withInherited(topic, index, around);
    claims.push(sentenceClaim(note, index, sentence, previous, claims.length, context));
    previous = sentence;
  }
}

function sentenceClaim(note: Note, index: number, sentence: Span, previous: Span | undefined, id: number, context: ContextSubject[]): LazyClaim {
  const part: ClaimPart = { start: sentence.start, end: sentence.end, role: 'text', block: index };
  const question = isQuestion(note.view, part) || linkOnly(note.analysis.text, sentence);
  return new LazyClaim(id, 'sentence', sentence, [part], context, previous, question, note.source);
}

/**
 * A sentence's context: the topic it inherits from the block, then the block's own context. Sentences that
 * inherit nothing share the block's list (claims are values: nobody changes a claim's context).
 */
function withInherited(topic: string, index: number, around: ContextSubject[]): ContextSubject[] {
  const context: ContextSubject[] = [{ conceptId: topic, from: 'item', block: index }];
  for (const c of around) if (c.conceptId !== topic) context.push(c);
  return context;
}

/**
 * A note being edited: a block's sentence claims come from the block's entry (built once while the block
 * is unchanged, read in full so the entry keeps no hold on an old version's view), shifted to where the
 * block stands now, then given their id and context.
 */
function addReusedClaims(note: Note, index: number, claims: Claim[]): void {
  const blocks = note.analysis.parsed.blocks;
  const entry = blockEntry(note.analysis, note.view, index);
  entry.claims ??= localClaims(note, index);
  const delta = blocks[index].start - entry.start;
  const locals = delta === 0 && entry.block === index ? entry.claims : entry.claims.map((c) => ({ claim: shiftClaim(c.claim, delta, index), inherited: c.inherited }));
  if (!locals.length) return;
  const around = contextOf(note.analysis.parsed, note.info, index);
  for (const local of locals) {
    const context = local.inherited === undefined ? around : withInherited(local.inherited, index, around);
    claims.push({ ...local.claim, id: claims.length, context });
  }
}

/** The sentence claims of a block as its block alone determines them (no id, no context), as plain values. */
function localClaims(note: Note, index: number): LocalClaim[] {
  const block = note.analysis.parsed.blocks[index];
  const sentences = splitSentences(note.view, block.start, block.end);
  const out: LocalClaim[] = [];
  let previous: Span | undefined;
  for (const sentence of sentences) {
    const claim = plainClaim(sentenceClaim(note, index, sentence, previous, -1, []));
    out.push({ claim, inherited: inheritedTopic(note.view, note.info, index, sentences[0], sentence, previous) });
    previous = sentence;
  }
  return out;
}

/**
 * The sentence before in the same block passes on its topic ("RPO : 데이터 손실 최소화. 되도록이면 커야한다"),
 * else the block's first sentence does; other mentions in a long paragraph are not this sentence's subject.
 */
function inheritedTopic(view: string, info: BlockInfo, index: number, first: Span, scope: Span, lookback: Span | undefined): string | undefined {
  if (!lookback) return undefined;
  const topic = topicIn(view, info, index, lookback);
  if (topic !== undefined || first.end > scope.start) return topic;
  return topicIn(view, info, index, first);
}

function topicIn(view: string, info: BlockInfo, index: number, span: Span): string | undefined {
  for (const m of info.mentions[index]) if (m.start >= span.start && m.end <= span.end && isTopic(view, m, span.start)) return m.conceptId;
  return undefined;
}

/** A table row: its cells are the claim's parts, the header cells ride along as context ('header'). */
function tableRowClaim(note: Note, index: number, id: number): Claim {
  const blocks = note.analysis.parsed.blocks;
  const t = blocks[index].table!;
  const parts: ClaimPart[] = [];
  let question = false;
  for (const i of tableBlocks(note, t.id)) {
    const table = blocks[i].table!;
    const role = table.row === t.row ? 'cell' : table.header ? 'header' : undefined;
    if (!role) continue;
    const s = trimSpan(note.view, blocks[i].start, blocks[i].end);
    if (!s) continue;
    parts.push({ start: s.start, end: s.end, role, column: table.column, block: i });
    if (role === 'cell' && !question) question = isQuestion(note.view, s);
  }
  const scope = { start: blocks[index].start, end: blocks[index].end };
  const cells = parts.filter((p) => p.role === 'cell');
  if (cells.length) {
    scope.start = cells[0].start;
    scope.end = cells[cells.length - 1].end;
  }
  return new LazyClaim(id, 'tableRow', scope, parts, contextOf(note.analysis.parsed, note.info, index), undefined, question, note.source);
}

/** The blocks of table `id`, in note order. */
function tableBlocks(note: Note, id: number): number[] {
  if (!note.tables) note.tables = tablesOf(note.analysis.parsed.blocks);
  return note.tables.get(id) ?? [];
}

function tablesOf(blocks: ProseBlock[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i].table;
    if (!t) continue;
    let list = out.get(t.id);
    if (!list) out.set(t.id, (list = []));
    list.push(i);
  }
  return out;
}
