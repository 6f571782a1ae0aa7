// The claims of a note that another note could contradict, reduced to a key (which fact: a limit-fact group
// of the KB and the role the writer gave the number — maximum, minimum, default) and a comparable value.
//
// Built on the claim extraction (server/service/claims) and the fact index of the fact checker, with a
// binding stricter than the checker's own, because a contradiction accuses two notes at once: the number
// must carry an explicit qualifier (최대/기본/up to/default …, not a bare number), the attribute word must
// stand in the same clause of the claim's own text, close to the number, and the subject — the closest one
// the claim names or inherits — must be a subject of the fact. Anything less: the claim is left out.
// Keys exist even where the KB has no value for the role ("기본 …" of a fact group that only knows a
// maximum): then the subject and attribute alone decide, as the issue asks.
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Finding } from '../findings';
import type { NoteAnalysis } from '../languageService';
import { CANONICAL, claimSet, claimRegions, hitsIn, noteKeywordHits, clauseAt, distanceWithin, inOwnText, subjectsAt, type Claim, type Quantity } from '../claims';
import { factIndex, type IndexedFact } from '../checks/factIndex';
import { factBindings, type FactBinding } from '../checks/factChecker';
import { DEFAULT_SETTINGS } from '../settings';
import { silentLogger } from '../logger';

export interface ClaimSummary {
  /** which fact the claim is about: `limit:<first fact id of the group>|<role>` */
  key: string;
  /** the value in a comparable, normalised form ("900 s") */
  value: string;
  /** the same value as a number in the family's canonical unit */
  amount: number;
  /** the value as the note writes it ("15분") */
  shown: string;
  start: number;
  end: number;
  /** concept id the fact is about (for messages) */
  subject: string;
  /** which value of the fact the writer states */
  role: 'max' | 'min' | 'default';
  /** the attribute in the note's words, for messages ("실행 시간", "visibility timeout") */
  attribute: string;
  /** the KB fact that has a value for this role, when there is one (then the fact check decides who is right) */
  factId?: string;
}

type Role = 'max' | 'min' | 'default';

/** Attribute words further than this (in distanceWithin's units, same clause) do not bind the number. */
const MAX_DISTANCE = 40;

export function claimsOf(analysis: NoteAnalysis, _findings: Finding[], knowledge: KnowledgeBase): ClaimSummary[] {
  const index = factIndex(knowledge);
  const limits = index.facts.filter((f) => f.kind === 'limit' && f.family);
  if (!limits.length || analysis.tooLarge) return [];
  const { view, claims } = claimSet(analysis);
  const noteHits = noteKeywordHits(analysis, index.keywords);
  // the fact checker's own tie of each number (requires and excludes honoured): a claim key never binds a
  // number to a fact the checker would not judge it by ("스팟 … 최대 90%" is not about reserved instances)
  const checked = new Map<Quantity, FactBinding>();
  for (const b of factBindings(analysis, { knowledge, settings: DEFAULT_SETTINGS, logger: silentLogger })) checked.set(b.quantity, b);
  const out: ClaimSummary[] = [];
  for (const claim of claims) {
    if (claim.question) continue;
    const quantities = claim.quantities.filter(qualifies);
    if (!quantities.length) continue;
    // attribute words of limit facts in the claim
    const hits = claimRegions(claim).flatMap((r) => hitsIn(noteHits, r.start, r.end));
    for (const q of quantities) {
      const tie = checked.get(q);
      const bound = tie && bind(claim, view, q, hits, limits, new Set(tie.factIds));
      if (!bound) continue;
      const role = q.qualifier as Role;
      const group = (bound.fact.group ?? [bound.fact]).filter((f) => tie.factIds.includes(f.fact.id));
      const withValue = group.find((f) => hasRole(f, role));
      out.push({
        key: `limit:${group[0].fact.id}|${role}`,
        value: `${Number(q.value.toPrecision(6))} ${CANONICAL[q.family] ?? q.family}`,
        amount: q.value,
        shown: q.text,
        start: q.start,
        end: q.end,
        subject: bound.fact.fact.subject,
        role,
        attribute: bound.word,
        ...(withValue ? { factId: withValue.fact.id } : {}),
      });
    }
  }
  return unambiguous(out);
}

/** Numbers a writer states as a limit: an explicit qualifier, nothing loose or incidental. */
function qualifies(q: Quantity): boolean {
  return (q.qualifier === 'max' || q.qualifier === 'min' || q.qualifier === 'default') && !q.weak && !q.modal && !q.approx && !q.incidental && !q.counted && !q.word;
}

function bind(
  claim: Claim,
  view: string,
  q: Quantity,
  hits: ReturnType<ReturnType<typeof factIndex>['keywords']['find']>,
  limits: IndexedFact[],
  applicable: Set<string>,
): { fact: IndexedFact; subject: string; word: string } | undefined {
  // the closest subject decides; a fact about something else is not this claim's
  const subject = subjectsAt(claim, q)[0]?.conceptId;
  if (!subject) return undefined;
  const clause = clauseAt(claim, q.start);
  let best: { fact: IndexedFact; distance: number; word: string } | undefined;
  for (const h of hits) {
    if (!inOwnText(claim, h) || h.start < clause.start || h.end > clause.end) continue;
    const distance = distanceWithin(claim, q, h);
    if (distance > MAX_DISTANCE || (best && distance >= best.distance)) continue;
    for (const ref of h.values) {
      if (ref.role !== 'attr' || ref.fact.family !== q.family || !limits.includes(ref.fact)) continue;
      const fact = (ref.fact.group ?? [ref.fact]).find((f) => f.subjects.has(subject) && applicable.has(f.fact.id));
      if (fact) {
        best = { fact, distance, word: view.slice(h.start, h.end).replace(/\s+/g, ' ').trim() || h.keyword };
        break;
      }
    }
  }
  return best && { fact: best.fact, subject, word: best.word };
}

function hasRole(f: IndexedFact, role: Role): boolean {
  const l = f.limit;
  if (!l) return false;
  return l.qualifier === role || (l.qualifier === 'range' && ((role === 'max' && l.max !== undefined) || (role === 'min' && l.min !== undefined)));
}

/** A note that gives two values for one key (an old and a new one, two cases) is unsure: it claims neither. */
function unambiguous(claims: ClaimSummary[]): ClaimSummary[] {
  const values = new Map<string, Set<string>>();
  for (const c of claims) {
    let set = values.get(c.key);
    if (!set) values.set(c.key, (set = new Set()));
    set.add(c.value);
  }
  const seen = new Set<string>();
  return claims.filter((c) => {
    if (values.get(c.key)!.size > 1) return false;
    // one claim per key and note is enough to contradict another
    if (seen.has(c.key)) return false;
    seen.add(c.key);
    return true;
  });
}
