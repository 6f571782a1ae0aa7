// The fast path for plain chunks. Most of the corpus text sits in chunks whose Markdown is only
// paragraphs, ATX headings, thematic breaks, lists and block quotes (nested in each other, lazy lines
// allowed), fenced code (plainFence.ts) and tables (plainTable.ts), with emphasis (which masks nothing),
// code spans and simple links and images (plainInline.ts).
// For those the prose blocks follow from the lines alone, and remark (~1 M chars/s) is not asked. Anything
// outside that subset, or any doubt, returns undefined and the chunk goes to remark.
// test/service/plainChunk.test.ts compares the two on generated chunks, fixtures and the corpus: for every
// chunk this accepts, the result is exactly remark's.
import type { ChunkParse } from './markdown';
import { plainInline } from './plainInline';
import { htmlBlocksChunk } from './plainHtmlBlock';
import { chunkBlocks } from './plainBlocks';
import type { ProseBlock } from './model';

/** What needs remark: odd control characters (links and backslashes: see plainInline.ts). */
const NOT_PLAIN = /[\0\uFEFF]|\r(?!\n)/;
/**
 * A line whose content (after indentation, quote and list markers) starts with "<" and a letter, "/", "!" or
 * "?" may open an HTML block — not an autolink "<https:…" (no tag name holds a ":"): remark decides, unless
 * the chunk is only HTML blocks (plainHtmlBlock.ts). Inline HTML is plainInline.ts's (plainHtml.ts).
 */
const MAY_HOLD_HTML = /^[ \t>*+\-\d.)]*<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:)[A-Za-z/!?]/m;

/** The chunk's prose blocks without remark, or undefined when the chunk is not plain. */
export function parsePlainChunk(text: string, atNoteStart = false): ChunkParse | undefined {
  // front matter (which remark reads only at the start of a note) is not plain
  if (NOT_PLAIN.test(text) || (atNoteStart && /^(---|\+\+\+)/.test(text))) return undefined;
  if (text.includes('<') && MAY_HOLD_HTML.test(text)) return htmlBlocksChunk(text);
  const out: ChunkParse = { blocks: [], nonProse: [], comments: [], listItems: 0, tables: 0 };
  const inlineRanges = new Map<ProseBlock, [number, number]>();
  if (!chunkBlocks(text, out, inlineRanges)) return undefined;
  const codeBlocks = out.nonProse.length;
  for (const block of out.blocks) {
    const range = inlineRanges.get(block);
    const inline = range ? plainInline(text, range[0], range[1]) : plainInline(text, block.start, block.end);
    if (!inline) return undefined;
    block.prose = range ? text.slice(block.start, range[0]) + inline.prose + text.slice(range[1], block.end) : inline.prose;
    for (const [start, end] of inline.nonProse) out.nonProse.push({ start, end });
    out.comments.push(...inline.comments);
  }
  // remark lists them in document order; fenced code came first
  if (codeBlocks > 0) out.nonProse.sort((a, b) => a.start - b.start);
  return out;
}
