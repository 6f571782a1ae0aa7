// The block structure of a plain chunk (plainChunk.ts) without remark: paragraphs, ATX headings, thematic
// breaks, list items and block quotes nested in each other (lazy lines included), fenced code
// (plainFence.ts) and tables (plainTable.ts), each placed exactly where remark would place it. Whatever
// the rules here do not cover, or cover with doubt, returns false and the chunk goes to remark.
import type { ChunkParse } from './markdown';
import type { ProseBlock } from './model';
import { closesFence, openingFence, opensFence, type OpenFence } from './plainFence';
import { cellContent, delimiterColumns, delimiterLike, headerCells, rowCells } from './plainTable';
import { linesOf } from './plainLines';

// after the spaces, anything but a space or tab: a no-break space is content to Markdown (JavaScript's \S
// would not say so), a tab would need column arithmetic
const BULLET = /^([-*+])( {1,4})(?=[^ \t])/;
const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=[^ \t])/;
const ATX = /^(#{1,6})(?:[ \t]|$)/;
const ANY_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]|$)/;
/** A list item's marker with nothing after it: its content, if any, starts on the next line. */
const EMPTY_ITEM = /^([-*+]|\d{1,9}[.)])[ \t]*$/;
/** A marker with nothing after it (an empty item), five or more spaces (its content is indented code), or a tab. */
const ODD_MARKER = /^([-*+]|\d{1,9}[.)])( *$| {5,}| *\t)/;
/** A line of only these is a thematic break, a setext underline, an empty item or a table delimiter row. */
const ONLY_MARKS = /^[-*_=+ #:\t]*$/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** Deeper or further indented than this, the depth guards of guards.ts would apply: remark decides. */
const MAX_DEPTH = 16;
const MAX_INDENT = 48;

/** An open list item or block quote. */
interface Container {
  /** a list item's id; undefined for a block quote */
  item?: number;
  /**
   * For a list item, how far its content is indented from its parent's content (from the ">" and its
   * space in a quote, whose column may change from line to line): lines indented this far belong to it
   */
  width: number;
  /** for a list item, the column where its content starts on its first line (as `width`, out of quotes) */
  contentColumn: number;
  /** a list item whose first line had only its marker, until a line with content; then after a blank line */
  opensBlank?: boolean;
  blankAfterOpening?: boolean;
}

/**
 * Paragraphs, headings, lists and block quotes (nested in each other), thematic breaks, fenced code
 * (plainFence.ts) and tables (plainTable.ts), neither in a quote: the blocks of a plain chunk, into `out`.
 * `inline` gets the part of a block that remark parses as inline content where that is less than the
 * block: a table cell without its pipes, a setext heading without its underline.
 */
export function chunkBlocks(text: string, out: ChunkParse, inline: Map<ProseBlock, [number, number]>): boolean {
  const open: Container[] = [];
  let paragraph: ProseBlock | undefined;
  let fence: OpenFence | undefined;
  let table: { id: number; row: number } | undefined;
  // the open paragraph's last line, and where the paragraph ended before it: a delimiter row under that
  // line makes it a table's header row, and the paragraph ends before it
  let lastLine = { relative: 0, contentStart: 0, eol: 0, lazy: false };
  let endBeforeLastLine: number | undefined;

  const closeFence = (code: OpenFence, end: number) => {
    out.nonProse.push({ start: code.start, end });
    fence = undefined;
  };
  const addRow = (cells: [number, number][], id: number, row: number) => {
    cells.forEach(([start, end], column) => inline.set(addBlock({ kind: 'tableCell', start, end, prose: '', table: { id, row, column, header: row === 0 } }), cellContent(text, start, end)));
  };
  const inQuote = () => open.some((c) => c.item === undefined);
  const addBlock = (block: ProseBlock) => {
    // the innermost list item holding it, and that item's parent item (quotes in between do not count)
    let i = open.length - 1;
    while (i >= 0 && open[i].item === undefined) i--;
    if (i >= 0) block.listItem = open[i].item;
    for (i--; i >= 0 && open[i].item === undefined; ) i--;
    if (i >= 0) block.parentListItem = open[i].item;
    out.blocks.push(block);
    return block;
  };
  const startParagraph = (start: number, end: number) => {
    endBeforeLastLine = undefined;
    paragraph = addBlock({ kind: 'paragraph', start, end, prose: '' });
  };
  /** A heading from `at` (its "#") to `eol`; false for an empty one or one that may end in a closing sequence. */
  const addHeading = (at: number, eol: number, depth: number) => {
    const rest = text.slice(at, eol);
    if (/#[ \t]*$/.test(rest) || rest.trim().length === depth) return false;
    paragraph = undefined;
    addBlock({ kind: 'heading', start: at, end: eol, prose: '', headingDepth: depth });
    return true;
  };

  for (const { start, indent, contentStart, eol } of linesOf(text)) {
    if (fence) {
      // blanks ending the chunk inside an item: micromark may give them to the item, not the code
      if (contentStart === eol && eol === text.length && eol > start && fence.column > 0) return false;
      if (contentStart === eol || indent >= fence.column) {
        if (contentStart < eol && closesFence(text, fence, indent, contentStart, eol)) closeFence(fence, eol);
        else fence.lastEol = eol;
        continue;
      }
      // a line indented less than the item holding an unclosed fence ends both: the code keeps the line
      // ending before it only if the line starts a list item (see plainFence.ts)
      const opensItem = startsListItem(text.slice(contentStart, eol), indent, open);
      if (opensItem === undefined) return false;
      closeFence(fence, opensItem ? start : fence.lastEol);
    }

    // the open containers the line continues (outermost first): a list item if the line is indented to its
    // content or blank, a block quote if its ">" comes next. `at`/`column` walk the line's prefix; a tab
    // may be left half consumed (column arithmetic handles it)
    let at = start;
    let column = 0;
    let matched = 0;
    for (; matched < open.length; matched++) {
      const [first, firstColumn] = skipBlanks(text, at, column, eol);
      const container = open[matched];
      if (container.item !== undefined) {
        if (first === eol) {
          // a blank line continues an item, but one that began with a blank line ends at its second one
          if (container.opensBlank) container.blankAfterOpening = true;
          [at, column] = [first, firstColumn];
          continue;
        }
        if (container.blankAfterOpening || firstColumn - column < container.width) break;
        container.opensBlank = false;
        [at, column] = advanceTo(text, at, column, column + container.width);
      } else {
        if (first === eol || firstColumn - column >= 4 || text.charCodeAt(first) !== 62 /* > */) break;
        const after = afterQuoteMarker(text, first, firstColumn, eol);
        if (!after) return false;
        [at, column] = after;
      }
    }
    // (from the line's start, that is where linesOf found the content)
    let [contentAt, contentColumn] = at === start && column === 0 ? [contentStart, indent] : skipBlanks(text, at, column, eol);
    if (contentAt === eol) {
      // a blank line ends the paragraph, the table and the quotes it does not continue (with all they
      // hold); list items stay open for what is indented under them
      if (open.length > matched) open.length = matched;
      paragraph = undefined;
      table = undefined;
      continue;
    }
    // a paragraph continues lazily when the line continues fewer containers than it is in
    const all = matched === open.length;
    // whether a list item opening on this line interrupts a paragraph (then an ordered one must start at
    // 1): micromark decides it before the line's new containers, forgets it when a list item is not
    // continued, and keeps a stale value when a quote is not (undefined here: remark decides)
    const interrupting = all ? paragraph !== undefined : open[matched].item !== undefined ? false : undefined;

    // new block quotes: each closes the containers the line does not continue, and the paragraph
    while (contentColumn - column < 4 && text.charCodeAt(contentAt) === 62 && !table) {
      if (matched >= MAX_DEPTH) return false;
      if (open.length > matched) open.length = matched;
      open.push({ width: 0, contentColumn: 0 });
      matched++;
      paragraph = undefined;
      const after = afterQuoteMarker(text, contentAt, contentColumn, eol);
      if (!after) return false;
      [at, column] = after;
      [contentAt, contentColumn] = skipBlanks(text, at, column, eol);
    }
    if (contentAt === eol) continue; // ">" alone: a blank line in the new quote
    if (contentColumn > MAX_INDENT) return false;
    const rest = text.slice(contentAt, eol);
    const relative = contentColumn - column;

    if (table && !all) table = undefined; // a line out of the table's list item ends it (no lazy rows)
    if (table) {
      // a body row, unless the line starts another block, which ends the table; indented code, HTML or
      // an empty list item there: remark decides
      if (relative >= 4 || rest.startsWith('<') || EMPTY_ITEM.test(rest)) return false;
      if (!startsOtherBlock(rest)) {
        const cells = rowCells(text, contentAt, eol);
        if (!cells) return false;
        addRow(cells, table.id, table.row++);
        continue;
      }
      table = undefined;
      if (rest.startsWith('>')) return false;
    }
    // only a line starting with one of a few characters may start a block: any other is text
    if (mayStartBlock(text.charCodeAt(contentAt))) {
      if (delimiterLike(rest)) {
        // a delimiter row under a paragraph's last line, in the same containers, with as many cells makes
        // that line a table's header row; anything else (a table in a quote, under a lazy line, a lone
        // delimiter row, "- |---", which is a list item): remark decides
        const columns = ANY_MARKER.test(rest) ? undefined : delimiterColumns(rest);
        const inLine = all && !lastLine.lazy && !inQuote() && relative < 4 && lastLine.relative < 4;
        const head = paragraph && inLine && columns !== undefined ? headerCells(text, lastLine.contentStart, lastLine.eol) : undefined;
        if (!paragraph || !head || head.length !== columns) return false;
        if (endBeforeLastLine === undefined) out.blocks.pop();
        else paragraph.end = endBeforeLastLine;
        paragraph = undefined;
        table = { id: out.tables++, row: 1 };
        addRow(head, table.id, 0);
        continue;
      }
      if (paragraph && all && relative < 4 && SETEXT_UNDERLINE.test(rest)) {
        // a setext underline ("===", "---", also "-", which cannot open an empty item here): the paragraph
        // above becomes a heading, underline included (never under a lazy line)
        inline.set(paragraph, [paragraph.start, paragraph.end]);
        paragraph.kind = 'heading';
        paragraph.headingDepth = rest.charCodeAt(0) === 61 /* = */ ? 1 : 2;
        paragraph.end = eol;
        paragraph = undefined;
        continue;
      }
      const empty = relative < 4 ? EMPTY_ITEM.exec(rest) : null;
      // an empty item's marker cannot interrupt a paragraph: then it is the paragraph's text
      const markerIsText = empty !== null && interrupting === true;
      if (empty && !markerIsText) {
        // an empty list item: its content, if any, comes on the next lines, one column past its marker
        if (interrupting === undefined || matched >= MAX_DEPTH) return false;
        if (open.length > matched) open.length = matched;
        const width = relative + empty[1].length + 1;
        open.push({ item: out.listItems++, width, contentColumn: contentColumn + empty[1].length + 1, opensBlank: true });
        paragraph = undefined;
        continue;
      }
      if (!markerIsText && ONLY_MARKS.test(rest)) {
        // a thematic break ("***", "- - -"; "---" under a paragraph underlines it, above) at the top: it ends
        // the paragraph and the containers and adds no prose. Inside a container, or anything else: remark decides
        if (matched > 0 || relative >= 4 || !THEMATIC_BREAK.test(rest)) return false;
        open.length = 0;
        paragraph = undefined;
        continue;
      }
      if (!markerIsText && (ODD_MARKER.test(rest) || rest.startsWith('>'))) return false;
      if (opensFence(rest)) {
        // fenced code, even in the middle of a paragraph (not lazily): it closes the containers the line
        // does not continue. Indented further, it would be paragraph text or indented code; in a quote:
        // remark decides
        if (open.length > matched) open.length = matched;
        if (relative >= 4 || inQuote()) return false;
        paragraph = undefined;
        fence = openingFence(rest, contentAt, eol, column);
        continue;
      }

      const marker = relative < 4 ? listMarker(rest, interrupting === true) : undefined;
      if (interrupting === undefined && marker !== listMarker(rest, true)) return false;
      if (marker) {
        // a new list item: it closes the containers the line does not continue, and the open paragraph;
        // a list item right after its marker opens inside it ("- 1. a")
        if (open.length > matched) open.length = matched;
        let itemAt = contentAt;
        let itemColumn = contentColumn;
        let width = relative + marker.length;
        let next: string | undefined = marker;
        while (next !== undefined) {
          if (open.length >= MAX_DEPTH || itemColumn + next.length > MAX_INDENT) return false;
          open.push({ item: out.listItems++, width, contentColumn: itemColumn + next.length });
          itemAt += next.length;
          itemColumn += next.length;
          const after = text.slice(itemAt, eol);
          next = ONLY_MARKS.test(after) ? undefined : listMarker(after, interrupting === true);
          if (interrupting === undefined && next !== (ONLY_MARKS.test(after) ? undefined : listMarker(after, true))) return false;
          if (next !== undefined) width = next.length;
        }
        const content = text.slice(itemAt, eol);
        const fenced = opensFence(content);
        const headed = ATX.exec(content);
        if (!fenced && !headed && startsOtherBlock(content)) return false;
        if (fenced) {
          // an item that opens with fenced code
          if (inQuote()) return false;
          paragraph = undefined;
          fence = openingFence(content, itemAt, eol, itemColumn);
          continue;
        }
        if (headed) {
          // an item that opens with a heading
          if (!addHeading(itemAt, eol, headed[1].length)) return false;
          continue;
        }
        startParagraph(itemAt, eol);
        lastLine = { relative: 0, contentStart: itemAt, eol, lazy: false };
        continue;
      }
      const heading = relative < 4 ? ATX.exec(rest) : null;
      if (heading) {
        // a heading closes the containers the line does not continue (it is never lazy)
        if (open.length > matched) open.length = matched;
        if (!addHeading(contentAt, eol, heading[1].length)) return false;
        continue;
      }
    }
    if (paragraph) {
      // paragraph continuation, lazy or not (indented code cannot interrupt a paragraph); a lazy line
      // leaves the containers open
      endBeforeLastLine = paragraph.end;
      paragraph.end = eol;
      lastLine = { relative, contentStart: contentAt, eol, lazy: !all };
      continue;
    }
    // a new paragraph (after a heading or a blank line) in the innermost container the line continues;
    // indented further, it would be code
    if (relative >= 4) return false;
    if (open.length > matched) open.length = matched;
    startParagraph(contentAt, eol);
    lastLine = { relative, contentStart: contentAt, eol, lazy: false };
  }
  if (fence) closeFence(fence, text.length);
  return true;
}

/**
 * Whether a line whose content starts with `c` may be other than paragraph text: a list or quote marker,
 * a heading, a thematic break or setext underline, a fence or a table delimiter row.
 */
function mayStartBlock(c: number): boolean {
  switch (c) {
    case 45: // -
    case 42: // *
    case 43: // +
    case 35: // #
    case 62: // >
    case 61: // =
    case 95: // _
    case 58: // :
    case 124: // |
    case 96: // `
    case 126: // ~
      return true;
    default:
      return c >= 48 && c <= 57; // an ordered item's number
  }
}

/** How many of the open list items (outermost first, no quote among them) a line indented `indent` columns continues. */
function continuedItems(indent: number, items: Container[]): number {
  let matched = 0;
  while (matched < items.length && indent >= items[matched].contentColumn) matched++;
  return matched;
}

/** Past the blanks from text[at] (at `column`) to the line's end: where the next character is, and its column. */
function skipBlanks(text: string, at: number, column: number, eol: number): [number, number] {
  for (; at < eol; at++) {
    const c = text.charCodeAt(at);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4); // to the next tab stop, also from inside a half-consumed tab
    else break;
  }
  return [at, column];
}

/** Past blanks from text[at] (at `column`) up to column `to`, a tab possibly left half consumed. */
function advanceTo(text: string, at: number, column: number, to: number): [number, number] {
  while (column < to) {
    const width = text.charCodeAt(at) === 9 ? 4 - (column % 4) : 1;
    if (column + width > to) return [at, to];
    column += width;
    at++;
  }
  return [at, column];
}

/**
 * Past a quote's ">" at text[at] and the one space after it; undefined if a tab follows it on a line with
 * more (remark decides).
 */
function afterQuoteMarker(text: string, at: number, column: number, eol: number): [number, number] | undefined {
  const next = text.charCodeAt(at + 1);
  if (next === 9) return skipBlanks(text, at + 1, column + 1, eol)[0] === eol ? [at + 1, column + 1] : undefined;
  return next === 32 ? [at + 2, column + 2] : [at + 1, column + 1];
}

/**
 * Whether `rest` (a line after its indentation, not continuing the innermost item) starts a list item;
 * undefined when remark must decide (a quote, an empty item).
 */
function startsListItem(rest: string, indent: number, items: Container[]): boolean | undefined {
  if (rest.startsWith('>') || ODD_MARKER.test(rest)) return undefined;
  const matched = continuedItems(indent, items);
  const relative = indent - (matched > 0 ? items[matched - 1].contentColumn : 0);
  return relative < 4 && !ONLY_MARKS.test(rest) && listMarker(rest, false) !== undefined;
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
 * start something other than a paragraph: a list item, heading, quote, fence, thematic break or table
 * delimiter row.
 */
function startsOtherBlock(content: string): boolean {
  return ANY_MARKER.test(content) || ATX.test(content) || ONLY_MARKS.test(content) || content.startsWith('>') || opensFence(content) || delimiterLike(content);
}
