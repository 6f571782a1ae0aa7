// Boolean properties: the claim affirms or denies the attribute ("전이적 라우팅 불가" / "가능"); after
// negation is counted, a polarity that differs from the fact's truth is wrong (or outdated when the fact's
// history says it was so once). Unknown polarity, bare topic lines and questions stay silent.
import type { Claim, Span } from '../../claims';
import { clauseAt, polarityIn } from '../../claims';
import type { Fix } from '../../findings';
import type { Lang } from '../../knowledge/types';
import type { IndexedFact } from '../factIndex';
import { excerpt, formatDate, pick, quote, josa } from '../text';
import { inLinkText } from './limit';
import { attributeSpans, conditionsHold, factsForAnchor, outermost, type KindCheck, type KindContext, type Verdict } from './types';

const AFFIRMATIVE_CELL = /(^|[^A-Za-z가-힣])(O|o|○|◯|⭕|✓|✔|✅|예|네|yes|Yes|YES|가능|지원|있음|허용|supported|allowed)([^A-Za-z가-힣]|$)/;

export const checkBooleans: KindCheck = (ctx) => {
  const out: Verdict[] = [];
  const claim = ctx.claim;
  const facts = [...ctx.matches.keys()];
  const done = new Set<IndexedFact>();
  // every attribute word in the claim's own text, each with the facts it names
  const hits = outermost(facts.flatMap((f) => ctx.matches.get(f)!.attr.filter((h) => ownPart(claim, h)).map((h) => ({ start: h.start, end: h.end, fact: f, keyword: h.keyword }))));
  for (const hit of hits) {
    if (done.has(hit.fact)) continue;
    const candidates = facts.filter((f) => ctx.matches.get(f)!.attr.some((h) => h.start < hit.end && h.end > hit.start));
    const part = ownPart(claim, hit)!;
    const valueCells = claim.kind === 'tableRow' && part.column === 0 ? claim.parts.filter((p) => p.role === 'cell' && p !== part) : [];
    if (valueCells.length) {
      // "| 전이적 라우팅 | X | O |" under "| | VPC 피어링 | TGW |": each value cell speaks for its column's subject
      for (const cell of valueCells) {
        if (!factsForAnchor(claim, cell, candidates, { skip: attributeSpans(ctx), kb: ctx.kb }).includes(hit.fact)) continue;
        if (!conditionsHold(ctx, hit.fact, cell)) continue;
        const polarity = cellPolarity(ctx, claim, cell);
        if (polarity === 'unknown') continue;
        const v = judge(ctx, hit.fact, hit, polarity === 'positive', undefined);
        if (v) {
          out.push(v);
          done.add(hit.fact);
        }
      }
      continue;
    }
    if (!factsForAnchor(claim, hit, candidates, { skip: attributeSpans(ctx), kb: ctx.kb }).includes(hit.fact)) continue;
    if (!conditionsHold(ctx, hit.fact, hit) || inLinkText(ctx.analysis.text, hit)) continue;
    const clause = clauseAt(claim, hit.start);
    if (isTopicLine(ctx, claim, hit, clause) || isDefinition(ctx, claim, hit) || isAside(ctx, hit)) continue;
    const polarity = polarityIn(ctx.view, clause, hit, claim.negations);
    if (polarity === 'unknown') continue;
    const v = judge(ctx, hit.fact, hit, polarity === 'positive', clause);
    if (v) {
      out.push(v);
      done.add(hit.fact);
    }
  }
  return out;
};

function ownPart(claim: Claim, span: Span) {
  return claim.parts.find((p) => p.role !== 'header' && span.start >= p.start && span.end <= p.end);
}

function cellPolarity(ctx: KindContext, claim: Claim, cell: Span): 'positive' | 'negative' | 'unknown' {
  const cues = claim.negations.filter((c) => c.start >= cell.start && c.end <= cell.end);
  if (cues.length) return cues.length % 2 ? 'negative' : 'positive';
  return AFFIRMATIVE_CELL.test(ctx.view.slice(cell.start, cell.end)) ? 'positive' : 'unknown';
}

