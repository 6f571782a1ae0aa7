// The fact checker: claims of a note against the facts of the knowledge base. Each claim's words are looked
// up once in the fact index; facts whose attribute words occur (requires met, no excludes) go to the check
// kind that interprets them; verdicts become findings with a message in the note's language, the AWS
// source, fixes, and the severity the settings ask for. When a claim cannot be tied to a subject and an
// attribute, nothing is reported.
import type { CheckContext, NoteAnalysis, NoteChecker } from '../languageService';
import type { Finding, Severity } from '../findings';
import { addHitsIn, claimSet, inOwnText, noteKeywordHits, type Claim, type KeywordHit } from '../claims';
import { factIndex, factsByRole, type IndexedFact, type KeywordRef } from './factIndex';
import { isSuppressed, suppressedRegions } from './suppressions';
import { formatDate } from './text';
import type { FactBinding, FactHits, KindCheck, KindContext, Verdict } from './kinds/types';

export type { FactBinding } from './kinds/types';
import { checkLimits } from './kinds/limit';
import { checkBooleans } from './kinds/boolean';
import { checkTerms } from './kinds/term';
import { checkEnumerations } from './kinds/enumeration';
import { checkDirections } from './kinds/direction';
import { checkOrderings } from './kinds/ordering';

/** One module per check kind; a fact's `kind` picks the module. */
export const CHECK_KINDS: Record<string, KindCheck> = {
  limit: checkLimits,
  boolean: checkBooleans,
  term: checkTerms,
  enumeration: checkEnumerations,
  direction: checkDirections,
  ordering: checkOrderings,
};

export const factChecker: NoteChecker = (analysis, context) => {
  if (!context.settings.factCheck.enabled) return [];
  const index = factIndex(context.knowledge, (m) => context.logger.warn(m));
  if (!index.facts.length) return [];
  const { view, claims } = claimSet(analysis);
  // one pass over the whole note; each claim then takes the hits inside its regions
  const noteHits = noteKeywordHits(analysis, index.keywords);
  const verdicts: Verdict[] = [];
  // the limit check reports every number it ties to a fact on the way: kept for factBindings
  const bindings: FactBinding[] = [];
  const bind = (b: FactBinding) => bindings.push(b);
  for (const claim of claims) {
    if (claim.question) continue;
    const matches = matchFacts(claim, noteHits, index.always);
    if (matches.size) checkClaim(analysis, view, claim, context.knowledge, bind, matches, verdicts);
  }
  boundBy.set(analysis, { knowledge: context.knowledge, bindings });
  return toFindings(analysis, verdicts, context);
};

/** Each check kind judges the claim on its own facts; verdicts are appended to `out`. */
function checkClaim(
  analysis: NoteAnalysis,
  view: string,
  claim: Claim,
  kb: CheckContext['knowledge'],
  bind: (b: FactBinding) => void,
  matches: ReadonlyMap<IndexedFact, FactHits>,
  out: Verdict[],
): void {
  const byKind = new Map<string, Map<IndexedFact, FactHits>>();
  for (const [fact, hits] of matches) {
    let m = byKind.get(fact.kind);
    if (!m) byKind.set(fact.kind, (m = new Map()));
    m.set(fact, hits);
  }
  for (const [kind, m] of byKind) {
    const check = CHECK_KINDS[kind];
    if (!check) continue;
    if (claim.corrective && kind !== 'limit') continue;
    const ctx: KindContext = { analysis, view, claim, lang: analysis.language, kb, matches: m, ...(kind === 'limit' ? { bind } : {}) };
    for (const v of check(ctx)) out.push(v);
  }
}

/** The bindings the last fact check of an analysis made, so the workspace summary need not bind again. */
const boundBy = new WeakMap<NoteAnalysis, { knowledge: CheckContext['knowledge']; bindings: FactBinding[] }>();

/**
 * Every number of the note that the limit check ties to a fact group, right or wrong: "this note states V
 * for fact F". The workspace index can compare notes on exactly these (same fact, different value) instead
 * of binding numbers again. Pure; honours the same requires/excludes/subject rules as the findings.
 */
export function factBindings(analysis: NoteAnalysis, context: CheckContext): FactBinding[] {
  const known = boundBy.get(analysis);
  if (known && known.knowledge === context.knowledge) return known.bindings;
  const index = factIndex(context.knowledge, (m) => context.logger.warn(m));
  const limits = index.facts.filter((f) => f.kind === 'limit');
  if (!limits.length) return [];
  const { view, claims } = claimSet(analysis);
  const noteHits = noteKeywordHits(analysis, index.keywords);
  const out: FactBinding[] = [];
  for (const claim of claims) {
    if (claim.question || !claim.quantities.length) continue;
    const matches = new Map([...matchFacts(claim, noteHits, [])].filter(([f]) => f.kind === 'limit'));
    if (!matches.size) continue;
    checkLimits({ analysis, view, claim, lang: analysis.language, kb: context.knowledge, matches, bind: (b) => out.push(b) });
  }
  return out;
}

/** A claim no fact concerns (shared: nobody changes a match). */
const NO_MATCHES: ReadonlyMap<IndexedFact, FactHits> = new Map();

