// The fast path for plain chunks. Most of the corpus text sits in chunks whose Markdown is only
// paragraphs, ATX headings, thematic breaks and lists (blank lines inside list items allowed), or one quote
// of paragraphs, with emphasis (which masks nothing), code spans and simple links and images
// (plainInline.ts): no fences, HTML, bare URLs, tables or escapes outside code.
// For those the prose blocks follow from the lines alone, and remark (~1 M chars/s) is not asked. Anything
// outside that subset, or any doubt, returns undefined and the chunk goes to remark.
// test/service/plainChunk.test.ts compares the two on generated chunks, fixtures and the corpus: for every
// chunk this accepts, the result is exactly remark's.
import type { ChunkParse } from './markdown';
import { plainInline } from './plainInline';
import type { ProseBlock } from './model';

/** What needs remark: odd control characters (links and backslashes: see plainInline.ts). */
const NOT_PLAIN = /[\0\uFEFF]|\r(?!\n)/;
/** HTML, inline or as a block: remark decides. */
const MAY_HOLD_HTML = /</;
/** A table: remark decides. */
const MAY_HOLD_TABLE = /\|/;
// after the spaces, anything but a space or tab: a no-break space is content to Markdown (JavaScript's \S
// would not say so), a tab would need column arithmetic
const BULLET = /^([-*+])( {1,4})(?=[^ \t])/;
const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=[^ \t])/;
const ATX = /^(#{1,6})(?:[ \t]|$)/;
const ANY_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]|$)/;
/** A marker with nothing after it (an empty item), five or more spaces (its content is indented code), or a tab. */
const ODD_MARKER = /^([-*+]|\d{1,9}[.)])( *$| {5,}| *\t)/;
/** A line of only these is a thematic break, a setext underline, an empty item or a table delimiter row. */
const ONLY_MARKS = /^[-*_=+ #:\t]*$/;
const QUOTE = /^ {0,3}>/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Fences open with these (and may interrupt a paragraph). */
const FENCE = /^(```|~~~)/;
/** Deeper or further indented than this, the depth guards of guards.ts would apply: remark decides. */
const MAX_DEPTH = 16;
const MAX_INDENT = 48;

interface OpenItem {
  id: number;
  /** the column where the item's content starts: lines indented this far belong to it */
  contentColumn: number;
}

/** The chunk's prose blocks without remark, or undefined when the chunk is not plain. */
export function parsePlainChunk(text: string, atNoteStart = false): ChunkParse | undefined {
  // front matter (which remark reads only at the start of a note) is not plain
  if (NOT_PLAIN.test(text) || MAY_HOLD_HTML.test(text) || MAY_HOLD_TABLE.test(text) || (atNoteStart && /^(---|\+\+\+)/.test(text))) return undefined;
  const out: ChunkParse = { blocks: [], nonProse: [], comments: [], listItems: 0, tables: 0 };
  if (!(QUOTE.test(text) ? quoteBlocks(text, out) : listBlocks(text, out))) return undefined;
  for (const block of out.blocks) {
    const inline = plainInline(text, block.start, block.end);
    if (!inline) return undefined;
    block.prose = inline.prose;
    for (const [start, end] of inline.nonProse) out.nonProse.push({ start, end });
  }
  return out;
}

/** Lines of the chunk: where each starts, its content (after the indentation) and end (before CR LF). */
function* linesOf(text: string): Generator<{ indent: number; contentStart: number; eol: number }> {
  for (let pos = 0; pos < text.length; ) {
    let next = text.indexOf('\n', pos);
    if (next < 0) next = text.length;
    const eol = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    // the indentation in columns (a tab goes to the next multiple of 4, as CommonMark counts)
    let indent = 0;
    let contentStart = pos;
    for (;; contentStart++) {
      const c = text.charCodeAt(contentStart);
      if (c === 32) indent++;
      else if (c === 9) indent += 4 - (indent % 4);
      else break;
    }
    yield { indent, contentStart: Math.min(contentStart, eol), eol };
    pos = next + 1;
  }
}

/**
 * A chunk that is one block quote of plain paragraphs: every line starts with ">" (then one optional
 * space); a line with nothing after the ">" separates paragraphs. Lists, headings, nested quotes, lazy
 * lines or code inside it: remark decides.
 */
function quoteBlocks(text: string, out: ChunkParse): boolean {
  let paragraph: ProseBlock | undefined;
  let ended = false;
  for (const { indent, contentStart, eol } of linesOf(text)) {
    if (contentStart === eol) {
      ended = true; // a blank line ends the quote: only more blank lines may follow
      continue;
    }
    if (ended || indent > 3 || text.charCodeAt(contentStart) !== 62 /* > */) return false;
    // the quote's content: after the ">" and its one optional space
    const at = text.charCodeAt(contentStart + 1) === 32 ? contentStart + 2 : contentStart + 1;
    let first = at;
    while (text.charCodeAt(first) === 32) first++;
    if (text.charCodeAt(first) === 9) return false; // a tab would need column arithmetic
    if (first >= eol) {
      paragraph = undefined; // ">" alone: the paragraph ends, the quote goes on
      continue;
    }
    if (first - at >= 4 && !paragraph) return false; // indented code inside the quote
    if (startsOtherBlock(text.slice(first, eol))) return false;
    if (paragraph) paragraph.end = eol;
    else out.blocks.push((paragraph = { kind: 'paragraph', start: first, end: eol, prose: '' }));
  }
  return true;
}

/** Paragraphs, headings, lists and thematic breaks: the blocks of a plain chunk that is not a quote. */
function listBlocks(text: string, out: ChunkParse): boolean {
  const items: OpenItem[] = [];
  let paragraph: ProseBlock | undefined;

  const startParagraph = (start: number, end: number) => {
    paragraph = { kind: 'paragraph', start, end, prose: '' };
    const depth = items.length;
    if (depth > 0) paragraph.listItem = items[depth - 1].id;
    if (depth > 1) paragraph.parentListItem = items[depth - 2].id;
    out.blocks.push(paragraph);
  };

  for (const { indent, contentStart, eol } of linesOf(text)) {
    if (contentStart === eol) {
      // a blank line ends the paragraph; the list items stay open for what is indented under them
      paragraph = undefined;
      continue;
    }
    if (indent > MAX_INDENT) return false;
    const rest = text.slice(contentStart, eol);

    // which open items the line's indentation continues (outermost first)
    let matched = 0;
    while (matched < items.length && indent >= items[matched].contentColumn) matched++;
    const base = matched > 0 ? items[matched - 1].contentColumn : 0;
    const relative = indent - base;

    if (ONLY_MARKS.test(rest)) {
      // a thematic break ("---", "* * *") between blocks at the top: it ends the lists and adds no prose.
      // After a paragraph "---" would underline a heading; inside an item, or anything else: remark decides
      if (paragraph || matched > 0 || relative >= 4 || !THEMATIC_BREAK.test(rest)) return false;
      items.length = 0;
      continue;
    }
    if (ODD_MARKER.test(rest) || rest.startsWith('>') || FENCE.test(rest)) return false;

    const marker = relative < 4 ? listMarker(rest, matched === items.length && paragraph !== undefined) : undefined;
    if (marker) {
      // a new list item: it closes the unmatched items and the open paragraph
      const content = rest.slice(marker.length);
      if (startsOtherBlock(content)) return false;
      items.length = matched;
      if (items.length >= MAX_DEPTH) return false;
      items.push({ id: out.listItems++, contentColumn: indent + marker.length });
      startParagraph(contentStart + marker.length, eol);
      continue;
    }
    const heading = relative < 4 ? ATX.exec(rest) : null;
    if (heading) {
      // a heading inside a list item, an empty one, or one that may end in a closing sequence: remark decides
      if (matched > 0 || /#[ \t]*$/.test(rest) || rest.trim().length === heading[1].length) return false;
      items.length = 0;
      paragraph = undefined;
      out.blocks.push({ kind: 'heading', start: contentStart, end: eol, prose: '', headingDepth: heading[1].length });
      continue;
    }
    if (paragraph) {
      // paragraph continuation, lazy or not (indented code cannot interrupt a paragraph)
      paragraph.end = eol;
      continue;
    }
    // a new paragraph (after a heading or a blank line) in the innermost item the line continues;
    // indented further, it would be code
    if (relative >= 4) return false;
    items.length = matched;
    startParagraph(contentStart, eol);
  }
  return true;
}

/**
 * The marker of a list item starting `line` (with the spaces after it), or undefined. An ordered item
 * interrupting an open paragraph must start at 1 (CommonMark), else the line is paragraph text.
 */
function listMarker(line: string, interrupting: boolean): string | undefined {
  const bullet = BULLET.exec(line);
  if (bullet) return bullet[0];
  const ordered = ORDERED.exec(line);
  if (ordered && (!interrupting || ordered[1] === '1')) return ordered[0];
  return undefined;
}

/**
 * Whether text at the start of a container's content (after a list marker, after a quote's ">") would
 * start something other than a paragraph: a list item, heading, quote, fence or thematic break.
 */
function startsOtherBlock(content: string): boolean {
  return ANY_MARKER.test(content) || ATX.test(content) || ONLY_MARKS.test(content) || content.startsWith('>') || FENCE.test(content);
}
