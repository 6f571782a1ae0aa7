// What every check kind receives and returns.
import type { NoteAnalysis } from '../../languageService';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Lang } from '../../knowledge/types';
import type { Fix } from '../../findings';
import type { Claim, KeywordHit, Span, SubjectOptions } from '../../claims';
import { subjectsAt } from '../../claims';
import type { IndexedFact, KeywordRef } from '../factIndex';

export interface FactHits {
  attr: KeywordHit<KeywordRef>[];
  requires: KeywordHit<KeywordRef>[];
  excludes: KeywordHit<KeywordRef>[];
  wrong: KeywordHit<KeywordRef>[];
  correct: KeywordHit<KeywordRef>[];
}

export interface KindContext {
  analysis: NoteAnalysis;
  /** the prose view (same offsets as the note) */
  view: string;
  claim: Claim;
  lang: Lang;
  kb: KnowledgeBase;
  /** facts of this kind whose attribute words occur in the claim (requires met, no excludes), with their hits */
  matches: Map<IndexedFact, FactHits>;
  /** told about every number the limit check ties to a fact group, right or wrong (see factBindings) */
  bind?: (binding: FactBinding) => void;
}

/** A number of a claim tied to the limit facts it states (the same tie the checker judges by). */
export interface FactBinding {
  claim: Claim;
  quantity: import('../../claims').Quantity;
  /** the group's fact ids, the closest first */
  factIds: string[];
  /** the subject concept the number was tied through */
  subject: string;
}

/** A claim the note gets wrong (or states an old value of). */
export interface Verdict {
  fact: IndexedFact;
  start: number;
  end: number;
  outdated: boolean;
  message: string;
  fixes: Fix[];
  /** the claim is nothing but a name the fact is about ("Kinesis Data Firehose" → Amazon Data Firehose) */
  naming?: boolean;
}

export type KindCheck = (ctx: KindContext) => Verdict[];

/**
 * Of the candidate facts, those about the subject the words at `anchor` are most plausibly about: the
 * closest subject (in the claim, else inherited) that any candidate is about. Empty when none is tied.
 */
export function factsForAnchor(claim: Claim, anchor: Span, candidates: IndexedFact[], options: SubjectOptions & { kb?: KnowledgeBase } = {}): IndexedFact[] {
  if (!candidates.length) return [];
  for (const s of subjectsAt(claim, anchor, options)) {
    const hit = candidates.filter((f) => f.subjects.has(s.conceptId));
    if (!hit.length) continue;
    // an inherited subject does not hold when the claim names a sibling of it ("Layer 4" next to "NLB"
    // under an "ALB" heading): the claim is about the sibling
    if (s.from === 'context' && options.kb && namesSibling(claim, anchor, s.conceptId, options)) return [];
    return hit;
  }
  return [];
}

function namesSibling(claim: Claim, anchor: Span, subject: string, options: SubjectOptions & { kb?: KnowledgeBase }): boolean {
  const kb = options.kb!;
  const category = kb.concept(subject)?.category;
  const inside = (m: Span, spans?: Span[]) => !!spans?.some((x) => m.start < x.end && m.end > x.start);
  return claim.mentions.some((m) => {
    if (m.aside || m.part.role === 'header' || m.conceptId === subject) return false;
    if (inside(m, options.skip) || inside(m, options.passive) || (m.start < anchor.end && m.end > anchor.start)) return false;
    return m.topic || (!!category && kb.concept(m.conceptId)?.category === category);
  });
}

/** Hits that are not strictly inside a longer hit of the same list ("상태 저장" inside "비상태저장"). */
export function outermost<T extends Span>(hits: T[]): T[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}

/**
 * In a table row, a fact's `requires` words must stand in the cell itself, its column header or the row's
 * first cell (not in another column: "| | Default NACL | Custom NACL |"), and `excludes` there silence it.
 */
export function conditionsHold(ctx: KindContext, fact: IndexedFact, at: Span): boolean {
  const claim = ctx.claim;
  if (claim.kind !== 'tableRow') return true;
  const cell = claim.parts.find((p) => at.start >= p.start && at.end <= p.end);
  if (!cell) return false;
  const allowed = (x: Span) => claim.parts.some((p) => x.start >= p.start && x.end <= p.end && (p === cell || p.column === 0 || (p.role === 'header' && p.column === cell.column)));
  const hits = ctx.matches.get(fact)!;
  const needs = (fact.fact.requires?.ko?.length ?? 0) + (fact.fact.requires?.en?.length ?? 0) > 0;
  if (needs && !hits.requires.some(allowed)) return false;
  return !hits.excludes.some(allowed);
}

/** Every attribute and wrong-term hit of the matched facts: words that name the attribute, not the subject. */
export function attributeSpans(ctx: KindContext): Span[] {
  const out: Span[] = [];
  for (const h of ctx.matches.values()) out.push(...h.attr, ...h.wrong);
  return out;
}
