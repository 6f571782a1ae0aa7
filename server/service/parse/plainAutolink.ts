// GFM autolink literals for the plain-chunk fast path (plainInline.ts): bare `http(s)://` URLs, `www.`
// addresses and emails, found as micromark-extension-gfm-autolink-literal finds them. remark turns each into
// a link whose text is its own address, which markdown.ts masks whole, so all that matters is where each
// literal starts and ends. A literal can only start where its trigger is ("http://", "https://", "www.",
// the letters before an "@"), so each trigger outside code, links and HTML is judged alone, left to right:
// a literal, certainly none, or a doubt (undefined: the chunk goes to remark).

import { landmarks } from './plainLandmarks';
import { isAsciiAlpha, isAsciiWordChar } from '../text/scripts';

/** Characters that may end a URL when only more of them and then the URL's end follow (the "trail"). */
const TRAIL = new Set('!"\')*,.:;?_~');
/** In a URL's path, these are checked for being the start of a trail. */
const PATH_TRAIL_START = new Set('!"&\')*,.:;<?]_~');
const PROTOCOL = /https?:\/\//gi;
const WWW = /www\./gi;
const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

type Kind = 'email' | 'protocol' | 'www';
/** At one position micromark tries the email first. */
const TRY_ORDER: Record<Kind, number> = { email: 0, protocol: 1, www: 1 };
interface Trigger {
  /** where the literal would start */
  start: number;
  /** the position that must be outside code, links and HTML: the start, or an email's "@" */
  at: number;
  kind: Kind;
}

/**
 * The literals of text[start, end) as [from, to) ranges, given `taken(i)` (code spans, links, images,
 * HTML: no literal starts inside them), or undefined when in doubt.
 */
export function autolinkLiterals(text: string, start: number, end: number, taken: (at: number) => boolean): [number, number][] | undefined {
  const literals: [number, number][] = [];
  let reached = start;
  for (const trigger of triggers(text, start, end)) {
    if (taken(trigger.at) || trigger.at < reached) continue; // inside code, a link, HTML or an earlier literal
    if (trigger.start < reached) return undefined; // an email's letters begin inside the literal before it
    const literalEnd = literalAt(text, trigger, start, end);
    if (literalEnd === undefined) return undefined;
    if (literalEnd < 0) continue;
    // a literal over a backtick or bracket would have hidden a code span or link that plainInline took
    for (let i = trigger.start; i < literalEnd; i++) if (text[i] === '`' || text[i] === '[' || text[i] === ']') return undefined;
    literals.push([trigger.start, literalEnd]);
    reached = literalEnd;
  }
  return literals;
}

/** Every place a literal could start, in order; where two start together micromark tries the email first. */
function triggers(text: string, start: number, end: number): Trigger[] {
  const found: Trigger[] = [];
  for (const [pattern, kind] of [[PROTOCOL, 'protocol'], [WWW, 'www']] as const) {
    for (const at of landmarks(text, pattern, start, end)) found.push({ start: at, at, kind });
  }
  for (const at of landmarks(text, '@', start, end)) {
    // an email starts at the first of the letters, digits and "+-._" before its "@"
    let s = at;
    while (s > start && isEmailAtext(text.charCodeAt(s - 1))) s--;
    if (s < at) found.push({ start: s, at, kind: 'email' });
  }
  return found.length < 2 ? found : found.sort((a, b) => a.start - b.start || TRY_ORDER[a.kind] - TRY_ORDER[b.kind]);
}

/** The literal's end, -1 when there is certainly none at the trigger, undefined when in doubt. */
function literalAt(text: string, trigger: Trigger, start: number, end: number): number | undefined {
  // what micromark saw before it: nothing at the block's start, else the character before (in a quote a
  // ">" may be the line's prefix, which micromark does not see: a doubt where ">" would decide)
  const before = trigger.start === start ? undefined : text.charCodeAt(trigger.start - 1);
  switch (trigger.kind) {
    case 'email': {
      if (before === 47 /* / */) return -1;
      return emailDomainEnd(text, trigger.at + 1, end);
    }
    case 'protocol': {
      if (before !== undefined && isAsciiAlpha(before)) return -1;
      const afterSlashes = text.indexOf('//', trigger.start) + 2;
      const c = afterSlashes < end ? text.charCodeAt(afterSlashes) : undefined;
      if (c === undefined || c < 32 || c === 127 || isWhitespace(c) || isPunctuation(c)) return -1;
      const domain = domainEnd(text, afterSlashes, end);
      return domain < 0 ? -1 : pathEnd(text, domain, end);
    }
    case 'www': {
      if (before === 62 /* > */) return undefined;
      if (before !== undefined && !isWwwPrevious(before)) return -1;
      if (trigger.start + 4 >= end) return -1;
      // "www." needs something after it before the end of the text, and a heading's text ends before its
      // trailing whitespace (a paragraph's does not): whitespace to the block's end is a doubt
      if (/^\s*$/.test(text.slice(trigger.start + 4, end))) return undefined;
      const domain = domainEnd(text, trigger.start, end);
      return domain < 0 ? -1 : pathEnd(text, domain, end);
    }
  }
}

