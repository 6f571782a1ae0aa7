// The lines of a chunk as the plain path reads them (plainBlocks.ts, plainHtmlBlock.ts): LF or CR LF endings
// (a lone CR sends the chunk to remark before this), indentation counted in columns.

/** Lines of the chunk: where each starts, its content (after the indentation) and end (before CR LF). */
export function* linesOf(text: string): Generator<{ start: number; indent: number; contentStart: number; eol: number }> {
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
    yield { start: pos, indent, contentStart: Math.min(contentStart, eol), eol };
    pos = next + 1;
  }
}
