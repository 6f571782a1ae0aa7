// The text claim extraction reads: the note with everything that is not prose blanked out and Markdown
// emphasis markers turned into spaces, so "***전이적*** 라우팅" reads like "전이적 라우팅". Same length as
// the note, so an offset into the view is an offset into the note.
import { MASK, type ParsedNote, type ProseBlock } from '../parse/model';
import { isAsciiWordChar } from '../text/scripts';

export function proseView(parsed: ParsedNote): string {
  const text = parsed.text;
  fillView(reserve(text.length), text, parsed.blocks);
  return stringOf(units, text.length);
}

/** The view's code units while it is built, reused from call to call. */
let units = new Uint16Array(1 << 16);

function reserve(length: number): Uint16Array {
  if (units.length < length) units = new Uint16Array(Math.max(length, units.length * 2));
  return units;
}

/** Writes the view of `text`, whose prose blocks are `blocks`, to out[0, text.length). */
function fillView(out: Uint16Array, text: string, blocks: readonly ProseBlock[]): void {
  // what no block covers is blank but for its line breaks
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c === LF || c === CR ? c : SPACE;
  }
  for (const block of blocks) {
    const prose = block.prose;
    const base = block.start;
    let lineStart = true;
    for (let i = 0; i < prose.length; i++) {
      const c = prose.charCodeAt(i);
      if (c > TILDE) {
        // letters of every script but ASCII: kept, and no longer at a line's start (the common case, first)
        out[base + i] = c;
        lineStart = false;
        continue;
      }
      if (c === LF || c === CR) {
        out[base + i] = c;
        lineStart = true;
        continue;
      }
      let v = c;
      if (c === MASK_CODE || c === STAR || c === BACKSLASH || c === TAB) v = SPACE;
      else if (c === UNDERSCORE && !(isAsciiWordChar(prose.charCodeAt(i - 1)) && isAsciiWordChar(prose.charCodeAt(i + 1)))) v = SPACE;
      else if (c === TILDE && (prose.charCodeAt(i + 1) === TILDE || prose.charCodeAt(i - 1) === TILDE)) v = SPACE;
      else if (lineStart && (c === GT || c === PIPE)) v = SPACE;
      if (c !== SPACE && c !== GT && c !== PIPE) lineStart = false;
      out[base + i] = v;
    }
  }
}

const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const STAR = 42;
const GT = 62;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const PIPE = 124;
const TILDE = 126;
const MASK_CODE = MASK.charCodeAt(0);

/**
 * A strict UTF-16 decoder gives units[0, length) as one flat string, several times faster than joining
 * String.fromCharCode slices and quicker to read afterwards; it keeps a BOM and throws on a lone surrogate,
 * which the slices keep as is. (The view's units are in this machine's byte order: little-endian only.)
 */
const decoder = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }) : undefined;

/** units[0, length) as a string, every unit kept as is (a lone surrogate too). */
function stringOf(units: Uint16Array, length: number): string {
  if (decoder) {
    try {
      return decoder.decode(units.subarray(0, length));
    } catch {
      // a lone surrogate: the slices below keep it
    }
  }
  // a slice at a time, to stay within argument limits
  const SLICE = 8192;
  let out = '';
  for (let i = 0; i < length; i += SLICE) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + SLICE)) as unknown as number[]);
  return out;
}
