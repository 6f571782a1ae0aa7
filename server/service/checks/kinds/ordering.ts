// Orderings: a sequence of concepts along which metrics rise or fall (DR strategies: backup & restore →
// pilot light → warm standby → multi-site, RPO/RTO from highest to lowest). Three claim shapes:
//   "왼쪽으로 갈수록 RPO 낮고 RTO 높음"   direction phrase + the order the note listed the strategies in
//   "Multi-site는 RTO가 가장 길다"        superlative on one end of the sequence
//   "백업 → 파일럿 → 웜 → 멀티 순으로 RTO가 길어진다"  a chain followed by a trend
import type { Claim, Span } from '../../claims';
import { clauseAt, polarityIn, inOwnText } from '../../claims';
import type { IndexedFact } from '../factIndex';
import { excerpt, josa, pick, quote } from '../text';
import type { KindCheck, KindContext, Verdict } from './types';

type Size = 'low' | 'high';

const SIZE_WORD = /^(?:\s*(?:은|는|이|가|도|값은|값이|의\s*값은))?\s*(?:(?:더|점점|훨씬)\s*)?(낮|높|짧|길|작|크|커|줄|늘|감소|증가|빨라|느려|빠르|느리|빠른|느린|lower|higher|shorter|longer|smaller|larger|low|high|short|long|small|large|decreas\w*|increas\w*)/i;
const LOW = /^(낮|짧|작|줄|감소|빨라|빠르|빠른|low|short|small|decreas)/i;
const FLIP: Record<string, string> = { 낮: '높', 높: '낮', 짧: '길', 길: '짧', 작: '크', 크: '작', 커: '작아', 줄: '늘', 늘: '줄', 감소: '증가', 증가: '감소', lower: 'higher', higher: 'lower', shorter: 'longer', longer: 'shorter', low: 'high', high: 'low', short: 'long', long: 'short' };

const DIRECTION = /(왼쪽|오른쪽|좌측|우측|위|아래|앞|뒤)\s*(?:으로|로|에서|쪽으로)?\s*갈수록|\b(?:to(?:wards)?\s+the|further)\s+(left|right)\b/gi;
const SUPERLATIVE = /(?:가장|제일)\s*(낮|높|짧|길|작|크|빠르|느리|빠른|느린)|\b(lowest|highest|shortest|longest|fastest|slowest|smallest|largest)\b/gi;
const CHAIN_TREND = /(순으로|순서로|갈수록|in\s+that\s+order|in\s+order)/i;

interface Seq {
  fact: IndexedFact;
  sequence: string[];
  metrics: string[];
  /** the metric falls along the sequence */
  decreasing: boolean;
}

function seqOf(f: IndexedFact): Seq | undefined {
  const v = f.fact.value;
  if (!Array.isArray(v.sequence) || v.sequence.length < 2) return undefined;
  const metrics = Array.isArray(v.metric) ? (v.metric as string[]) : typeof v.metric === 'string' ? [v.metric] : [];
  return { fact: f, sequence: v.sequence as string[], metrics, decreasing: v.trend !== 'increasing' };
}

export const checkOrderings: KindCheck = (ctx) => {
  const out: Verdict[] = [];
  for (const f of ctx.matches.keys()) {
    const seq = seqOf(f);
    if (!seq) continue;
    out.push(...directionClaims(ctx, seq), ...superlatives(ctx, seq), ...chains(ctx, seq));
  }
  return out;
};

/** Metric mentions in the claim's own text, each with the size word right after it. */
function metricSizes(ctx: KindContext, claim: Claim, seq: Seq, from: number): { metric: string; span: Span; size: Size; word: string }[] {
  const out: { metric: string; span: Span; size: Size; word: string }[] = [];
  for (const m of claim.mentions) {
    if (m.start < from || !seq.metrics.includes(m.conceptId) || !inOwnText(claim, m)) continue;
    const after = ctx.view.slice(m.end, m.end + 16);
    const s = SIZE_WORD.exec(after);
    if (!s) continue;
    const word = s[1];
    const start = m.end + s[0].length - word.length;
    out.push({ metric: m.conceptId, span: { start, end: start + word.length }, size: LOW.test(word) ? 'low' : 'high', word });
  }
  // "RPO/RTO 모두 낮아짐": a metric directly followed by another metric shares its size word
  return out;
}

