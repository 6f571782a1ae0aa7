// The inline part of the plain-chunk fast path: what remark would mask in a block of a plain chunk, found
// without remark — code spans, inline links and images of the simplest form `[text](destination)`,
// `![alt](source)`, brackets that make no link, inline raw HTML and autolinks (plainHtml.ts), and bare URLs
// and emails (plainAutolink.ts). Anything else that could change what is masked (a link of another form, a
// reference the chunk may define, a backslash that could escape something, a character reference in a
// link, any doubt in those modules) returns undefined, and the chunk goes to remark.
import type { Comment } from './model';
import { maskedSlice, textIsTheUrl } from './mask';
import { commentsIn } from './comments';
import { htmlAt } from './plainHtml';
import { autolinkLiterals } from './plainAutolink';
import { landmarks } from './plainLandmarks';
import { isAsciiPunctuation } from '../text/scripts';

export interface PlainInline {
  prose: string;
  /** code spans, images and HTML, in order: what remark records as non-prose */
  nonProse: [number, number][];
  /** the HTML comments inside the block's inline HTML, in order */
  comments: Comment[];
}

/** Not these in a link destination: whitespace (a title may follow), control characters, "<", brackets, backticks. */
const PLAIN_DESTINATION_CHAR = /[^\s\x00-\x1f\x7f<>`[\]]/;
const MAX_DESTINATION_PARENTHESES = 8;
/**
 * Link text that could hold more than one text node (emphasis, code, strikethrough). Bare URLs and emails
 * in it stay text: micromark starts no literal autolink after an unclosed "[".
 */
const RICH_LINK_TEXT = /[*_~`]/;
/** Anything the code below looks at: code, brackets, HTML, backslashes, the starts of bare URLs and emails. */
const MARKUP = /[`[\]<\\@]|https?:\/\/|www\./gi;
/** What could end a link reference definition's label. */
const DEFINITION = /\]:/g;
/** "&" then what could be a character reference (&amp; &#123; &#x1F;), which remark would decode. */
const CHARACTER_REFERENCE = /&#?[A-Za-z0-9]+;/;

export function plainInline(text: string, start: number, end: number): PlainInline | undefined {
  // most blocks hold none of what is looked at below: then the block is its own prose
  if (landmarks(text, MARKUP, start, end).length === 0) return { prose: text.slice(start, end), nonProse: [], comments: [] };
  const code = codeSpans(text, start, end);
  const masks: [number, number][] = [...code];
  const comments: Comment[] = [];
  const inCode = (i: number) => inAny(code, i);

  const links = linksAndImages(text, start, end, code, masks);
  if (!links) return undefined;
  const inLink = (i: number) => inAny(links.whole, i);
  // an image is non-prose as a whole: remark records no code span of its alt text
  const nonProse: [number, number][] = [...code.filter(([s]) => !inAny(links.images, s)), ...links.images];

  const angled = inlineHtml(text, start, end, (i) => inCode(i) || inLink(i));
  if (!angled) return undefined;
  for (const [from, to] of angled.html) {
    masks.push([from, to]);
    nonProse.push([from, to]);
    commentsIn(text, from, to, comments);
  }
  // an autolink `<https://…>` is a link whose text is its address: masked whole, not non-prose
  masks.push(...angled.autolinks);
  const inAngled = (i: number) => inAny(angled.html, i) || inAny(angled.autolinks, i);

  // bare URLs and emails: the same, found by plainAutolink.ts
  const literals = autolinkLiterals(text, start, end, (i) => inCode(i) || inLink(i) || inAngled(i) || inAny(links.noLiterals, i));
  if (!literals) return undefined;
  masks.push(...literals);

  // a backslash is literal in a code span, HTML, an autolink or a bare URL, and in a destination unless
  // ASCII punctuation follows ("C:\Users\…"); elsewhere it could escape Markdown, so remark decides
  for (const at of landmarks(text, '\\', start, end)) {
    if (inCode(at) || inAngled(at) || inAny(literals, at)) continue;
    if (!inAny(links.destinations, at) || isAsciiPunctuation(text.charCodeAt(at + 1))) return undefined;
  }
  nonProse.sort((a, b) => a[0] - b[0]);
  return { prose: maskedSlice(text, start, end, masks), nonProse, comments };
}

