// The fast path for plain chunks. Two thirds of the corpus text sits in chunks whose Markdown is only
// paragraphs, ATX headings and lists (with emphasis, which masks nothing): no code, HTML, links, images,
// autolinks, tables, quotes or blank lines inside. For those the prose blocks follow from the lines
// alone, and remark (~1 M chars/s) is not asked. Anything outside that subset, or any doubt, returns
// undefined and the chunk goes to remark. test/service/plainChunk.test.ts compares the two on generated
// chunks, fixtures and the corpus: for every chunk this accepts, the result is exactly remark's.
import type { ChunkParse } from './markdown';
import type { ProseBlock } from './model';

/** Characters that start something which masks text or needs remark's block rules (code, HTML, links, tables, escapes). */
const NOT_PLAIN = /[`<[\]|@\\\t\r\0\uFEFF]|:\/\/|www\./i;
// after the spaces, anything but a space: a no-break space is content to Markdown (JavaScript's \S would not say so)
const BULLET = /^([-*+])( {1,4})(?=[^ ])/;
const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=[^ ])/;
const ATX = /^(#{1,6})(?: |$)/;
/** A marker with nothing after it (an empty item), or five or more spaces (its content is indented code). */
const ANY_MARKER = /^([-*+]|\d{1,9}[.)])( |$)/;
const ODD_MARKER = /^([-*+]|\d{1,9}[.)])( *$| {5,})/;
/** A line of only these is a thematic break, a setext underline, an empty item or a table delimiter row: remark decides. */
const ONLY_MARKS = /^[-*_=+ #:]*$/;
/** Deeper or further indented than this, the depth guards of guards.ts would apply: remark decides. */
const MAX_DEPTH = 16;
const MAX_INDENT = 48;

interface OpenItem {
  id: number;
  /** the column where the item's content starts: lines indented this far belong to it */
  contentColumn: number;
}

/** The chunk's prose blocks without remark, or undefined when the chunk is not plain. */
export function parsePlainChunk(text: string): ChunkParse | undefined {
  if (NOT_PLAIN.test(text)) return undefined;
  const out: ChunkParse = { blocks: [], nonProse: [], comments: [], listItems: 0, tables: 0 };
  const items: OpenItem[] = [];
  let paragraph: ProseBlock | undefined;
  let sawBlank = false;

  const startParagraph = (start: number, end: number) => {
    paragraph = { kind: 'paragraph', start, end, prose: '' };
    const depth = items.length;
    if (depth > 0) paragraph.listItem = items[depth - 1].id;
    if (depth > 1) paragraph.parentListItem = items[depth - 2].id;
    out.blocks.push(paragraph);
  };

  for (let pos = 0; pos < text.length; ) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const lineStart = pos;
    pos = eol + 1;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 32) indent++;
    const contentStart = lineStart + indent;
    if (contentStart === eol) {
      // a blank line: fine at the end of the chunk, anything after it is for remark
      sawBlank = true;
      continue;
    }
    if (sawBlank || indent > MAX_INDENT) return undefined;
    const rest = text.slice(contentStart, eol);
    if (ONLY_MARKS.test(rest) || ODD_MARKER.test(rest) || rest.startsWith('>') || rest.startsWith('~~~')) return undefined;

    // which open items the line's indentation continues (outermost first)
    let matched = 0;
    while (matched < items.length && indent >= items[matched].contentColumn) matched++;
    const base = matched > 0 ? items[matched - 1].contentColumn : 0;
    const relative = indent - base;

    const marker = relative < 4 ? listMarker(rest, matched === items.length && paragraph !== undefined) : undefined;
    if (marker) {
      // a new list item: it closes the unmatched items and the open paragraph
      const content = rest.slice(marker.length);
      if (!isPlainContent(content)) return undefined;
      items.length = matched;
      if (items.length >= MAX_DEPTH) return undefined;
      items.push({ id: out.listItems++, contentColumn: indent + marker.length });
      startParagraph(contentStart + marker.length, eol);
      continue;
    }
    const heading = relative < 4 ? ATX.exec(rest) : null;
    if (heading) {
      // a heading inside a list item, or one that ends in a closing sequence: remark decides
      if (matched > 0 || rest.endsWith('#') || rest.length === heading[0].length) return undefined;
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
    // a new paragraph after a heading; indented, it would be code
    if (items.length > 0 || relative >= 4) return undefined;
    startParagraph(contentStart, eol);
  }
  for (const block of out.blocks) block.prose = text.slice(block.start, block.end);
  return out;
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

/** The text after a list marker must be plain too: no second marker, heading or thematic break on the same line. */
function isPlainContent(content: string): boolean {
  return !(ANY_MARKER.test(content) || ATX.test(content) || ONLY_MARKS.test(content) || content.startsWith('>') || content.startsWith('~~~'));
}
