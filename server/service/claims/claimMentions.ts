// The concept mentions of a claim: which mentions of the note lie in its parts, whether each is the part's
// topic or only an aside (a comparison, a modifier), and which overlap its scope (numbers inside them, as
// in "Route 53", are not quantities). The note's mentions are sorted by offset, so a claim finds its own
// by halving, not by a pass over the note.
import type { Mention } from '../mentions/mentions';
import type { ClaimMention, ClaimPart } from './claim';
import type { Span } from './sentences';
import { isSpaceCode } from '../text/whitespace';

const ASIDE_AFTER = /^(?:\s*(?:의\s*(?:더\s*)?(?:상위|하위|대안|대체|확장|차이|업그레이드)|보다|와\s*는?\s*달리|과\s*는?\s*달리|와\s*(?:비교|다르게)|과\s*(?:비교|다르게)|처럼|같이|대신|에\s*비해|에\s*비하여|랑\s*달리)|\s+(?:than|instead))/;
const ASIDE_BEFORE = /(?:unlike|than|instead\s+of|compared\s+(?:to|with)|rather\s+than|similar\s+to|like|same\s+\w+\s+as|as)\s+(?:the\s+|an?\s+)?$/i;
const TOPIC_AFTER = /^(은|는|이|가|란|이란|에서는|의\s*경우|:)(?![\uac00-\ud7a3])|^\s*:/;

/** The mentions starting inside `part`, as the claim's mentions, appended to `out`. */
export function addClaimMentions(view: string, mentions: Mention[], part: ClaimPart, out: ClaimMention[]): void {
  for (let i = firstEndingAfter(mentions, part.start); i < mentions.length && mentions[i].start < part.end; i++) {
    const m = mentions[i];
    if (m.start >= part.start) out.push(claimMention(view, m, part));
  }
}

function claimMention(view: string, m: Mention, part: ClaimPart): ClaimMention {
  const after = view.slice(m.end, m.end + 16);
  const before = view.slice(Math.max(part.start, m.start - 24), m.start);
  const aside = ASIDE_AFTER.test(after) || ASIDE_BEFORE.test(before);
  return { conceptId: m.conceptId, start: m.start, end: m.end, aside, topic: isTopic(view, m, part.start), part };
}

/** The mention is the topic of the part starting at `partStart`: a topic particle or ':' follows it, or it opens the part. */
export function isTopic(view: string, m: Mention, partStart: number): boolean {
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
export function mentionsOverlapping(mentions: Mention[], span: Span): Mention[] {
  if (!sortedAndDisjoint(mentions)) return mentions.filter((m) => m.start < span.end && m.end > span.start);
  const out: Mention[] = [];
  for (let i = firstEndingAfter(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].end > span.start) out.push(mentions[i]);
  return out;
}