/** A "[" (or "![") not yet matched: micromark's label start. */
interface Opener {
  at: number;
  image: boolean;
  /** a link ended after it: it can no longer open one (no links in links) */
  inactive: boolean;
}

/**
 * The block's links and images, with their masks added, as micromark pairs brackets: a "]"
 * closes the last open "[", making a link if `(destination)` follows, else (with no definitions in the
 * chunk) leaving both as text; a link makes the "[" before it unable to open one. Between a "[" and the
 * "]" that settles it no bare URL starts (`noLiterals`). Undefined when a link is not of the simple form.
 */
function linksAndImages(
  text: string,
  start: number,
  end: number,
  code: [number, number][],
  masks: [number, number][],
): { whole: [number, number][]; images: [number, number][]; destinations: [number, number][]; noLiterals: [number, number][] } | undefined {
  const whole: [number, number][] = [];
  const images: [number, number][] = [];
  const destinations: [number, number][] = [];
  const noLiterals: [number, number][] = [];
  const openers: Opener[] = [];
  // a task box ("- [ ] a", its "]" maybe on the next line after the containers' prefixes) or a footnote
  // call ("[^1]"): remark decides
  if (text.charCodeAt(start) === 91 && /^\[(?:[\s>]*|[xX])\]/.test(text.slice(start, start + 64))) return undefined;
  let after = start; // past the last link or image
  for (const i of brackets(text, start, end)) {
    if (i < after || inAny(code, i)) continue;
    const c = text.charCodeAt(i);
    if (c === 91) {
      if (text.charCodeAt(i + 1) === 94 /* ^ */) return undefined;
      openers.push({ at: i, image: i > start && text.charCodeAt(i - 1) === 33 /* ! */, inactive: false });
      continue;
    }
    const opener = openers.pop();
    if (!opener) continue; // a "]" with no "[" before it: text
    if (opener.inactive || text.charCodeAt(i + 1) !== 40 /* ( */) {
      // "[a]", "[a][b]": a reference, text unless the chunk defines it
      if (mayDefine(text)) return undefined;
      noLiterals.push([opener.at, i]);
      continue;
    }
    const link = inlineLink(text, opener.at, i, end, code);
    if (!link) return undefined;
    destinations.push([i + 2, link.end - 1]);
    if (opener.image) {
      // an image: masked whole, whatever its alt text
      masks.push([opener.at - 1, link.end]);
      images.push([opener.at - 1, link.end]);
      whole.push([opener.at - 1, link.end]);
    } else {
      if (!linkMasks(text, opener.at, i, link.end, masks)) return undefined;
      whole.push([opener.at, link.end]);
      for (const o of openers) if (!o.image) o.inactive = true;
    }
    after = link.end;
  }
  // a "[" never closed: text, and no bare URL after it
  if (openers.length > 0 && mayDefine(text)) return undefined;
  for (const o of openers) noLiterals.push([o.at, end]);
  return { whole, images, destinations, noLiterals };
}

/** The masks of the link [open, end) whose text ends at `close`, as markdown.ts makes them; false if unsure. */
function linkMasks(text: string, open: number, close: number, end: number, masks: [number, number][]): boolean {
  const label = text.slice(open + 1, close);
  const url = text.slice(close + 2, end - 1);
  // remark decodes character references in both, and compares what it decoded
  if (CHARACTER_REFERENCE.test(label) || CHARACTER_REFERENCE.test(url)) return false;
  // remark's test (markdown.ts) on the link's one text node, which is the label as written
  const bare = textIsTheUrl(url, label);
  if (bare && RICH_LINK_TEXT.test(label)) return false; // one text node or several? remark decides
  if (bare) masks.push([open, end]);
  else masks.push([open, open + 1], [close, end]);
  return true;
}

