// Turns an analysed note into claims: one per sentence of prose (a list item's text is split into its
// sentences) and one per table row. See index.ts for the API contract.
import type { NoteAnalysis } from '../languageService';
import type { Mention } from '../mentions/mentions';
import { blockInfo, contextOf, type BlockInfo, type ContextSubject } from './context';
import { blockEntry, shiftClaim, type LocalClaim } from './blockReuse';
import { negationCues, type Cue } from './polarity';
import { findQuantities, type Quantity } from './quantities';
import { splitClauses, splitSentences, trimSpan, type Span } from './sentences';
import { proseView } from './view';
import { isSpaceCode } from '../text/whitespace';

export interface ClaimPart extends Span {
  /** 'text' for a sentence; for a table row each data cell is a 'cell' and each header cell a 'header' */
  role: 'text' | 'cell' | 'header';
  column?: number;
  block: number;
}

export interface ClaimMention {
  conceptId: string;
  start: number;
  end: number;
  /** in a comparison or a modifier ("VPC 피어링의 상위 개념", "Lambda보다", "unlike SQS"): not the subject */
  aside: boolean;
  /** followed by a topic/subject particle (은/는/이/가) or starts the claim */
  topic: boolean;
  part: ClaimPart;
}

export interface Claim {
  id: number;
  kind: 'sentence' | 'tableRow';
  /** the claim's scope in the note (a sentence, or a whole table row) */
  start: number;
  end: number;
  /** the pieces of text the claim consists of (header cells of a table row are context, not claim) */
  parts: ClaimPart[];
  /** clauses of the claim's own text, for polarity and binding */
  clauses: Span[];
  /** concept mentions inside the parts */
  mentions: ClaimMention[];
  /** subjects inherited from the rest of the block, the list item, a topic line or the heading, nearest first */
  context: ContextSubject[];
  /** the previous sentence of the same block: its subject and attribute words still count ("… 각 키 모두 SHA256") */
  lookback?: Span;
  quantities: Quantity[];
  negations: Cue[];
  /** a question ("…가능할까?"), or nothing but a link's text: never reported */
  question: boolean;
  /** the sentence corrects a misconception ("…라고 하는 것은 잘못된 것이다", "a common myth is …") */
  corrective: boolean;
  /** the claim's text as the checker reads it (emphasis markers blanked), same offsets as the note */
  text: string;
}

export interface ClaimSet {
  view: string;
  claims: Claim[];
}

const ASIDE_AFTER = /^(?:\s*(?:의\s*(?:더\s*)?(?:상위|하위|대안|대체|확장|차이|업그레이드)|보다|와\s*는?\s*달리|과\s*는?\s*달리|와\s*(?:비교|다르게)|과\s*(?:비교|다르게)|처럼|같이|대신|에\s*비해|에\s*비하여|랑\s*달리)|\s+(?:than|instead))/;
const ASIDE_BEFORE = /(?:unlike|than|instead\s+of|compared\s+(?:to|with)|rather\s+than|similar\s+to|like|same\s+\w+\s+as|as)\s+(?:the\s+|an?\s+)?$/i;
const TOPIC_AFTER = /^(은|는|이|가|란|이란|에서는|의\s*경우|:)(?![\uac00-\ud7a3])|^\s*:/;

const CORRECTIVE = /(잘못된\s*(것|생각|개념|이해|정보)|잘못이다|잘못임|틀린\s*(것|말|설명)|틀렸|오해|착각|흔한\s*실수|misconception|\bmyth\b|common\s+mistake|is\s+(?:wrong|incorrect|false)\b|not\s+true\b)/i;

const cache = new WeakMap<NoteAnalysis, ClaimSet>();

export function claimSet(analysis: NoteAnalysis): ClaimSet {
  let set = cache.get(analysis);
  if (!set) cache.set(analysis, (set = build(analysis)));
  return set;
}

