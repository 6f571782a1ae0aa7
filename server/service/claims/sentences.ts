// Sentence and clause boundaries in a block of the prose view. Study notes are terse: many "sentences" end
// without a period ("…가능함", "…불가") and a soft line break may or may not end one, so the rules here
// lean on Korean sentence endings as much as on punctuation.

import { isSpaceCode } from '../text/whitespace';

export interface Span {
  start: number;
  end: number;
}

/** Korean sentence endings (다, 음, 함 … also 니다 and 불가), by the last character of a line. */
const SENTENCE_END_KO = new Set([...'다음함됨임요것까죠능가OX'].map((c) => c.charCodeAt(0)));
/** Punctuation that ends a line's sentence. */
const SENTENCE_END_MARK = new Set([...'.!?:)'].map((c) => c.charCodeAt(0)));
/** A line that starts one of these starts a new item: "- ", "• ", "→ ", "※ " (and "1.", "(2)", ①). */
const ITEM_MARK = new Set([...'-•→※'].map((c) => c.charCodeAt(0)));
const ABBREVIATION = /(e\.g|i\.e|vs|etc|approx|ex|cf|Mr|No|U\.S)$/i;
const PERIOD = 46;

/** Sentences of view[start, end), trimmed; a bare parenthetical or a very short tail joins the sentence before it. */
export function splitSentences(view: string, start: number, end: number): Span[] {
  return joinFragments(view, rawSentences(view, start, end));
}

/** view[start, end) cut at sentence ends: punctuation before a space, and line ends that end a sentence. */
function rawSentences(view: string, start: number, end: number): Span[] {
  const raw: Span[] = [];
  let from = start;
  const push = (to: number) => {
    const s = trimSpan(view, from, to);
    if (s) raw.push(s);
    from = to;
  };
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    if (c === PERIOD || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x3002 /* 。 */) {
      if (c === PERIOD && isDigitCode(view.charCodeAt(i - 1)) && isDigitCode(view.charCodeAt(i + 1))) continue; // 1.25
      if (c === PERIOD && isAsciiLetter(view.charCodeAt(i - 1)) && ABBREVIATION.test(view.slice(Math.max(start, i - 6), i))) continue;
      let j = i + 1;
      while (j < end && isSentenceCloser(view.charCodeAt(j))) j++;
      if (j >= end || isSpaceCode(view.charCodeAt(j))) {
        push(j);
        i = j - 1;
      }
    } else if (c === 10) {
      // only its end is tested: trim by hand and keep a short tail (a regex /\s+$/ over the whole stretch
      // is quadratic on deeply indented lists)
      let e = i;
      while (e > from && isSpaceCode(view.charCodeAt(e - 1))) e--;
      const last = e > from ? view.charCodeAt(e - 1) : -1;
      if (hardBreakBefore(view, Math.max(from, i - 3), i) || SENTENCE_END_KO.has(last) || SENTENCE_END_MARK.has(last) || startsItem(view, i + 1, Math.min(end, i + 12))) push(i + 1);
    }
  }
  push(end);
  return raw;
}

/** Joins fragments that cannot stand alone to the sentence before: "(Default : 15 Min)", a tail of a few letters. */
function joinFragments(view: string, raw: Span[]): Span[] {
  if (raw.length < 2) return raw;
  const out: Span[] = [];
  for (const s of raw) {
    if (out.length) {
      const t = view.slice(s.start, s.end).trim();
      if ((t.charCodeAt(0) === 40 /* ( */ && /^\(.*\)[.!]?$/s.test(t) && !/\)\s*\S+.*\(/s.test(t)) || fewerLetters(t, 6)) {
        out[out.length - 1] = { start: out[out.length - 1].start, end: s.end };
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

const isSentenceCloser = (c: number) => c === PERIOD || c === 33 || c === 63 || c === 41 /* ) */ || c === 34 /* " */ || c === 39 /* ' */ || c === 0x201d /* ” */;

/** A Markdown hard line break ends view[from, to): two spaces or a backslash, then maybe "\r". */
function hardBreakBefore(view: string, from: number, to: number): boolean {
  let k = to;
  if (k > from && view.charCodeAt(k - 1) === 13) k--;
  if (k > from && view.charCodeAt(k - 1) === 92 /* \ */) return true;
  return k - 1 > from && view.charCodeAt(k - 1) === 32 && view.charCodeAt(k - 2) === 32;
}

/** view[from, to) after its leading whitespace starts a list or an enumeration: "-", "•", "→", "※", "1.", "(2)", "①". */
function startsItem(view: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpaceCode(view.charCodeAt(k))) k++;
  if (k >= to) return false;
  const c = view.charCodeAt(k);
  if (ITEM_MARK.has(c) || (c >= 0x2460 && c <= 0x2473)) return true;
  if (c === 40 /* ( */) k++;
  const digits = k;
  while (k < to && isDigitCode(view.charCodeAt(k))) k++;
  if (k === digits || k >= to) return false;
  const after = view.charCodeAt(k);
  return after === PERIOD || after === 41;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Whether `text` holds fewer than `limit` letters and digits of any script, counted in UTF-16 units (as the
 * length of the text with everything else removed would be); stops counting at the limit.
 */
function fewerLetters(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isDigitCode(c) || isAsciiLetter(c)) count++;
    } else if (c >= 0xac00 && c <= 0xd7a3) {
      count++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (LETTER_OR_NUMBER.test(text.slice(i, i + 2))) count += 2;
      i++;
    } else if (LETTER_OR_NUMBER.test(text[i])) {
      count++;
    }
  }
  return count < limit;
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
  while (start < end && isSpaceCode(view.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(view.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
