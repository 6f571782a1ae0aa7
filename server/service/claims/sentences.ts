// Sentence and clause boundaries in a block of the prose view. Study notes are terse: many "sentences" end
// without a period ("…가능함", "…불가") and a soft line break may or may not end one, so the rules here
// lean on Korean sentence endings as much as on punctuation.

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END_KO = /(다|음|함|됨|임|요|니다|것|까|죠|능|가|불가|O|X)$/;

/** Sentences of view[start, end), trimmed; a bare parenthetical or a very short tail joins the sentence before it. */
export function splitSentences(view: string, start: number, end: number): Span[] {
  const raw: Span[] = [];
  let from = start;
  const push = (to: number) => {
    const s = trimSpan(view, from, to);
    if (s) raw.push(s);
    from = to;
  };
  for (let i = start; i < end; i++) {
    const c = view[i];
    if (c === '.' || c === '!' || c === '?' || c === '。') {
      if (c === '.' && isDigit(view[i - 1]) && isDigit(view[i + 1])) continue; // 1.25
      if (c === '.' && /(e\.g|i\.e|vs|etc|approx|ex|cf|Mr|No|U\.S)$/i.test(view.slice(Math.max(start, i - 6), i))) continue;
      let j = i + 1;
      while (j < end && (view[j] === '.' || view[j] === '!' || view[j] === '?' || view[j] === ')' || view[j] === '"' || view[j] === '\'' || view[j] === '”')) j++;
      if (j >= end || /\s/.test(view[j])) {
        push(j);
        i = j - 1;
      }
    } else if (c === '\n') {
      // only its end is tested: trim by hand and keep a short tail (a regex /\s+$/ over the whole stretch
      // is quadratic on deeply indented lists)
      let e = i;
      while (e > from && /\s/.test(view[e - 1])) e--;
      const lineBefore = view.slice(Math.max(from, e - 16), e);
      const hardBreak = /( {2,}|\\)\r?$/.test(view.slice(Math.max(from, i - 3), i));
      const nextLine = view.slice(i + 1, Math.min(end, i + 12)).trimStart();
      if (hardBreak || SENTENCE_END_KO.test(lineBefore) || /[.!?:)]$/.test(lineBefore) || /^([-•→※]|\(?\d+[.)]|[①-⑳])/.test(nextLine)) push(i + 1);
    }
  }
  push(end);
  // join fragments that cannot stand alone: "(Default : 15 Min)" after its sentence
  const out: Span[] = [];
  for (const s of raw) {
    const t = view.slice(s.start, s.end).trim();
    const letters = t.replace(/[^\p{L}\p{N}]/gu, '');
    if (out.length && ((/^\(.*\)[.!]?$/s.test(t) && !/\)\s*\S+.*\(/s.test(t)) || letters.length < 6)) {
      out[out.length - 1] = { start: out[out.length - 1].start, end: s.end };
    } else {
      out.push(s);
    }
  }
  return out;
}

const CLAUSE_BREAK = /[,;，、]|\s\/\s|\s[-–—]\s|(?<=[\uac00-\ud7a3])(?:고|며|으며|지만|는데|으나|면서|아니라|아니고|이고|이며|이지만)(?=\s)|\s(?:but|while|whereas|however|although|though)\s/giu;

/** Clauses of a sentence: split at commas, semicolons, " / " and Korean/English connectives. */
export function splitClauses(view: string, span: Span): Span[] {
  const text = view.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    // a comma between digits is a thousands separator
    if (m[0] === ',' && isDigit(text[m.index - 1]) && isDigit(text[m.index + 1])) continue;
    const to = m.index + m[0].length;
    const s = trimSpan(view, span.start + from, span.start + to);
    if (s) out.push(s);
    from = to;
  }
  const last = trimSpan(view, span.start + from, span.end);
  if (last) out.push(last);
  return out.length ? out : [span];
}

export function trimSpan(view: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(view[start])) start++;
  while (end > start && /\s/.test(view[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
