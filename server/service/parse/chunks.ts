// Splits a note into top-level chunks at places where Markdown allows it (a blank line followed by an
// unindented line, or an unindented bullet item — a new top-level list item ends whatever came before —
// outside fences, HTML blocks, tables and front matter). Each chunk parses on its own, so an
// edit re-parses only the chunk it touches and unchanged chunks come from the cache by content hash.

export interface Chunk {
  start: number;
  end: number;
  text: string;
  frontMatter: boolean;
}

import { isWordChar } from '../text/scripts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks that run across blank lines until their end marker (CommonMark block types 1–5)
const HTML_BLOCK = /^ {0,3}(?:<(pre|script|style|textarea)(?=[\s>]|$)|(<!--)|(<\?)|(<![A-Za-z])|(<!\[CDATA\[))/i;
// a GFM table's delimiter row; the rows after it belong to the table until a blank line
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// an unindented bullet item with text ("* a", "- b"; not a rule "* * *" nor "---"): it cannot continue a
// paragraph (lazily or not), so the block before ends here; the items of one list parsed apart give the
// same prose blocks
const BULLET_ITEM = /^[-*+][ \t]+(?![-*+ \t]*$)\S/;
// an HTML block that ends at a blank line (CommonMark types 6 and 7): no cut inside it
const HTML_UNTIL_BLANK = /^ {0,3}<[A-Za-z/]/;
/**
 * remark's cost grows faster than linearly with the length of one paragraph for some unclosed inline
 * constructs ("<!--", "[^", "[a](b"), so a chunk past this size ends at the next line that can start a
 * block, and a single line past it is cut (at a blank where possible). Only monster paragraphs are affected.
 */
export const MAX_CHUNK_CHARS = 8192;

function htmlBlockEnd(line: string): string | undefined {
  const m = HTML_BLOCK.exec(line);
  if (!m) return undefined;
  const end = m[1] ? `</${m[1].toLowerCase()}>` : m[2] ? '-->' : m[3] ? '?>' : m[4] ? '>' : ']]>';
  return line.slice(m[0].length).toLowerCase().includes(end) ? undefined : end;
}

/**
 * Where to cut a long line near `target`: after a blank if there is one in the last quarter, else between
 * a word character and a non-word one (so no name is cut in two), never inside a surrogate pair.
 */
function cutPoint(text: string, from: number, target: number): number {
  const low = Math.max(from + 1, target - MAX_CHUNK_CHARS / 4);
  for (let i = target; i >= low; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 32 || c === 9) && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return i;
  }
  for (let i = target; i >= low; i--) {
    if (isWordChar(text.charCodeAt(i - 1)) !== isWordChar(text.charCodeAt(i)) && (text.charCodeAt(i) & 0xfc00) !== 0xdc00) return i;
  }
  return (text.charCodeAt(target) & 0xfc00) === 0xdc00 ? target - 1 : target;
}

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let pos = 0;
  let fence: string | undefined;
  let htmlEnd: string | undefined;
  let inTable = false;
  let htmlUntilBlank = false;
  let prevLine = '';
  let prevBlank = false;
  let lineNo = 0;
  let frontMatterEnd = -1;

  if (/^(\uFEFF)?---[ \t]*\r?\n/.test(text)) {
    const close = /\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/g;
    close.lastIndex = 3;
    const m = close.exec(text);
    if (m) frontMatterEnd = m.index + m[0].length;
  }
  if (frontMatterEnd > 0) {
    chunks.push({ start: 0, end: frontMatterEnd, text: text.slice(0, frontMatterEnd), frontMatter: true });
    chunkStart = pos = frontMatterEnd;
  }

  while (pos < text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const next = eol < text.length ? (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : eol;
    const line = text.slice(pos, eol);
    const blank = line.trim() === '';

    if (blank) inTable = htmlUntilBlank = false;
    else if (!fence && !htmlEnd && prevLine.includes('|') && TABLE_DELIMITER.test(line) && (line.includes('|') || prevLine.trim().startsWith('|'))) inTable = true;
    const free = !fence && !htmlEnd && pos > chunkStart && !blank && !/^[ \t]/.test(line);
    const long = pos - chunkStart >= MAX_CHUNK_CHARS && !inTable && !SETEXT_UNDERLINE.test(line);
    const bullet = free && !inTable && !htmlUntilBlank && BULLET_ITEM.test(line);
    if (free && (prevBlank || long || bullet)) {
      chunks.push({ start: chunkStart, end: pos, text: text.slice(chunkStart, pos), frontMatter: false });
      chunkStart = pos;
    }
    if (!fence && !htmlEnd && !inTable && eol - pos > MAX_CHUNK_CHARS) {
      // one huge line: cut it into pieces (their offsets stay exact; only the parse of the pieces changes)
      while (eol - chunkStart > MAX_CHUNK_CHARS) {
        const cut = cutPoint(text, pos, Math.max(chunkStart + MAX_CHUNK_CHARS, pos + 1));
        chunks.push({ start: chunkStart, end: cut, text: text.slice(chunkStart, cut), frontMatter: false });
        chunkStart = cut;
      }
    }

    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === '') fence = undefined;
    } else if (htmlEnd) {
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else {
      const m = FENCE.exec(line);
      if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) fence = m[1];
      else htmlEnd = htmlBlockEnd(line);
      if (!htmlEnd && !blank && HTML_UNTIL_BLANK.test(line)) htmlUntilBlank = true;
    }
    prevBlank = blank;
    prevLine = line;
    pos = next;
    lineNo++;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ start: chunkStart, end: text.length, text: text.slice(chunkStart), frontMatter: false });
  }
  return chunks;
}