/** After an email's "@": letters, digits, "-", "_" and inner dots; ok with a dot in it and a letter at its end. */
function emailDomainEnd(text: string, from: number, end: number): number {
  let i = from;
  let dot = false;
  let data = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i + 1 < end && isAsciiWordChar(text.charCodeAt(i + 1))) dot = true;
      else break; // a dot not followed by a letter or digit is after the email
    } else if (c === 45 || c === 95 || isAsciiWordChar(c)) {
      data = true;
    } else {
      break;
    }
  }
  return data && dot && isAsciiAlpha(text.charCodeAt(i - 1)) ? i : -1;
}

/** The domain from `from`: up to whitespace or punctuation other than "-", "." and "_"; -1 if invalid. */
function domainEnd(text: string, from: number, end: number): number {
  let seen = false;
  let underscoreInLast = false;
  let underscoreInPenultimate = false;
  let i = from;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ || c === 95 /* _ */) {
      if (isTrail(text, i, end)) break;
      if (c === 95) underscoreInLast = true;
      else {
        underscoreInPenultimate = underscoreInLast;
        underscoreInLast = false;
      }
      continue;
    }
    if (isWhitespace(c) || (c !== 45 /* - */ && isPunctuation(c))) break;
    seen = true;
  }
  return !seen || underscoreInLast || underscoreInPenultimate ? -1 : i;
}

/** The path from the domain's end: up to whitespace or a trail, with parentheses kept when balanced. */
function pathEnd(text: string, from: number, end: number): number {
  let open = 0;
  let closed = 0;
  for (let i = from; i < end; i++) {
    const ch = text[i];
    if (ch === '(') open++;
    else if (ch === ')' && closed < open) closed++;
    else if (PATH_TRAIL_START.has(ch)) {
      if (isTrail(text, i, end)) return i;
      if (ch === ')') closed++;
    } else if (isWhitespace(text.charCodeAt(i))) return i;
  }
  return end;
}

/**
 * Whether text[i…] is a trail: punctuation, "&name;" and "]" (not before "(" or "["), then whitespace, "<"
 * or the block's end — then none of it belongs to the URL.
 */
function isTrail(text: string, from: number, end: number): boolean {
  for (let i = from; ; ) {
    if (i >= end) return true;
    const ch = text[i];
    if (TRAIL.has(ch)) {
      i++;
    } else if (ch === '&') {
      let j = i + 1;
      while (j < end && isAsciiAlpha(text.charCodeAt(j))) j++;
      if (j === i + 1 || j >= end || text[j] !== ';') return false;
      i = j + 1;
    } else if (ch === ']') {
      i++;
      if (i >= end || text[i] === '(' || text[i] === '[' || isWhitespace(text.charCodeAt(i))) return true;
    } else {
      return ch === '<' || isWhitespace(text.charCodeAt(i));
    }
  }
}

/** What may stand right before "www.": nothing, whitespace (not Unicode's), "(", "*", "_", "~", "[" or "]". */
function isWwwPrevious(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 40 || c === 42 || c === 95 || c === 126 || c === 91 || c === 93;
}

/** micromark's tests on one UTF-16 unit (a lone surrogate is neither). */
function isWhitespace(c: number): boolean {
  return UNICODE_WHITESPACE.test(String.fromCharCode(c));
}

function isPunctuation(c: number): boolean {
  return UNICODE_PUNCTUATION.test(String.fromCharCode(c));
}

function isEmailAtext(c: number): boolean {
  return c === 43 || c === 45 || c === 46 || c === 95 || isAsciiWordChar(c);
}
