// The fact checker: claims of a note against the facts of the knowledge base. Each claim's words are looked
// up once in the fact index; facts whose attribute words occur (requires met, no excludes) go to the check
// kind that interprets them; verdicts become findings with a message in the note's language, the AWS
// source, fixes, and the severity the settings ask for. When a claim cannot be tied to a subject and an
// attribute, nothing is reported.
import type { CheckContext, NoteAnalysis, NoteChecker } from '../languageService';
import type { Finding, Severity } from '../findings';
import { claimRegions, claimSet, hitsIn, inOwnText, noteKeywordHits, type Claim, type KeywordHit } from '../claims';
import { factIndex, type IndexedFact, type KeywordRef } from './factIndex';
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
  const always = index.facts.filter((f) => f.attributeWords.length === 0);
  // one pass over the whole note; each claim then takes the hits inside its regions
  const noteHits = noteKeywordHits(analysis, index.keywords);
  const verdicts: Verdict[] = [];
  // the limit check reports every number it ties to a fact on the way: kept for factBindings
  const bindings: FactBinding[] = [];
  const bind = (b: FactBinding) => bindings.push(b);
  for (const claim of claims) {
    if (claim.question) continue;
    const matches = matchFacts(claim, noteHits, always);
    if (!matches.size) continue;
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
      const ctx: KindContext = { analysis, view, claim, lang: analysis.language, kb: context.knowledge, matches: m, ...(kind === 'limit' ? { bind } : {}) };
      verdicts.push(...check(ctx));
    }
  }
  boundBy.set(analysis, { knowledge: context.knowledge, bindings });
  return toFindings(analysis, verdicts, context);
};

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

function matchFacts(claim: Claim, noteHits: KeywordHit<KeywordRef>[], always: IndexedFact[]): Map<IndexedFact, FactHits> {
  const all: KeywordHit<KeywordRef>[] = [];
  for (const r of claimRegions(claim)) all.push(...hitsIn(noteHits, r.start, r.end));
  // most facts a claim's words touch lack their attribute or requires word and are dropped below: find
  // those first, and build the hit lists only for the rest (the lists, and their order, stay the same)
  const withAttr = new Set<IndexedFact>();
  const withRequires = new Set<IndexedFact>();
  for (const hit of all) {
    for (const ref of hit.values) {
      if (ref.role === 'attr') withAttr.add(ref.fact);
      else if (ref.role === 'requires') withRequires.add(ref.fact);
    }
  }
  const possible = (f: IndexedFact) => (!f.attributeWords.length || withAttr.has(f)) && (!needsRequires(f) || withRequires.has(f));
  const found = new Map<IndexedFact, FactHits>();
  const entry = (f: IndexedFact) => {
    let h = found.get(f);
    if (!h) found.set(f, (h = { attr: [], requires: [], excludes: [], wrong: [], correct: [] }));
    return h;
  };
  for (const hit of all) {
    for (const ref of hit.values) if (possible(ref.fact)) entry(ref.fact)[ref.role].push(hit);
  }
  for (const f of always) entry(f);
  const out = new Map<IndexedFact, FactHits>();
  for (const [f, h] of found) {
    if (f.attributeWords.length && !h.attr.length) continue;
    if (needsRequires(f) && !h.requires.length) continue;
    // excludes silence the claim when they stand in its own text or in the sentence it continues (a limit
    // checks them per number, in the number's clause: "최대 객체 5TB, 단일 PUT은 5GB")
    if (f.kind !== 'limit' && h.excludes.some((x) => inOwnText(claim, x) || (claim.lookback && x.start >= claim.lookback.start && x.end <= claim.lookback.end))) continue;
    out.set(f, h);
  }
  return out;
}

const needsRequires = (f: IndexedFact) => !!(f.fact.requires?.ko?.length || f.fact.requires?.en?.length);

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