/** "- 전이적 라우팅" with nested items below it is a heading for them, not an assertion. */
function isTopicLine(ctx: KindContext, claim: Claim, hit: Span, clause: Span): boolean {
  const rest = ctx.view.slice(hit.end, clause.end).replace(/[\s:()\-–—·.,]/g, '');
  if (rest.length) return false;
  const before = ctx.view.slice(clause.start, hit.start).replace(/[\s:()\-–—·.,]/g, '');
  if (before.length > 20) return false;
  const block = ctx.analysis.parsed.blocks[claim.parts[0].block];
  if (block.listItem === undefined) return false;
  return ctx.analysis.parsed.blocks.some((b) => b.parentListItem === block.listItem);
}

/** "Management Events와 달리 …": the keyword is what the claim compares against, not what it asserts. */
export function isAside(ctx: KindContext, hit: Span): boolean {
  return /^\s*(?:와|과|와는|과는|랑)?\s*(?:달리|다르게|비교|대신|보다|처럼|같이)|^\s+(?:than|unlike)\b/.test(ctx.view.slice(hit.end, hit.end + 10)) || /(?:unlike|than|instead\s+of|rather\s+than|compared\s+(?:to|with))\s+(?:the\s+)?$/i.test(ctx.view.slice(Math.max(0, hit.start - 24), hit.start));
}

/** "상태 저장 : outbound에 대해 …" defines the word; it says nothing about a subject. */
function isDefinition(ctx: KindContext, claim: Claim, hit: Span): boolean {
  const before = ctx.view.slice(claim.start, hit.start).replace(/[^\p{L}\p{N}]/gu, '');
  if (before.length > 3) return false;
  const after = ctx.view.slice(hit.end, claim.end);
  const m = /^\s*(?:이란|란|은|는|이|가)?\s*[:：=]\s*/.exec(after);
  if (!m) return /^\s*(?:이란|란)(?![\uac00-\ud7a3])/.test(after);
  return after.slice(m[0].length).replace(/\s+/g, ' ').trim().length > 20;
}

function judge(ctx: KindContext, fact: IndexedFact, hit: Span & { keyword: string }, claimed: boolean, clause: Span | undefined): Verdict | undefined {
  const truth = fact.fact.value.truth;
  if (typeof truth !== 'boolean' || claimed === truth) return undefined;
  const old = (fact.history ?? []).find((h) => (h.value as { truth?: unknown }).truth === claimed);
  const lang = ctx.lang;
  const scope = clause ?? { start: ctx.claim.start, end: ctx.claim.end };
  const said = excerpt(ctx.analysis.text, scope.start, scope.end);
  const explain = fact.fact.explain?.[lang] ?? '';
  const message = old
    ? pick(lang, `이 노트는 ${josa(quote(said, lang), '이라고/라고')} 적었는데, 이는 ${formatDate(old.until, lang)}까지의 내용입니다. ${explain}`, `The note says ${quote(said, lang)}, which was true until ${formatDate(old.until, lang)}. ${explain}`)
    : pick(lang, `이 노트는 ${josa(quote(said, lang), '이라고/라고')} 적었지만, 사실과 다릅니다. ${explain}`, `The note says ${quote(said, lang)}, which is not right. ${explain}`);
  const fix = clause ? flipFix(ctx, fact, hit, clause, claimed, lang) : undefined;
  return { fact, start: hit.start, end: hit.end, outdated: !!old, message: message.trim(), fixes: fix ? [fix] : [] };
}

// ---- quick fix: flip the word that carries the polarity ---------------------------------------------------

