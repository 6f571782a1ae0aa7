// Terminology: a wrong term used where the attribute is talked about ("각 키 모두 SHA256을 사용한다" about
// S3 encryption → AES-256). Silent when the term is negated ("SHA-256이 아니라") or the right term stands in
// the same clause ("AES-256 (SHA-256 아님)"). An old term from the fact's history is reported as outdated.
import { clauseAt, distanceWithin, polarityIn, inOwnText } from '../../claims';
import { excerpt, formatDate, josa, pick, quote } from '../text';
import { isAside } from './boolean';
import { inLinkText } from './limit';
import type { IndexedFact } from '../factIndex';
import type { KeywordHit, Span } from '../../claims';
import type { KeywordRef } from '../factIndex';
import { attributeSpans, conditionsHold, factsForAnchor, type FactHits, type KindCheck, type KindContext, type Verdict } from './types';

const MAX_ATTRIBUTE_DISTANCE = 240;

export const checkTerms: KindCheck = (ctx) => {
  const out: Verdict[] = [];
  const facts = [...ctx.matches.keys()];
  for (const fact of facts) {
    const hits = ctx.matches.get(fact)!;
    // one finding per fact: the first wrong word that stands
    for (const w of hits.wrong) {
      const clause = wrongWordStands(ctx, facts, fact, hits, w);
      if (!clause) continue;
      out.push(termVerdict(ctx, fact, hits, w, clause));
      break;
    }
  }
  return out;
};

/** The clause in which the wrong word `w` is used about the fact's attribute and not contradicted, or undefined. */
function wrongWordStands(ctx: KindContext, facts: IndexedFact[], fact: IndexedFact, hits: FactHits, w: KeywordHit<KeywordRef>): Span | undefined {
  const claim = ctx.claim;
  if (!inOwnText(claim, w)) return undefined;
  // a "wrong" keyword inside the right term as written (".fifo" holds "fifo") is the right term
  if (hits.correct.some((c) => c.start <= w.start && c.end >= w.end)) return undefined;
  // the attribute word in the previous sentence counts only when this one names nothing itself ("각 키 모두 SHA256")
  const lookbackOk = !claim.mentions.some((m) => !(m.start < w.end && m.end > w.start));
  if (!hits.attr.some((a) => (inOwnText(claim, a) || lookbackOk) && distanceWithin(claim, w, a) <= MAX_ATTRIBUTE_DISTANCE)) return undefined;
  if (isAside(ctx, w) || inLinkText(ctx.analysis.text, w) || !conditionsHold(ctx, fact, w)) return undefined;
  if (!chosenFor(ctx, facts, fact, w)) return undefined;
  const clause = clauseAt(claim, w.start);
  if (hits.correct.some((c) => c.start >= clause.start && c.end <= clause.end && !(c.start < w.end && c.end > w.start))) return undefined;
  if (polarityIn(ctx.view, clause, w, claim.negations) !== 'positive') return undefined;
  if (/^\s*(대신|말고|보다|instead|rather)/i.test(ctx.view.slice(w.end, w.end + 12))) return undefined;
  return clause;
}

/** Every fact that speaks about the word competes: one for which it is the right term wins silently. */
function chosenFor(ctx: KindContext, facts: IndexedFact[], fact: IndexedFact, w: KeywordHit<KeywordRef>): boolean {
  const clauseOfW = clauseAt(ctx.claim, w.start);
  const overlapsW = (o: { start: number; end: number }) => o.start < w.end && o.end > w.start;
  const candidates = facts.filter((f) => {
    const h = ctx.matches.get(f)!;
    return h.wrong.some(overlapsW) || h.correct.some(overlapsW) || (f !== fact && h.attr.some((a) => a.start >= clauseOfW.start && a.end <= clauseOfW.end) && isRightTerm(f, ctx.view.slice(w.start, w.end)));
  });
  const chosen = factsForAnchor(ctx.claim, w, candidates, { passive: attributeSpans(ctx), kb: ctx.kb });
  return chosen.includes(fact) && !chosen.some((f) => f !== fact && isRightTerm(f, ctx.view.slice(w.start, w.end)));
}