function build(analysis: NoteAnalysis): ClaimSet {
  const parsed = analysis.parsed;
  const view = proseView(parsed);
  const info = blockInfo(parsed, analysis.mentions, view);
  const claims: Claim[] = [];
  const blocks = parsed.blocks;
  const seenRows = new Set<string>();

  blocks.forEach((block, index) => {
    if (block.kind === 'heading') return;
    if (block.table) {
      if (block.table.header) return;
      const key = `${block.table.id}:${block.table.row}`;
      if (seenRows.has(key)) return;
      seenRows.add(key);
      claims.push(tableRowClaim(analysis, view, info, index, claims.length));
      return;
    }
    const locals = blockClaims(analysis, view, info, index);
    // the same for every sentence of the block (and it may walk back over many blocks): once per block
    const around = locals.length ? contextOf(parsed, info, index) : [];
    for (const local of locals) {
      const context: ContextSubject[] = local.inherited.map((conceptId) => ({ conceptId, from: 'item', block: index }));
      for (const c of around) if (!context.some((o) => o.conceptId === c.conceptId)) context.push(c);
      claims.push({ ...local.claim, id: claims.length, context });
    }
  });
  return { view, claims };
}

/** The claims of a paragraph block (one per sentence), reused from an earlier version of a note being edited. */
function blockClaims(analysis: NoteAnalysis, view: string, info: BlockInfo, index: number): LocalClaim[] {
  if (!analysis.editing) return sentenceClaims(analysis, view, info, index);
  const entry = blockEntry(analysis, view, index);
  entry.claims ??= sentenceClaims(analysis, view, info, index);
  const delta = analysis.parsed.blocks[index].start - entry.start;
  if (delta === 0 && entry.block === index) return entry.claims;
  return entry.claims.map((c) => ({ claim: shiftClaim(c.claim, delta, index), inherited: c.inherited }));
}

function sentenceClaims(analysis: NoteAnalysis, view: string, info: BlockInfo, index: number): LocalClaim[] {
  const block = analysis.parsed.blocks[index];
  const out: LocalClaim[] = [];
  let previous: Span | undefined;
  const sentences = splitSentences(view, block.start, block.end);
  for (const sentence of sentences) {
    const part: ClaimPart = { ...sentence, role: 'text', block: index };
    const claim = makeClaim(analysis, view, info, index, -1, 'sentence', sentence, [part], previous);
    out.push({ claim, inherited: inheritedTopics(view, info, index, sentences[0], sentence, previous) });
    previous = sentence;
  }
  return out;
}

function tableRowClaim(analysis: NoteAnalysis, view: string, info: BlockInfo, index: number, id: number): Claim {
  const blocks = analysis.parsed.blocks;
  const t = blocks[index].table!;
  const parts: ClaimPart[] = [];
  blocks.forEach((b, i) => {
    if (!b.table || b.table.id !== t.id) return;
    if (b.table.row === t.row) {
      const s = trimSpan(view, b.start, b.end);
      if (s) parts.push({ ...s, role: 'cell', column: b.table.column, block: i });
    } else if (b.table.header) {
      const s = trimSpan(view, b.start, b.end);
      if (s) parts.push({ ...s, role: 'header', column: b.table.column, block: i });
    }
  });
  const own = parts.filter((p) => p.role === 'cell');
  const scope = { start: own[0]?.start ?? blocks[index].start, end: own[own.length - 1]?.end ?? blocks[index].end };
  const claim = makeClaim(analysis, view, info, index, id, 'tableRow', scope, parts, undefined);
  claim.context = contextOf(analysis.parsed, info, index);
  return claim;
}

function makeClaim(
  analysis: NoteAnalysis,
  view: string,
  info: BlockInfo,
  index: number,
  id: number,
  kind: Claim['kind'],
  scope: Span,
  parts: ClaimPart[],
  lookback: Span | undefined,
): Claim {
  const own = parts.filter((p) => p.role !== 'header');
  const clauses = own.flatMap((p) => splitClauses(view, p));
  const mentions: ClaimMention[] = [];
  for (const part of parts) {
    for (const m of mentionsIn(analysis.mentions, part)) mentions.push(claimMention(view, m, part));
  }
  const exclude = mentionsOverlapping(analysis.mentions, scope);
  const quantities = own.flatMap((p) => findQuantities(view, p, exclude, clauses));
  for (const q of quantities) {
    if (q.family !== 'count') continue;
    const m = mentions.find((x) => x.start >= q.end && x.start <= q.end + 4 && /^\s*(의)?\s*$/.test(view.slice(q.end, x.start)));
    // "5개 오로라는 15개": a topic after the number starts the next statement, it is not counted
    if (m && !/^(은|는)(?![\uac00-\ud7a3])/.test(view.slice(m.end, m.end + 2))) q.counted = { conceptId: m.conceptId, start: m.start, end: m.end };
  }
  const negations = own.flatMap((p) => negationCues(view, p));
  const text = view.slice(scope.start, scope.end);
  const question =
    own.some((p) => /\?|(?:ㄹ까|을까|일까|인가|나요|는가|는지)\s*[.!]?\s*$/.test(view.slice(p.start, p.end))) ||
    (kind === 'sentence' && linkOnly(analysis.text, scope));
  const corrective = own.some((p) => CORRECTIVE.test(view.slice(p.start, p.end)));
  return { id, kind, start: scope.start, end: scope.end, parts, clauses, mentions, context: [], lookback, quantities, negations, question, corrective, text };
}

