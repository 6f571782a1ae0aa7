// Direction: which way is better for a metric ("RPO/RTO는 작을수록 좋다"). A claim needs both a size word
// and an evaluation ("클수록 좋다", "되도록이면 커야 한다", "the longer the better"); a bare "RPO가 크다"
// describes, it does not evaluate, and stays silent.
import { clauseAt, polarityIn, inOwnText } from '../../claims';
import type { Span } from '../../claims';
import { excerpt, josa, pick, quote } from '../text';
import { attributeSpans, factsForAnchor, type KindCheck, type Verdict } from './types';

interface Pattern {
  re: RegExp;
  /** which way the claim says is better */
  better: 'higher' | 'lower';
  /** capture group holding the size word, and its opposite */
  flip: Record<string, string>;
}

const BIGGER: Record<string, string> = {
  클수록: '작을수록', 길수록: '짧을수록', 높을수록: '낮을수록', 많을수록: '적을수록', 커야: '작아야', 길어야: '짧아야', 높아야: '낮아야', 늘려야: '줄여야',
  커질수록: '작아질수록', 길어질수록: '짧아질수록', 높아질수록: '낮아질수록', 크게: '작게', 길게: '짧게', 높게: '낮게', 크면: '작으면', 길면: '짧으면', 높으면: '낮으면',
  larger: 'smaller', longer: 'shorter', higher: 'lower', bigger: 'smaller', greater: 'smaller', large: 'small', long: 'short', high: 'low', big: 'small',
};
const SMALLER: Record<string, string> = Object.fromEntries(Object.entries(BIGGER).map(([a, b]) => [b, a]));

const PATTERNS: Pattern[] = [
  { re: /(클수록|길수록|높을수록|많을수록|커질수록|길어질수록|높아질수록|크면|길면|높으면)\s*(?:더\s*)?(좋|바람직|유리|낫|우수|안전)/g, better: 'higher', flip: BIGGER },
  { re: /(커야|길어야|높아야|늘려야)\s*(?:한다|함|합니다|해|된다|좋)?/g, better: 'higher', flip: BIGGER },
  { re: /(크게|길게|높게)\s*(?:잡아야|설정해야|가져가야|유지해야|해야)/g, better: 'higher', flip: BIGGER },
  { re: /\b(larger|longer|higher|bigger|greater)\s+(?:is|are)\s+better\b/gi, better: 'higher', flip: BIGGER },
  { re: /\bthe\s+(larger|longer|higher|bigger|greater)\s+the\s+better\b/gi, better: 'higher', flip: BIGGER },
  { re: /\bshould\s+be\s+(?:as\s+)?(large|long|high|big)\b/gi, better: 'higher', flip: BIGGER },
  { re: /(작을수록|짧을수록|낮을수록|적을수록|작아질수록|짧아질수록|낮아질수록|작으면|짧으면|낮으면)\s*(?:더\s*)?(좋|바람직|유리|낫|우수)/g, better: 'lower', flip: SMALLER },
  { re: /(작아야|짧아야|낮아야|줄여야)/g, better: 'lower', flip: SMALLER },
  { re: /\b(smaller|shorter|lower)\s+(?:is|are)\s+better\b/gi, better: 'lower', flip: SMALLER },
  { re: /\bthe\s+(smaller|shorter|lower)\s+the\s+better\b/gi, better: 'lower', flip: SMALLER },
];

export const checkDirections: KindCheck = (ctx) => {
  const out: Verdict[] = [];
  const claim = ctx.claim;
  const facts = [...ctx.matches.keys()];
  if (!facts.length) return out;
  for (const part of claim.parts) {
    if (part.role === 'header') continue;
    const text = ctx.view.slice(part.start, part.end);
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
        const word = m[1];
        const span: Span = { start: part.start + m.index + m[0].indexOf(word), end: part.start + m.index + m[0].indexOf(word) + word.length };
        if (!inOwnText(claim, span)) continue;
        const tied = factsForAnchor(claim, span, facts, { passive: attributeSpans(ctx) });
        for (const f of tied) {
          const better = f.fact.value.better;
          if (better !== 'lower' && better !== 'higher') continue;
          const clause = clauseAt(claim, span.start);
          const polarity = polarityIn(ctx.view, clause, { start: span.start, end: part.start + m.index + m[0].length }, claim.negations);
          if (polarity !== 'positive' || p.better === better) continue;
          const lang = ctx.lang;
          const said = excerpt(ctx.analysis.text, clause.start, clause.end);
          const explain = f.fact.explain?.[lang] ?? '';
          const message = pick(lang, `이 노트는 ${josa(quote(said, lang), '이라고/라고')} 적었지만, 반대입니다. ${explain}`, `The note says ${quote(said, lang)}, but it is the other way round. ${explain}`).trim();
          const written = ctx.analysis.text.slice(span.start, span.end);
          const to = p.flip[word] ?? p.flip[word.toLowerCase()];
          const fixes = to && written === word
            ? [{ title: pick(lang, `${quote(written, lang)}${josa(written, '을/를').slice(written.length)} ${quote(to, lang)}${josa(to, '으로/로').slice(to.length)} 고치기`, `Change ${quote(written, lang)} to ${quote(to, lang)}`), edits: [{ start: span.start, end: span.end, newText: to }], preferred: true }]
            : [];
          out.push({ fact: f, start: span.start, end: span.end, outdated: false, message, fixes });
          break;
        }
      }
    }
  }
  return out;
};
