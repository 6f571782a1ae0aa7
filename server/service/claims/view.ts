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
  blankAll(out, text);
  for (let b = 0; b < blocks.length; b++) copyProse(out, blocks[b].prose, blocks[b].start);
}

/** What no block covers is blank but for its line breaks. */
function blankAll(out: Uint16Array, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c === LF || c === CR ? c : SPACE;
  }
}

/** How copyProse treats an ASCII code unit (everything above ASCII is kept). */
const KEEP = 0;
const BLANK = 1;
const LINE_BREAK = 2;
const LOOK_AROUND = 3;
const ASCII_KIND = new Uint8Array(128);
for (const c of [MASK.charCodeAt(0), 42 /* * */, 92 /* \ */, 9 /* tab */]) ASCII_KIND[c] = BLANK;
for (const c of [10, 13]) ASCII_KIND[c] = LINE_BREAK;
for (const c of [95 /* _ */, 126 /* ~ */, 62 /* > */, 124 /* | */]) ASCII_KIND[c] = LOOK_AROUND;

/**
 * Writes a block's prose to out[base, …): masks and emphasis markers become spaces. One table lookup per
 * code unit: the common units (letters of every script, digits, spaces) take one branch.
 */
function copyProse(out: Uint16Array, prose: string, base: number): void {
  let lineStart = true;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    const kind = c < 128 ? ASCII_KIND[c] : KEEP;
    if (kind === KEEP) {
      out[base + i] = c;
      if (c !== SPACE) lineStart = false;
    } else if (kind === BLANK) {
      out[base + i] = SPACE;
      lineStart = false;
    } else if (kind === LINE_BREAK) {
      out[base + i] = c;
      lineStart = true;
    } else {
      out[base + i] = markerOrText(prose, i, c, lineStart) ? SPACE : c;
      if (c !== GT && c !== PIPE) lineStart = false;
    }
  }
}

/**
 * Whether the "_", "~", ">" or "|" at prose[i] is Markdown rather than text: "_" unless inside a word
 * ("snake_case"), "~" when doubled (strikethrough), ">" and "|" at a line's start (quote and table marks).
 */
function markerOrText(prose: string, i: number, c: number, lineStart: boolean): boolean {
  const before = i > 0 ? prose.charCodeAt(i - 1) : -1;
  const after = i + 1 < prose.length ? prose.charCodeAt(i + 1) : -1;
  if (c === UNDERSCORE) return !(isAsciiWordChar(before) && isAsciiWordChar(after));
  if (c === TILDE) return after === TILDE || before === TILDE;
  return lineStart;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const GT = 62;
const UNDERSCORE = 95;
const PIPE = 124;
const TILDE = 126;

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