/** The finding for a wrong (or old) term: message in the note's language, the fix, whether the note only names it. */
function termVerdict(ctx: KindContext, fact: IndexedFact, hits: FactHits, w: KeywordHit<KeywordRef>, clause: Span): Verdict {
  const claim = ctx.claim;
  const term = String(fact.fact.value.term ?? '');
  const replace = (fact.fact.value.replace as { ko?: string; en?: string } | undefined)?.[ctx.lang] ?? term;
  const written = ctx.analysis.text.slice(w.start, w.end);
  const old = (fact.history ?? []).find((h) => String((h.value as { term?: unknown }).term ?? '').toLowerCase().replace(/[\s-]/g, '') === w.keyword.toLowerCase().replace(/[\s-]/g, ''));
  const lang = ctx.lang;
  const message = termMessage(ctx, fact, term, written, clause, old);
  const explicit = (fact.fact.value.replace as { ko?: string; en?: string } | undefined)?.[ctx.lang];
  const fixes = replace && replace !== written && (explicit || isToken(term))
    ? [{ title: pick(lang, `${quote(written, lang)}${josa(written, '을/를').slice(written.length)} ${quote(replace, lang)}${josa(replace, '으로/로').slice(replace.length)} 고치기`, `Change ${quote(written, lang)} to ${quote(replace, lang)}`), edits: [{ start: w.start, end: w.end, newText: replace }], preferred: true }]
    : [];
  // the wrong word is the only attribute word in the claim: the note just uses the (old) name
  // (or the wrong word is itself the name of a concept: "S3 Select", "OAI", "Glacier")
  // (or every attribute word of the fact is itself a product name: "S3 Select", "Glacier Select")
  const naming =
    hits.attr.every((a) => hits.wrong.some((x) => a.start < x.end && a.end > x.start)) ||
    claim.mentions.some((m) => m.start <= w.start && m.end >= w.end) ||
    fact.attributeWords.every((a) => /^[A-Z0-9][A-Za-z0-9-]*(\s+[A-Z0-9][A-Za-z0-9-]*)*$/.test(a));
  return { fact, start: w.start, end: w.end, outdated: !!old, message: message.replace(/\s+$/, ''), fixes, naming };
}

function termMessage(ctx: KindContext, fact: IndexedFact, term: string, written: string, clause: Span, old: { until: string } | undefined): string {
  const lang = ctx.lang;
  const label = (fact.fact.label as { ko?: string; en?: string } | undefined)?.[lang];
  const explain = fact.fact.explain?.[lang] ?? '';
  if (old) {
    return pick(
      lang,
      `이 노트는 ${josa(quote(written, lang), '을/를')} 적었는데, 이는 ${formatDate(old.until, lang)}까지의 용어입니다. 지금은 ${josa(term, '입니다/입니다')}. ${explain}`,
      `The note uses ${quote(written, lang)}, which was current until ${formatDate(old.until, lang)}; it is now ${term}. ${explain}`,
    );
  }
  if (!isToken(term)) {
    return pick(
      lang,
      `이 노트는 ${josa(quote(excerpt(ctx.analysis.text, clause.start, clause.end), lang), '이라고/라고')} 적었지만, 사실과 다릅니다. ${explain}`,
      `The note says ${quote(excerpt(ctx.analysis.text, clause.start, clause.end), lang)}, which is not right. ${explain}`,
    );
  }
  if (label) {
    return pick(lang, `이 노트는 ${josa(label, '을/를')} ${josa(quote(written, lang), '이라고/라고')} 적었지만, ${josa(term, '입니다/입니다')}. ${explain}`, `The note says the ${label} is ${written}; it is ${term}. ${explain}`);
  }
  return pick(
    lang,
    `이 노트는 ${josa(quote(excerpt(ctx.analysis.text, clause.start, clause.end), lang), '이라고/라고')} 적었지만, ${josa(quote(written, lang), '이/가')} 아니라 ${josa(term, '입니다/입니다')}. ${explain}`,
    `The note says ${quote(excerpt(ctx.analysis.text, clause.start, clause.end), lang)}; it is ${term}, not ${written}. ${explain}`,
  );
}

/** A term short enough to stand in for the wrong one ("AES-256", "NAT gateway"), not a sentence. */
function isToken(term: string): boolean {
  return term.length > 0 && term.length <= 24 && !/[()/,;]/.test(term) && term.split(/\s+/).length <= 3;
}

/** Whether `word` is (part of) the right term of a fact: "Layer 4" for the NLB fact. */
function isRightTerm(f: IndexedFact, word: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[\s-]/g, '');
  const term = norm(String(f.fact.value.term ?? ''));
  return !!term && (term.includes(norm(word)) || norm(word).includes(term));
}
