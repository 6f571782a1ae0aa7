// GFM tables for the plain-chunk fast path (plainBlocks.ts), at the top level or in list items (not in
// quotes): a header row (the last line of a paragraph, which then ends before it), a delimiter row with as
// many cells, then body rows up to a blank line, a line out of the table's list item or one that starts
// another block. remark gives one tableCell block per cell; found by
// experiment, a cell runs from the pipe before it (the row's first cell from the row's first character) to
// the pipe after it, and the row's last cell to the end of the line, its closing pipe and trailing blanks
// included. A row with an escaped pipe or a code span holding a pipe: remark decides.

const DELIMITER_CHARACTERS = /^[-|: \t]*$/;

/**
 * Whether `rest` (a line after its indentation) is only pipes, dashes, colons and blanks, with a pipe and a
 * dash: a delimiter row, or close enough to need a look. (Tried on every line: the first character decides
 * most.)
 */
export function delimiterLike(rest: string): boolean {
  const c = rest.charCodeAt(0);
  return (c === 124 || c === 45 || c === 58) && DELIMITER_CHARACTERS.test(rest) && rest.includes('|') && rest.includes('-');
}

const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** How many columns a delimiter row (`rest`: the line after its indentation) has, or undefined if it is none. */
export function delimiterColumns(rest: string): number | undefined {
  let body = rest.replace(/[ \t]+$/, '');
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  const cells = body.split('|');
  return cells.every((cell) => DELIMITER_CELL.test(cell)) ? cells.length : undefined;
}

/** The cells of the row text[start, eol) (start: after the indentation) as remark places them, or undefined. */
export function rowCells(text: string, start: number, eol: number): [number, number][] | undefined {
  let end = eol;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  // the pipes between cells: all but a leading and a trailing one
  const splits: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // an escaped pipe (or an escaped backslash before one) is the table's business: remark decides; other
    // escapes are plainInline's
    if (c === 92 /* \ */ && (text.charCodeAt(i + 1) === 124 || text.charCodeAt(i + 1) === 92)) return undefined;
    if (c === 124 /* | */ && i !== start && i !== end - 1) splits.push(i);
  }
  if (splits.length > 0 && pipeInCodeSpan(text, start, end, splits)) return undefined;
  const bounds = [start, ...splits, eol];
  return bounds.slice(1).map((to, i) => [bounds[i], to]);
}

/** The cells of a header row (as rowCells); a lone "|" has none to micromark: undefined. */
export function headerCells(text: string, start: number, eol: number): [number, number][] | undefined {
  return text.slice(start, eol).trim() === '|' ? undefined : rowCells(text, start, eol);
}

/**
 * The part of the cell text[start, end) that remark parses as inline content: without its pipes (and
 * blanks), which end a bare URL or email, and before which one may start.
 */
export function cellContent(text: string, start: number, end: number): [number, number] {
  const from = text.charCodeAt(start) === 124 ? start + 1 : start;
  let to = end;
  while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9)) to--;
  // only a row's last cell can end in a pipe: its closing one
  if (to > from && text.charCodeAt(to - 1) === 124) to--;
  return [from, to];
}

/** Whether a code span read over the whole row (as if it had no cells) would hold one of the pipes. */
function pipeInCodeSpan(text: string, start: number, end: number, pipes: number[]): boolean {
  let at = text.indexOf('`', start);
  while (at >= 0 && at < end) {
    let open = at;
    while (open < end && text.charCodeAt(open) === 96) open++;
    const size = open - at;
    let close = text.indexOf('`', open);
    let closed = -1;
    while (close >= 0 && close < end) {
      let closeEnd = close;
      while (closeEnd < end && text.charCodeAt(closeEnd) === 96) closeEnd++;
      if (closeEnd - close === size) {
        closed = closeEnd;
        break;
      }
      close = text.indexOf('`', closeEnd);
    }
    if (closed < 0) {
      at = text.indexOf('`', open);
      continue;
    }
    if (pipes.some((p) => p > at && p < closed)) return true;
    at = text.indexOf('`', closed);
  }
  return false;
}
