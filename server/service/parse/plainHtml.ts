// Inline raw HTML for the plain-chunk fast path (plainInline.ts): what micromark's html-text construct
// (CommonMark 6.6) reads at a "<" inside a paragraph or heading — open tags with attributes, closing
// tags, comments, declarations and processing instructions — and the autolinks `<scheme:…>` that are tried
// before it. The scan runs on the chunk's source, where a tag may cross a line; in a quote the next line's
// ">" prefix would be read as the tag's end, which micromark (seeing the quote's content only) would not,
// so crossing into such a line is a doubt. CDATA sections and email autolinks `<a@b.c>` are doubts too:
// the caller sends the chunk to remark.

/**
 * The `<` at `lt` in text[…, end): HTML or an autolink, each ending before the index given, literal text,
 * or a doubt.
 */
export type HtmlAt = { html: number } | { autolink: number } | 'literal' | undefined;

const NOT_HTML = -1;
/** An autolink's scheme and colon: 2 to 32 of these, the first a letter. */
const AUTOLINK_SCHEME = /[A-Za-z][A-Za-z0-9+.-]{1,31}:/y;
/** Could start an email autolink `<atext@…>`. */
const AUTOLINK_EMAIL = /[#-'*+\--9=?A-Z^-~]+@/y;

export function htmlAt(text: string, lt: number, end: number): HtmlAt {
  AUTOLINK_SCHEME.lastIndex = lt + 1;
  if (AUTOLINK_SCHEME.test(text)) return autolink(text, AUTOLINK_SCHEME.lastIndex, end);
  AUTOLINK_EMAIL.lastIndex = lt + 1;
  if (AUTOLINK_EMAIL.test(text)) return undefined;
  const next = lt + 1 < end ? text[lt + 1] : '';
  let close: number | undefined;
  if (isAsciiAlphaChar(next)) close = openTag(text, lt + 2, end);
  else if (next === '/') close = closingTag(text, lt + 2, end);
  else if (next === '?') close = instruction(text, lt + 2, end);
  else if (next === '!') close = declarationOrComment(text, lt + 2, end);
  else return 'literal'; // "<1ms", "<->", "a < b": no construct starts with these
  if (close === undefined) return undefined;
  return close === NOT_HTML ? 'literal' : { html: close };
}

/**
 * After `<scheme:`: anything but spaces, "<" and control characters up to ">". Without that ">" it is no
 * autolink, and no tag either (a tag name holds no ":", "+" or "."), so the "<" is text.
 */
function autolink(text: string, from: number, end: number): HtmlAt {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) return { autolink: i + 1 };
    if (c === 32 || c === 60 /* < */ || c < 32 || c === 127) return 'literal';
  }
  return 'literal';
}

/**
 * After `<` and the first letter of the name: the rest of the name, attributes, then `>` or `/>`.
 * Returns the index after the tag, NOT_HTML, or undefined for a doubt.
 */
function openTag(text: string, at: number, end: number): number | undefined {
  let i = at;
  while (i < end && isNameChar(text[i])) i++;
  // the name ends at a space, a line ending, "/" or ">"
  if (i < end && !isSpaceOrEol(text[i]) && text[i] !== '/' && text[i] !== '>') return NOT_HTML;
  for (;;) {
    const c = i < end ? text[i] : '';
    if (isSpaceOrEol(c)) {
      const after = skipSpace(text, i, end);
      if (after === undefined) return undefined;
      i = after;
      continue;
    }
    if (c === '/') return text[i + 1] === '>' && i + 1 < end ? i + 2 : NOT_HTML;
    if (c === '>') return i + 1;
    if (!(c === ':' || c === '_' || isAsciiAlphaChar(c))) return NOT_HTML;
    const after = attribute(text, i, end);
    if (after === undefined || after === NOT_HTML) return after;
    i = after;
  }
}

