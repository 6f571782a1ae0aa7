// Chunks that are nothing but HTML blocks of CommonMark's kinds 6 and 7 — "<br>", "</br>", "<img … />",
// "<details>" on a line of their own, the most common chunk that used to go to remark only to learn that.
// Such a block runs from its line to the next blank line, whatever those lines hold, and remark records
// each whole as non-prose, with the comments in it. The start conditions are micromark's html-flow (a
// kind 7 tag must be complete and alone on its line, and its parse differs from inline HTML's in small
// ways); the other kinds (raw text, comments, "<!", "<?") end elsewhere: the caller sends those to remark.
import type { ChunkParse } from './markdown';
import { commentsIn } from './comments';
import { isAsciiAlphaChar, isNameChar } from './plainHtml';
import { linesOf } from './plainLines';

/** micromark-util-html-tag-name's htmlBlockNames: kind 6. */
const BLOCK_NAMES = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '),
);
/** Kind 1 (raw text up to its closing tag): remark decides. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);

/** The chunk's parse when it is only HTML blocks of kinds 6 and 7 (and blank lines), else undefined. */
export function htmlBlocksChunk(text: string): ChunkParse | undefined {
  const out: ChunkParse = { blocks: [], nonProse: [], comments: [], listItems: 0, tables: 0 };
  let block: { start: number; end: number } | undefined;
  const close = () => {
    if (!block) return;
    out.nonProse.push(block);
    commentsIn(text, block.start, block.end, out.comments);
    block = undefined;
  };
  for (const { start, contentStart, eol } of linesOf(text)) {
    if (contentStart === eol) {
      close(); // a blank line ends the block
    } else if (block) {
      block.end = eol;
    } else {
      // a new block (from its line's start, indentation included): up to three spaces, then its start
      let lt = start;
      while (lt < start + 3 && text[lt] === ' ') lt++;
      if (!startsHtmlBlock(text, lt, eol)) return undefined;
      block = { start, end: eol };
    }
  }
  close();
  return out;
}

/** Whether the line text[lt, eol) starts an HTML block of kind 6 or 7 (never interrupting a paragraph). */
function startsHtmlBlock(text: string, lt: number, eol: number): boolean {
  if (text[lt] !== '<') return false;
  const closing = text[lt + 1] === '/';
  let i = closing ? lt + 2 : lt + 1;
  if (!(i < eol && isAsciiAlphaChar(text[i]))) return false;
  const nameStart = i;
  while (i < eol && isNameChar(text[i])) i++;
  const c = i < eol ? text[i] : '';
  if (!(c === '' || c === '/' || c === '>' || c === ' ' || c === '\t')) return false;
  const name = text.slice(nameStart, i).toLowerCase();
  if (RAW_NAMES.has(name)) return false;
  if (BLOCK_NAMES.has(name)) return c !== '/' || (i + 1 < eol && text[i + 1] === '>');
  return closing ? completeEnd(text, skipSpaces(text, i, eol), eol) : completeOpenTag(text, i, eol);
}

/** After a kind 7 open tag's name: attributes as html-flow reads them, on this line only, then `>` or `/>`. */
function completeOpenTag(text: string, from: number, eol: number): boolean {
  let state: 'nameBefore' | 'nameAfter' | 'valueBefore' = 'nameBefore';
  for (let i = from; ; ) {
    const c = i < eol ? text[i] : '';
    if (c === ' ' || c === '\t') {
      i++;
    } else if (state === 'nameBefore') {
      if (c === '/') return completeEnd(text, i + 1, eol);
      if (!(c === ':' || c === '_' || isAsciiAlphaChar(c))) return completeEnd(text, i, eol);
      i++;
      while (i < eol && /[-.:_A-Za-z0-9]/.test(text[i])) i++;
      state = 'nameAfter';
    } else if (state === 'nameAfter') {
      if (c === '=') {
        i++;
        state = 'valueBefore';
      } else {
        state = 'nameBefore';
      }
    } else if (c === '"' || c === "'") {
      const q = text.indexOf(c, i + 1);
      if (q < 0 || q >= eol) return false;
      i = q + 1;
      // after a quoted value: a space, "/" or ">"
      if (!(i < eol && /[ \t/>]/.test(text[i]))) return false;
      state = 'nameBefore';
    } else {
      if (c === '' || c === '<' || c === '=' || c === '>' || c === '`') return false;
      // an unquoted value, maybe empty ("<a b=/>"); what ends it is read as after a name
      while (i < eol && !/["'/<=>` \t]/.test(text[i])) i++;
      state = 'nameAfter';
    }
  }
}

/** `>` at `i`, then only spaces and tabs to the end of the line. */
function completeEnd(text: string, i: number, eol: number): boolean {
  return i < eol && text[i] === '>' && /^[ \t]*$/.test(text.slice(i + 1, eol));
}

function skipSpaces(text: string, i: number, eol: number): number {
  while (i < eol && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