/** The "[" and "]" of text[start, end), in order. */
function brackets(text: string, start: number, end: number): number[] {
  const open = landmarks(text, '[', start, end);
  const close = landmarks(text, ']', start, end);
  if (close.length === 0) return open;
  return [...open, ...close].sort((a, b) => a - b);
}

/** Whether the chunk may hold a link reference definition ("[a]: …"), which could make "[a]" a link. */
function mayDefine(text: string): boolean {
  return landmarks(text, DEFINITION, 0, text.length).length > 0;
}

/**
 * `[text](destination)` with its text in [open + 1, close): plain text on one line (maybe with whole code
 * spans; no brackets or HTML), then a destination without spaces, brackets or unbalanced parentheses, and
 * no title. Else undefined.
 */
function inlineLink(text: string, open: number, close: number, end: number, code: [number, number][]): { end: number } | undefined {
  if (close === open + 1) return undefined; // empty text
  for (let i = open + 1; i < close; i++) {
    const c = text.charCodeAt(i);
    if ((c === 91 || c === 93 || c === 10 || c === 13 || c === 60) /* [ ] LF CR < */ && !inAny(code, i)) return undefined;
  }
  const destinationEnd = plainDestinationEnd(text, close + 2, end);
  if (destinationEnd < 0) return undefined;
  // a code span crossing the brackets or the destination
  if (code.some(([s, e]) => s < destinationEnd + 1 && e > close && !(s > open && e <= close))) return undefined;
  return { end: destinationEnd + 1 };
}

/**
 * The inline HTML and autolinks of the block, outside code and links, as [start, end) ranges; a "<" that
 * starts neither is text. Undefined when plainHtml.ts is unsure, or one holds a backtick or bracket (it
 * would hide a code span or link that was already taken).
 */
function inlineHtml(text: string, start: number, end: number, taken: (at: number) => boolean): { html: [number, number][]; autolinks: [number, number][] } | undefined {
  const html: [number, number][] = [];
  const autolinks: [number, number][] = [];
  let after = start; // past the last tag or autolink
  for (const at of landmarks(text, '<', start, end)) {
    if (at < after || taken(at)) continue;
    const found = htmlAt(text, at, end);
    if (found === undefined) return undefined;
    if (found === 'literal') continue;
    const to = 'html' in found ? found.html : found.autolink;
    for (let i = at; i < to; i++) if (text[i] === '`' || text[i] === '[' || text[i] === ']') return undefined;
    ('html' in found ? html : autolinks).push([at, to]);
    after = to;
  }
  return { html, autolinks };
}

/**
 * The ")" ending the destination that starts at `from`: parentheses inside it are kept when balanced, as
 * micromark does (up to 32 deep; a few are plenty here). -1 when empty, unbalanced, or holding what
 * PLAIN_DESTINATION_CHAR refuses.
 */
function plainDestinationEnd(text: string, from: number, end: number): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '(') {
      if (++depth > MAX_DESTINATION_PARENTHESES) return -1;
    } else if (c === ')') {
      if (depth === 0) return i > from ? i : -1;
      depth--;
    } else if (!PLAIN_DESTINATION_CHAR.test(c)) {
      return -1;
    }
  }
  return -1;
}

/**
 * Code spans of text[start, end): a run of backticks opens one that closes at the next run of the same
 * length; a run with no such partner is literal text (CommonMark 6.1; code spans bind tighter than links,
 * and no backtick is escaped: a backslash outside a code span or destination sends the chunk to remark).
 */
function codeSpans(text: string, start: number, end: number): [number, number][] {
  // the runs of backticks in the block, from its backticks one by one
  const runs: [number, number][] = [];
  for (const at of landmarks(text, '`', start, end)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === at) last[1] = at + 1;
    else runs.push([at, at + 1]);
  }
  const spans: [number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    const [open, openEnd] = runs[i];
    const partner = runs.findIndex(([s, e], j) => j > i && e - s === openEnd - open);
    if (partner < 0) continue; // no run of the same length after it: text
    spans.push([open, runs[partner][1]]);
    i = partner;
  }
  return spans;
}

function inAny(ranges: [number, number][], at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e);
}
