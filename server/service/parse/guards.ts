// Guards that keep remark's cost linear on hostile input. micromark slows down sharply with container
// nesting depth ("> > > …", "- - - …", lines indented hundreds of columns) and, for a few inline
// constructs left open ("<!--", "[^", "*a*a…"), with the length of one paragraph. Notes never nest
// that deep, so the parser is given a same-length copy in which the deeper container markers are
// neutralised; offsets stay valid and prose is still taken from the original text.

/** Deeper than this, a line's container markers are read as plain text. */
export const MAX_CONTAINER_DEPTH = 24;
/** Indentation (columns) beyond which a list or quote marker is read as plain text. */
export const MAX_CONTAINER_INDENT = 64;

const NEUTRAL = 'x';

/** A same-length copy of `text` with container markers beyond the depth limits neutralised. */
export function neutraliseDeepNesting(text: string): string {
  let out: string[] | undefined;
  let pos = 0;
  while (pos < text.length) {
    let i = pos;
    let depth = 0;
    let column = 0;
    // walk the line's container prefix: blanks, '>' and list markers ("-", "*", "+", "1.", "1)")
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        column += c === 9 ? 4 - (column % 4) : 1;
        i++;
        continue;
      }
      let markerEnd = -1;
      if (c === 62 /* > */) markerEnd = i + 1;
      else if ((c === 45 || c === 42 || c === 43) && isBlankOrEnd(text.charCodeAt(i + 1))) markerEnd = i + 1;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) && isBlankOrEnd(text.charCodeAt(j + 1))) markerEnd = j + 1;
      }
      if (markerEnd < 0) break;
      depth++;
      if (depth > MAX_CONTAINER_DEPTH || column > MAX_CONTAINER_INDENT) {
        out ??= text.split('');
        out[i] = NEUTRAL; // the rest of the line becomes paragraph text
        break;
      }
      column += markerEnd - i;
      i = markerEnd;
    }
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    pos = i + 1;
  }
  return out ? out.join('') : text;
}

function isBlankOrEnd(code: number): boolean {
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13;
}