/** The order in which the note lists the sequence's members, nearest first: this claim, then blocks above. */
function listedOrder(ctx: KindContext, claim: Claim, seq: Seq): 'forward' | 'backward' | undefined {
  const blocks = ctx.analysis.parsed.blocks;
  const first = claim.parts[0].block;
  const heading = blocks[first].heading;
  const byBlock = new Map<number, string[]>();
  for (const m of ctx.analysis.mentions) {
    if (m.block > first || m.block < first - 4 || m.start >= claim.end) continue;
    if (heading !== undefined && m.block <= heading) continue;
    if (!seq.sequence.includes(m.conceptId)) continue;
    const list = byBlock.get(m.block) ?? [];
    if (!list.includes(m.conceptId)) list.push(m.conceptId);
    byBlock.set(m.block, list);
  }
  for (let b = first; b >= first - 4; b--) {
    const ids = byBlock.get(b);
    if (!ids || ids.length < 2) continue;
    const idx = ids.map((id) => seq.sequence.indexOf(id));
    if (idx.every((x, i) => i === 0 || x > idx[i - 1])) return 'forward';
    if (idx.every((x, i) => i === 0 || x < idx[i - 1])) return 'backward';
    return undefined;
  }
  return undefined;
}

function directionClaims(ctx: KindContext, seq: Seq): Verdict[] {
  const out: Verdict[] = [];
  const claim = ctx.claim;
  for (const part of claim.parts) {
    if (part.role === 'header') continue;
    const text = ctx.view.slice(part.start, part.end);
    DIRECTION.lastIndex = 0;
    for (let m = DIRECTION.exec(text); m; m = DIRECTION.exec(text)) {
      const side = (m[1] ?? m[2]).toLowerCase();
      const toStart = /^(왼쪽|좌측|위|앞|left)$/.test(side);
      const order = listedOrder(ctx, claim, seq);
      if (!order) continue;
      const phraseEnd = part.start + m.index + m[0].length;
      // the next direction phrase starts a new statement ("오른쪽으로 갈수록 …")
      DIRECTION.lastIndex = m.index + m[0].length;
      const nextPhrase = DIRECTION.exec(text);
      DIRECTION.lastIndex = m.index + m[0].length;
      const limit = nextPhrase ? part.start + nextPhrase.index : part.end;
      const towardSeqStart = order === 'forward' ? toStart : !toStart;
      const truth: Size = towardSeqStart === seq.decreasing ? 'high' : 'low';
      for (const ms of metricSizes(ctx, claim, seq, phraseEnd)) {
        if (ms.span.start >= limit || ms.size === truth) continue;
        const clause = clauseAt(claim, ms.span.start);
        if (polarityIn(ctx.view, clause, ms.span, claim.negations) !== 'positive') continue;
        out.push(verdict(ctx, seq, ms.span, ms.word, { start: part.start + m.index, end: Math.min(limit, part.end) }));
      }
    }
  }
  return out;
}