/**
 * The facts a claim's words concern, with their hits: a fact's attribute word (when it has any) and one of
 * its `requires` words (when it has any) occur in the claim's regions, and no `excludes` word stands in the
 * claim's own text (a limit checks those per number). Facts appear in the order their first hit does.
 */
function matchFacts(claim: Claim, noteHits: KeywordHit<KeywordRef>[], always: IndexedFact[]): ReadonlyMap<IndexedFact, FactHits> {
  const hits = claimHits(claim, noteHits);
  // most facts a claim's words touch lack their attribute or requires word: find the few that do not
  // first (most claims have none), and build hit lists only for those
  const possible = possibleFacts(hits, always);
  if (!possible) return NO_MATCHES;
  const found = new Map<IndexedFact, FactHits>();
  for (const hit of hits) {
    for (const ref of hit.values) {
      if (!possible.has(ref.fact)) continue;
      let h = found.get(ref.fact);
      if (!h) found.set(ref.fact, (h = { attr: [], requires: [], excludes: [], wrong: [], correct: [] }));
      h[ref.role].push(hit);
    }
  }
  for (const f of always) if (possible.has(f) && !found.has(f)) found.set(f, { attr: [], requires: [], excludes: [], wrong: [], correct: [] });
  for (const [f, h] of found) if (excluded(claim, f, h)) found.delete(f);
  return found;
}

/** The keyword hits in the claim's regions (its parts, then the sentence before), in that order. */
function claimHits(claim: Claim, noteHits: KeywordHit<KeywordRef>[]): KeywordHit<KeywordRef>[] {
  const out: KeywordHit<KeywordRef>[] = [];
  for (const p of claim.parts) addHitsIn(noteHits, p.start, p.end, out);
  if (claim.lookback) addHitsIn(noteHits, claim.lookback.start, claim.lookback.end, out);
  return out;
}

/**
 * Facts whose attribute word occurs among `hits` (or that have none, and occur there or are `always`
 * asked about), and whose requires word occurs there too (when they have one).
 */
function possibleFacts(hits: KeywordHit<KeywordRef>[], always: IndexedFact[]): Set<IndexedFact> | undefined {
  let possible: Set<IndexedFact> | undefined;
  let withRequires: Set<IndexedFact> | undefined;
  const consider = (f: IndexedFact) => {
    if (possible?.has(f)) return;
    if (f.needsRequires && !(withRequires ??= requiresMet(hits)).has(f)) return;
    (possible ??= new Set()).add(f);
  };
  for (const hit of hits) {
    const roles = factsByRole(hit.values);
    for (const f of roles.attr) consider(f);
    for (const f of roles.unconditional) consider(f);
  }
  for (const f of always) consider(f);
  return possible;
}

function requiresMet(hits: KeywordHit<KeywordRef>[]): Set<IndexedFact> {
  const out = new Set<IndexedFact>();
  for (const hit of hits) for (const f of factsByRole(hit.values).requires) out.add(f);
  return out;
}

/**
 * Excludes silence the claim when they stand in its own text or in the sentence it continues (a limit
 * checks them per number, in the number's clause: "최대 객체 5TB, 단일 PUT은 5GB").
 */
function excluded(claim: Claim, f: IndexedFact, h: FactHits): boolean {
  if (f.kind === 'limit' || !h.excludes.length) return false;
  return h.excludes.some((x) => inOwnText(claim, x) || (claim.lookback && x.start >= claim.lookback.start && x.end <= claim.lookback.end));
}

function toFindings(analysis: NoteAnalysis, verdicts: Verdict[], context: CheckContext): Finding[] {
  const regions = suppressedRegions(analysis);
  const lang = analysis.language;
  const seen = new Set<string>();
  const named = new Set<string>();
  const out: Finding[] = [];
  for (const v of verdicts) {
    const fact = v.fact.fact;
    const key = `${fact.id}:${v.start}:${v.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // a note that merely uses an old name ("Kinesis Data Firehose") states nothing wrong about AWS: findings
    // of a `rename` fact appear only when the settings ask for that fact by id (the service applies the
    // configured severities to every finding afterwards); a retired feature's name is reported once a note
    if (v.naming) {
      if (fact.rename === true && !context.settings.factCheck.severity[fact.id]) continue;
      if (named.has(fact.id)) continue;
      named.add(fact.id);
    }
    const severity: Severity = v.outdated ? 'information' : (fact.severity ?? 'warning');
    const asOf = fact.source?.asOf ? String(fact.source.asOf) : undefined;
    const finding: Finding = {
      code: fact.id,
      severity,
      message: v.message,
      start: v.start,
      end: v.end,
      source: fact.source?.url ? { url: fact.source.url, asOf } : undefined,
      outdated: v.outdated || undefined,
      related: fact.source?.url
        ? [{ message: lang === 'ko' ? `출처: ${fact.source.url}${asOf ? ` (${formatDate(asOf, lang)} 기준)` : ''}` : `Source: ${fact.source.url}${asOf ? ` (as of ${formatDate(asOf, lang)})` : ''}` }]
        : undefined,
      fixes: v.fixes,
    };
    if (isSuppressed(finding, regions)) continue;
    out.push(finding);
  }
  return out;
}
