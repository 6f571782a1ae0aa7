// Splits a note into top-level chunks at places where Markdown allows it (a blank line followed by an
// unindented line, outside fences, HTML comments and front matter). Each chunk parses on its own, so an
// edit re-parses only the chunk it touches and unchanged chunks come from the cache by content hash.

export interface Chunk {
  start: number;
  end: number;
  text: string;
  frontMatter: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let pos = 0;
  let fence: string | undefined;
  let inComment = false;
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

    if (!fence && !inComment && prevBlank && !blank && pos > chunkStart && !/^[ \t]/.test(line)) {
      chunks.push({ start: chunkStart, end: pos, text: text.slice(chunkStart, pos), frontMatter: false });
      chunkStart = pos;
    }

    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === '') fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const m = FENCE.exec(line);
      if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) fence = m[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
    }
    prevBlank = blank;
    pos = next;
    lineNo++;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ start: chunkStart, end: text.length, text: text.slice(chunkStart), frontMatter: false });
  }
  return chunks;
}
