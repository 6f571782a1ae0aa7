// Negation in Korean and English, and the polarity of a keyword within its clause.
//
// Korean puts the predicate, and so the negation, after the keyword ("전이적 라우팅은 지원하지 않는다",
// "전이적 라우팅 불가"); English puts it before ("does not support transitive routing") or after
// ("transitive routing is not supported"). So Korean cues count after the keyword, English cues anywhere in
// the clause, and a prefix glued to the keyword ("비상태저장", "non-transitive") counts too. Cues are
// counted, so a double negation ("불가능하지 않다") is positive. A Korean cue only before the keyword
// ("지원되지 않는 구성에는 … 전이적 피어링이 있다") is too subtle to call: the polarity is unknown, and an
// unknown polarity is never reported.
import type { Span } from './sentences';

export type Polarity = 'positive' | 'negative' | 'unknown';

export interface Cue extends Span {
  text: string;
  lang: 'ko' | 'en' | 'sym';
}

// phrases that look negative but are not ("not only", "regardless", "no more than 5" is a qualifier)
const NOT_NEGATION = /(뿐만\s?아니라|뿐\s?아니라|상관\s?없|관계\s?없|문제\s?없|틀림\s?없|끊김\s?없|빠짐\s?없|어김\s?없|예외\s?없|손색\s?없|못지\s?않|아니면|not\s+only|no\s+(?:more|less|fewer|later|earlier|matter)\b|without|잘못|if\s+not|whether\s+or\s+not)/gi;

const KO_CUES = /(불가능|불가|불허|미지원|미제공|미허용|금지|않|없(?!이)|(?<![\uac00-\ud7a3])안\s?(?:되|돼|됨|된|됩|함|한다|하|씀|쓴|줌|준)|(?<![\uac00-\ud7a3])못\s?(?:하|함|한|해|쓰|씀|가|감|간|들|봄|본|받|씀|넘)|아니|아님|아닌)/g;
const EN_CUES = /\b(not|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|weren't|never|no|none|neither|nor|unsupported|impossible|unable|disallowed|disallows?|lacks?|lacking|absence|absent)\b/gi;
const SYM_CUES = /(?<![A-Za-z0-9가-힣])([Xx✗✘❌×])(?![A-Za-z0-9가-힣])/g;

/** Every negation cue in view[span). */
export function negationCues(view: string, span: Span): Cue[] {
  const text = view.slice(span.start, span.end);
  const out: Cue[] = [];
  const scan = (re: RegExp, lang: Cue['lang']) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index + (m[0].length - m[1].length);
      out.push({ start: span.start + s, end: span.start + s + m[1].length, text: m[1], lang });
    }
  };
  scan(KO_CUES, 'ko');
  scan(EN_CUES, 'en');
  scan(SYM_CUES, 'sym');
  // most sentences have no cue at all: only then is it worth looking for the phrases that only look negative
  if (!out.length) return out;
  const blocked: Span[] = [];
  NOT_NEGATION.lastIndex = 0;
  for (let m = NOT_NEGATION.exec(text); m; m = NOT_NEGATION.exec(text)) blocked.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  const kept = blocked.length ? out.filter((c) => !blocked.some((b) => c.start < b.end && c.end > b.start)) : out;
  return kept.sort((a, b) => a.start - b.start);
}

/** A negating prefix glued to the keyword: 비상태저장, 미지원, 무상태, non-transitive, not-supported. */
export function prefixNegation(view: string, keyword: Span): Span | undefined {
  const before = view.slice(Math.max(0, keyword.start - 4), keyword.start);
  const ko = /(비|미|무|불)$/.exec(before);
  if (ko && /[\uac00-\ud7a3]/.test(view[keyword.start])) {
    // "비용" is not 비 + 용: only when the syllable before the prefix is not part of the same word
    const pre = view[keyword.start - 2];
    if (pre === undefined || !/[\uac00-\ud7a3]/.test(pre) || /[은는이가을를의도에]/.test(pre)) return { start: keyword.start - 1, end: keyword.start };
  }
  const en = /\b(non|un)[- ]?$/i.exec(before);
  if (en && /[a-z]/i.test(view[keyword.start])) return { start: keyword.start - en[0].length, end: keyword.start };
  return undefined;
}

/** "(…)" spans within a clause (an unclosed one runs to the clause end). */
export function parentheticals(view: string, clause: Span): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = clause.start; i < clause.end; i++) {
    if (view[i] === '(' && open < 0) open = i;
    else if (view[i] === ')' && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: clause.end });
  return out;
}

/** The polarity of `keyword` within `clause`, given the clause's cues. */
export function polarityIn(view: string, clause: Span, keyword: Span, cues: Cue[]): Polarity {
  const parens = parentheticals(view, clause).filter((p) => !(keyword.start >= p.start && keyword.end <= p.end));
  let count = 0;
  let koBefore = 0;
  let koAfter = 0;
  for (const c of cues) {
    if (c.start < clause.start || c.end > clause.end) continue;
    if (c.start < keyword.end && c.end > keyword.start) continue; // part of the keyword itself ("불가" in a keyword)
    // a remark in parentheses speaks for itself, but "(X)" / "(불가)" right after the keyword is its verdict
    const paren = parens.find((p) => c.start >= p.start && c.end <= p.end);
    if (paren && !(paren.start >= keyword.end && /^[\s\p{L}]{0,12}$/u.test(view.slice(keyword.end, paren.start)) && view.slice(paren.start + 1, paren.end - 1).trim().length <= 6)) continue;
    if (c.start >= keyword.end) {
      count++;
      if (c.lang === 'ko') koAfter++;
    } else if (c.lang === 'ko') {
      koBefore++;
    } else {
      count++;
    }
  }
  if (prefixNegation(view, keyword)) count++;
  if (koBefore > 0 && koAfter === 0) return 'unknown';
  return count % 2 === 1 ? 'negative' : 'positive';
}