const TO_POSITIVE: [RegExp, string][] = [
  [/불가능/, '가능'],
  [/불가/, '가능'],
  [/미지원/, '지원'],
  [/하지\s?않는다/, '한다'],
  [/하지\s?않음/, '함'],
  [/하지\s?않습니다/, '합니다'],
  [/되지\s?않는다/, '된다'],
  [/되지\s?않음/, '됨'],
  [/되지\s?않습니다/, '됩니다'],
  [/안\s?된다/, '된다'],
  [/안\s?됨/, '됨'],
  [/없다/, '있다'],
  [/없음/, '있음'],
  [/없습니다/, '있습니다'],
  [/(?<![A-Za-z])X(?![A-Za-z])/, 'O'],
];
const TO_NEGATIVE: [RegExp, string][] = [
  [/(?<!불)가능/, '불가능'],
  [/(지원|허용|제공)한다/, '$1하지 않는다'],
  [/(지원|허용|제공)함/, '$1하지 않음'],
  [/(지원|허용|제공)합니다/, '$1하지 않습니다'],
  [/(지원|허용|제공)된다/, '$1되지 않는다'],
  [/(지원|허용|제공)됨/, '$1되지 않음'],
  [/있다/, '없다'],
  [/있음/, '없음'],
  [/있습니다/, '없습니다'],
  [/(?<![A-Za-z])O(?![A-Za-z])/, 'X'],
];
const EN_TO_POSITIVE: [RegExp, string][] = [
  [/\bdoes not (support|allow|provide)\b/i, '$1s'],
  [/\bdoesn't (support|allow|provide)\b/i, '$1s'],
  [/\b(is|are) not\b/i, '$1'],
  [/\b(isn't|aren't)\b/i, ''],
  [/\bcannot\b/i, 'can'],
  [/\bcan't\b/i, 'can'],
];
const EN_TO_NEGATIVE: [RegExp, string][] = [
  [/\b(support|allow|provide)s\b/i, 'does not $1'],
  [/\b(is|are)\b/i, '$1 not'],
  [/\bcan\b/i, 'cannot'],
];

function flipFix(ctx: KindContext, fact: IndexedFact, hit: Span & { keyword: string }, clause: Span, claimed: boolean, lang: Lang): Fix | undefined {
  const view = ctx.view;
  const text = ctx.analysis.text;
  const title = (from: string, to: string) => pick(lang, `${quote(from, lang)}${josa(from, '을/를').slice(from.length)} ${quote(to, lang)}${josa(to, '으로/로').slice(to.length)} 고치기`, `Change ${quote(from, lang)} to ${quote(to, lang)}`);
  const flips = fact.fact.value.flip as Record<string, string> | undefined;
  if (flips) {
    const written = text.slice(hit.start, hit.end);
    for (const [from, to] of Object.entries(flips)) {
      if (written.replace(/\s+/g, ' ').toLowerCase() === from.toLowerCase()) return { title: title(written, to), edits: [{ start: hit.start, end: hit.end, newText: to }], preferred: true };
    }
  }
  // Korean predicates come after the keyword; English ones before it (or after: "is not supported")
  const after = { start: hit.end, end: clause.end };
  const before = { start: clause.start, end: hit.start };
  const tables = claimed ? [[TO_NEGATIVE, after], [EN_TO_NEGATIVE, before]] : [[TO_POSITIVE, after], [EN_TO_POSITIVE, before], [EN_TO_POSITIVE, after]];
  for (const [table, span] of tables as [[RegExp, string][], Span][]) {
    const region = view.slice(span.start, span.end);
    let best: { index: number; length: number; to: string } | undefined;
    for (const [re, to] of table) {
      const m = re.exec(region);
      if (!m) continue;
      const index = table === EN_TO_NEGATIVE || table === EN_TO_POSITIVE ? m.index : m.index;
      const choose = span === before ? !best || index > best.index : !best || index < best.index;
      if (choose) best = { index, length: m[0].length, to: m[0].replace(re, to) };
    }
    if (best) {
      const start = span.start + best.index;
      const end = start + best.length;
      const from = text.slice(start, end);
      if (from !== view.slice(start, end)) return undefined; // markup inside the span: no clean edit
      let newText = best.to;
      if (newText === '' ) {
        return undefined;
      }
      if (/^[A-Z]/.test(from) && /^[a-z]/.test(newText)) newText = newText[0].toUpperCase() + newText.slice(1);
      return { title: title(from, newText), edits: [{ start, end, newText }], preferred: true };
    }
  }
  return undefined;
}

