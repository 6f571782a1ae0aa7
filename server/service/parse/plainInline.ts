// The inline part of the plain-chunk fast path: what remark would mask in a block of a plain chunk, found
// without remark — code spans, and inline links and images of the simplest form `[text](destination)`,
// `![alt](source)`. Anything else that could become a link (a bracket that is not such a link, a URL or an
// email outside a destination or a code span, a backslash that could escape something) returns undefined,
// and the chunk goes to remark.
import { maskedSlice, textIsTheUrl } from './mask';

export interface PlainInline {
  prose: string;
  /** code spans and images, in order: what remark records as non-prose */
  nonProse: [number, number][];
}

/** Characters that would make a link destination need decoding, a title or balanced parentheses. */
const PLAIN_DESTINATION = /^[^\s()<>&`[\]]+$/;
/** Link text that could hold more than one text node (emphasis, code, entities) or a link of its own. */
const RICH_LINK_TEXT = /[*_~`&]|:\/\/|www\.|@/i;
/** What GFM may turn into a link by itself (URLs, emails): allowed only in code spans and link destinations. */
const AUTOLINK_TRIGGER = /:\/\/|www\.|@/gi;

export function plainInline(text: string, start: number, end: number): PlainInline | undefined {
  const code = codeSpans(text, start, end);
  const masks: [number, number][] = [...code];
  const nonProse: [number, number][] = [...code];
  const destinations: [number, number][] = [];
  const inCode = (i: number) => inAny(code, i);

  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 91 /* [ */ && c !== 93 /* ] */) continue;
    if (inCode(i)) continue;
    if (c === 93) return undefined;
    const link = inlineLink(text, i, end, code);
    if (!link) return undefined;
    destinations.push([link.textEnd + 2, link.end - 1]);
    if (i > start && text.charCodeAt(i - 1) === 33 /* ! */) {
      // an image: masked whole, whatever its alt text
      masks.push([i - 1, link.end]);
      nonProse.push([i - 1, link.end]);
      i = link.end - 1;
      continue;
    }
    const label = text.slice(i + 1, link.textEnd);
    const url = text.slice(link.textEnd + 2, link.end - 1);
    // remark's test (markdown.ts) on the link's one text node, which is the label as written
    const bare = textIsTheUrl(url, label);
    if (bare && RICH_LINK_TEXT.test(label)) return undefined; // one text node or several? remark decides
    if (bare) masks.push([i, link.end]);
    else masks.push([i, i + 1], [link.textEnd, link.end]);
    i = link.end - 1;
  }
  const inDestination = (at: number) => inAny(destinations, at);

  AUTOLINK_TRIGGER.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = AUTOLINK_TRIGGER.exec(slice); m; m = AUTOLINK_TRIGGER.exec(slice)) {
    const at = start + m.index;
    if (!inCode(at) && !inDestination(at)) return undefined;
  }
  // a backslash is literal in a code span, and in a destination unless ASCII punctuation follows
  // ("C:\Users\…"); elsewhere it could escape Markdown, so remark decides
  for (let at = text.indexOf('\\', start); at >= 0 && at < end; at = text.indexOf('\\', at + 1)) {
    if (inCode(at)) continue;
    if (!inDestination(at) || isAsciiPunctuation(text.charCodeAt(at + 1))) return undefined;
  }
  nonProse.sort((a, b) => a[0] - b[0]);
  return { prose: maskedSlice(text, start, end, masks), nonProse };
}

/**
 * `[text](destination)` opening at `open`: plain text (maybe with whole code spans) on one line, then a
 * destination without spaces, parentheses, entities or brackets, and no title. Else undefined.
 */
function inlineLink(text: string, open: number, end: number, code: [number, number][]): { textEnd: number; end: number } | undefined {
  let close = open + 1;
  for (; close < end; close++) {
    const span = code.find(([s]) => s === close);
    if (span) {
      close = span[1] - 1;
      continue;
    }
    const c = text.charCodeAt(close);
    if (c === 93) break;
    if (c === 91 || c === 10 || c === 13) return undefined;
  }
  // empty text, a footnote or task box, or no resource after it
  if (close >= end || close === open + 1 || text.charCodeAt(open + 1) === 94 /* ^ */ || text.charCodeAt(close + 1) !== 40 /* ( */) return undefined;
  const destinationEnd = text.indexOf(')', close + 2);
  if (destinationEnd < 0 || destinationEnd >= end) return undefined;
  if (!PLAIN_DESTINATION.test(text.slice(close + 2, destinationEnd))) return undefined;
  // a code span crossing the brackets or the destination
  if (code.some(([s, e]) => s < destinationEnd + 1 && e > close && !(s > open && e <= close))) return undefined;
  return { textEnd: close, end: destinationEnd + 1 };
}

/**
 * Code spans of text[start, end): a run of backticks opens one that closes at the next run of the same
 * length; a run with no such partner is literal text (CommonMark 6.1; code spans bind tighter than links,
 * and no backtick is escaped: a backslash outside a code span or destination sends the chunk to remark).
 */
function codeSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let at = text.indexOf('`', start);
  while (at >= 0 && at < end) {
    const open = runEnd(text, at, end);
    let close = text.indexOf('`', open);
    let closed = -1;
    while (close >= 0 && close < end) {
      const closeEnd = runEnd(text, close, end);
      if (closeEnd - close === open - at) {
        closed = closeEnd;
        break;
      }
      close = text.indexOf('`', closeEnd);
    }
    if (closed < 0) {
      at = text.indexOf('`', open);
      continue;
    }
    spans.push([at, closed]);
    at = text.indexOf('`', closed);
  }
  return spans;
}

function inAny(ranges: [number, number][], at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e);
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function runEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && text.charCodeAt(i) === 96) i++;
  return i;
}
