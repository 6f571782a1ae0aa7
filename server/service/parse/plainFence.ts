// Fenced code blocks for the plain-chunk fast path (plainBlocks.ts), at the top level or in list items (not
// in quotes). remark records a fence as one `code` node, one non-prose range, and never parses what is
// inside, so "|", URLs or backslashes there do not matter. Where that range ends, found by experiment
// against remark (and checked by test/service/plainChunk.test.ts):
// - closed: at the end of the closing fence's line, trailing blanks included;
// - unclosed at the top level: at the end of the chunk, trailing blank lines and line endings included;
// - unclosed in a list item: the first line neither blank nor indented to the item's content column ends
//   it. If that line starts a list item, the range runs to the line's start (the line ending before it
//   included: micromark gives line endings to the code unless the next line is a lazy one); otherwise it
//   ends where the last line inside ends; blanks ending the chunk there: remark decides (micromark may
//   give them to the item).

export interface OpenFence {
  /** where the code starts: its first fence character */
  start: number;
  /** the fence character (` or ~) and how many of them opened it */
  marker: number;
  size: number;
  /** the content column of the container holding the fence: a line indented less leaves it */
  column: number;
  /** the end (before the line ending) of the last line inside the code so far */
  lastEol: number;
}

const OPENING = /^(?:`{3,}|~{3,})/;

/**
 * Whether `rest` (a line after its indentation) opens a fence: three or more backticks or tildes, and no
 * backtick in a backtick fence's info string (such a line is paragraph text with code spans).
 */
export function opensFence(rest: string): boolean {
  const m = OPENING.exec(rest);
  return m !== null && !(rest.charCodeAt(0) === 96 && rest.includes('`', m[0].length));
}

/**
 * The fence `rest` opens (see opensFence; it starts at `start`, its line ends at `eol`) in a container
 * whose content starts at `column`.
 */
export function openingFence(rest: string, start: number, eol: number, column: number): OpenFence {
  return { start, marker: rest.charCodeAt(0), size: OPENING.exec(rest)![0].length, column, lastEol: eol };
}

/** Whether the line (inside the fence's container, `indent` columns deep) closes the fence. */
export function closesFence(text: string, fence: OpenFence, indent: number, contentStart: number, eol: number): boolean {
  if (indent - fence.column >= 4) return false;
  let i = contentStart;
  while (i < eol && text.charCodeAt(i) === fence.marker) i++;
  if (i - contentStart < fence.size) return false;
  for (; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