/** An attribute name, then maybe `=` and a value; the index after it (which must be a space, "/" or ">" or nothing left for the tag loop to judge). */
function attribute(text: string, at: number, end: number): number | undefined {
  let i = at + 1;
  while (i < end && /[-.:_A-Za-z0-9]/.test(text[i])) i++;
  const beforeEquals = skipSpace(text, i, end);
  if (beforeEquals === undefined) return undefined;
  if (text[beforeEquals] !== '=' || beforeEquals >= end) return i; // no value: the tag loop reads what follows
  const value = skipSpace(text, beforeEquals + 1, end);
  if (value === undefined) return undefined;
  const c = value < end ? text[value] : '';
  if (c === '' || c === '<' || c === '=' || c === '>' || c === '`') return NOT_HTML;
  if (c === '"' || c === "'") {
    let q = value + 1;
    for (; q < end && text[q] !== c; q++) if (isEol(text[q]) && startsQuoteLine(text, q, end)) return undefined;
    if (q >= end) return NOT_HTML;
    // after a quoted value: a space, a line ending, "/" or ">"
    const after = q + 1 < end ? text[q + 1] : '';
    return isSpaceOrEol(after) || after === '/' || after === '>' ? q + 1 : NOT_HTML;
  }
  // an unquoted value: its first character is taken whatever it is ("/x" is a value)
  let u = value + 1;
  for (; u < end; u++) {
    const ch = text[u];
    if (ch === '"' || ch === "'" || ch === '<' || ch === '=' || ch === '`') return NOT_HTML;
    if (isSpaceOrEol(ch) || ch === '/' || ch === '>') return u;
  }
  return NOT_HTML;
}

/** After `</`: a name, spaces or line endings, `>`. */
function closingTag(text: string, at: number, end: number): number | undefined {
  if (!(at < end && isAsciiAlphaChar(text[at]))) return NOT_HTML;
  let i = at + 1;
  while (i < end && isNameChar(text[i])) i++;
  const after = skipSpace(text, i, end);
  if (after === undefined) return undefined;
  return after < end && text[after] === '>' ? after + 1 : NOT_HTML;
}

/** After `<!`: a comment `<!-- … -->` (also `<!-->` and `<!--->`), or a declaration `<!X … >`; CDATA is a doubt. */
function declarationOrComment(text: string, at: number, end: number): number | undefined {
  const c = at < end ? text[at] : '';
  if (c === '[') return undefined;
  if (isAsciiAlphaChar(c)) return scanTo(text, at + 1, end, (i) => text[i] === '>');
  if (c !== '-' || !(at + 1 < end && text[at + 1] === '-')) return NOT_HTML;
  // the "--" of the opening may also close it: the first ">" after two dashes, from the opening's dashes on
  return scanTo(text, at + 2, end, (i) => text[i] === '>' && text[i - 1] === '-' && text[i - 2] === '-');
}

/** After `<?`: up to the first `?>`. */
function instruction(text: string, at: number, end: number): number | undefined {
  return scanTo(text, at, end, (i) => text[i] === '>' && i > at && text[i - 1] === '?');
}

/** The index after the first i ≥ from where `closes(i)`, NOT_HTML at the end of the block, undefined on a quote's line. */
function scanTo(text: string, from: number, end: number, closes: (i: number) => boolean): number | undefined {
  for (let i = from; i < end; i++) {
    if (closes(i)) return i + 1;
    if (isEol(text[i]) && startsQuoteLine(text, i, end)) return undefined;
  }
  return NOT_HTML;
}

/** Past spaces, tabs and line endings; undefined when a line ending leads into a quote's ">" prefix. */
function skipSpace(text: string, from: number, end: number): number | undefined {
  let i = from;
  for (; i < end && isSpaceOrEol(text[i]); i++) if (isEol(text[i]) && startsQuoteLine(text, i, end)) return undefined;
  return i;
}

/** Whether the line after the line ending at `eol` starts (after spaces) with ">": in a plain chunk, a quote's prefix. */
function startsQuoteLine(text: string, eol: number, end: number): boolean {
  let i = eol + 1;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
  return text[i] === '>';
}

/** For one character as a string ('' past the end): the scan here reads characters, not codes. */
export function isAsciiAlphaChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** A character of a tag name after its first letter. */
export function isNameChar(c: string): boolean {
  return c === '-' || isAsciiAlphaChar(c) || (c >= '0' && c <= '9');
}

function isEol(c: string): boolean {
  return c === '\n' || c === '\r';
}

/** Markdown's spaces and line endings (not Unicode whitespace: a no-break space is content here). */
function isSpaceOrEol(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