function superlatives(ctx: KindContext, seq: Seq): Verdict[] {
  const out: Verdict[] = [];
  const claim = ctx.claim;
  for (const clause of claim.clauses) {
    const text = ctx.view.slice(clause.start, clause.end);
    SUPERLATIVE.lastIndex = 0;
    const m = SUPERLATIVE.exec(text);
    if (!m) continue;
    const members = claim.mentions.filter((x) => !x.aside && x.start >= clause.start && x.end <= clause.end && seq.sequence.includes(x.conceptId));
    const metrics = claim.mentions.filter((x) => x.start >= clause.start && x.end <= clause.end && seq.metrics.includes(x.conceptId));
    if (new Set(members.map((x) => x.conceptId)).size !== 1 || !metrics.length) continue;
    const pos = seq.sequence.indexOf(members[0].conceptId);
    if (pos !== 0 && pos !== seq.sequence.length - 1) continue;
    const word = m[1] ?? m[2];
    const size: Size = LOW.test(word) || /^(fastest|lowest|shortest|smallest)$/i.test(word) || /^빠/.test(word) ? 'low' : 'high';
    const truth: Size = (pos === 0) === seq.decreasing ? 'high' : 'low';
    if (size === truth) continue;
    const start = clause.start + m.index + m[0].indexOf(word);
    const span = { start, end: start + word.length };
    if (polarityIn(ctx.view, clause, span, claim.negations) !== 'positive') continue;
    out.push(verdict(ctx, seq, span, word, clause));
  }
  return out;
}

function chains(ctx: KindContext, seq: Seq): Verdict[] {
  const out: Verdict[] = [];
  const claim = ctx.claim;
  const members = claim.mentions.filter((x) => !x.aside && seq.sequence.includes(x.conceptId) && inOwnText(claim, x));
  if (members.length < 3) return out;
  const between = (a: { end: number }, b: { start: number }) => ctx.view.slice(a.end, b.start);
  if (!members.slice(1).every((m, i) => /^\s*(→|->|=>|>|⇒|➡)\s*$/.test(between(members[i], m)))) return out;
  const idx = members.map((m) => seq.sequence.indexOf(m.conceptId));
  const forward = idx.every((x, i) => i === 0 || x > idx[i - 1]);
  const backward = idx.every((x, i) => i === 0 || x < idx[i - 1]);
  if (!forward && !backward) return out;
  const last = members[members.length - 1];
  const tail = ctx.view.slice(last.end, claim.end);
  if (!CHAIN_TREND.test(tail)) return out;
  const truth: Size = forward === seq.decreasing ? 'low' : 'high'; // the trend along the text order
  for (const ms of metricSizes(ctx, claim, seq, last.end)) {
    if (ms.size === truth) continue;
    const clause = clauseAt(claim, ms.span.start);
    if (polarityIn(ctx.view, clause, ms.span, claim.negations) !== 'positive') continue;
    out.push(verdict(ctx, seq, ms.span, ms.word, { start: members[0].start, end: claim.end }));
  }
  return out;
}

function verdict(ctx: KindContext, seq: Seq, span: Span, word: string, scope: Span): Verdict {
  const lang = ctx.lang;
  const said = excerpt(ctx.analysis.text, scope.start, scope.end);
  const explain = seq.fact.fact.explain?.[lang] ?? '';
  const message = pick(lang, `이 노트는 ${josa(quote(said, lang), '이라고/라고')} 적었지만, 순서가 반대입니다. ${explain}`, `The note says ${quote(said, lang)}, but the order is the other way round. ${explain}`).trim();
  const written = ctx.analysis.text.slice(span.start, span.end);
  const key = Object.keys(FLIP).find((k) => k.toLowerCase() === word.toLowerCase());
  let to = key ? FLIP[key] : undefined;
  if (to && /^[A-Z]/.test(written)) to = to[0].toUpperCase() + to.slice(1);
  const fixes = to && written.toLowerCase() === word.toLowerCase()
    ? [{ title: pick(lang, `${quote(written, lang)}${josa(written, '을/를').slice(written.length)} ${quote(to, lang)}${josa(to, '으로/로').slice(to.length)} 고치기`, `Change ${quote(written, lang)} to ${quote(to, lang)}`), edits: [{ start: span.start, end: span.end, newText: to }], preferred: true }]
    : [];
  return { fact: seq.fact, start: span.start, end: span.end, outdated: false, message, fixes };
}