/**
 * The sentence before in the same block passes on its topic ("RPO : 데이터 손실 최소화. 되도록이면 커야한다"),
 * else the block's first sentence does; other mentions in a long paragraph are not this sentence's subject.
 */
function inheritedTopics(view: string, info: BlockInfo, index: number, first: Span, scope: Span, lookback: Span | undefined): string[] {
  if (!lookback) return [];
  const topicsOf = (span: Span) => {
    for (const m of info.mentions[index]) if (m.start >= span.start && m.end <= span.end && isTopic(view, m, span.start)) return [m.conceptId];
    return [];
  };
  let inherited = topicsOf(lookback);
  if (!inherited.length && first.end <= scope.start) inherited = topicsOf(first);
  return inherited;
}

/** In a list of mentions sorted by offset, the index of the first that ends after `offset` (by halving). */
function firstEndingAfter(mentions: Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionsIn(mentions: Mention[], span: Span): Mention[] {
  // mentions are sorted by offset
  const out: Mention[] = [];
  for (let i = firstEndingAfter(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].start >= span.start) out.push(mentions[i]);
  return out;
}

function claimMention(view: string, m: Mention, part: ClaimPart): ClaimMention {
  const after = view.slice(m.end, m.end + 16);
  const before = view.slice(Math.max(part.start, m.start - 24), m.start);
  const aside = ASIDE_AFTER.test(after) || ASIDE_BEFORE.test(before);
  return { conceptId: m.conceptId, start: m.start, end: m.end, aside, topic: isTopic(view, m, part.start), part };
}

/** The mention is the topic of the part starting at `partStart`: a topic particle or ':' follows it, or it opens the part. */
function isTopic(view: string, m: Mention, partStart: number): boolean {
  return TOPIC_AFTER.test(view.slice(m.end, m.end + 16)) || onlyListMarks(view, partStart, m.start);
}

/** view[from, to) holds nothing but spaces and list numbering ("1. ", "(2) ", "① ", "- "): a mention after it starts the claim. */
function onlyListMarks(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = view.charCodeAt(i);
    const mark = c === 40 || c === 41 || c === 46 || c === 45 || (c >= 48 && c <= 57) || (c >= 0x2460 && c <= 0x2473); // ( ) . - digits ①-⑳
    if (!mark && !isSpaceCode(c)) return false;
  }
  return true;
}

/** The sentence is nothing but a link's text ("[AWS 문서]", maybe with "(…)" after it). */
function linkOnly(text: string, scope: Span): boolean {
  // the test below needs a "[" first; most sentences fail here without building any string
  let i = scope.start;
  while (i < scope.end && isSpaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 91 /* [ */ || i >= scope.end) return false;
  return /^\[[^\]]*\]\s*$/.test(text.slice(scope.start, scope.end).replace(/\([^)]*\)\s*$/, '').trim());
}

/** Whether a note's mentions are sorted and disjoint (as the matcher makes them), by mention list. */
const disjointLists = new WeakMap<Mention[], boolean>();

function sortedAndDisjoint(mentions: Mention[]): boolean {
  let known = disjointLists.get(mentions);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < mentions.length && known; i++) known = mentions[i].start >= mentions[i - 1].end;
    disjointLists.set(mentions, known);
  }
  return known;
}

/** Mentions overlapping `span`, in order: one run of the sorted, disjoint list, found by halving (not a pass per claim). */
function mentionsOverlapping(mentions: Mention[], span: Span): Mention[] {
  if (!sortedAndDisjoint(mentions)) return mentions.filter((m) => m.start < span.end && m.end > span.start);
  const out: Mention[] = [];
  for (let i = firstEndingAfter(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].end > span.start) out.push(mentions[i]);
  return out;
}
