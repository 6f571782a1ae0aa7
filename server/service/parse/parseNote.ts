// Assembles a ParsedNote from its chunks; each chunk's parse is cached by content hash, so an edit
// re-parses only the chunks whose text changed.
import { splitChunks } from './chunks';
import { parseChunk, type ChunkParse } from './markdown';
import type { ParsedNote, ProseBlock } from './model';
import { contentHash } from '../text/hash';
import { LruCache } from '../util/lru';

export interface ParseCache {
  chunks: LruCache<string, ChunkParse>;
  /** false for a cache of size 0 (a one-off pass over many notes): chunks are then not even hashed */
  enabled: boolean;
}

export function createParseCache(maxChunks = 50_000): ParseCache {
  return { chunks: new LruCache(maxChunks), enabled: maxChunks > 0 };
}

export function parseNote(text: string, cache: ParseCache = createParseCache(0), hash = contentHash(text)): ParsedNote {
  const note: ParsedNote = { text, hash, blocks: [], nonProse: [], comments: [], chunks: [] };
  let listItemBase = 0;
  let tableBase = 0;
  for (const chunk of splitChunks(text)) {
    // a note's first chunk may hold front matter, which no other chunk can: it parses apart
    const key = cache.enabled ? (chunk.frontMatter ? 'fm:' : chunk.start === 0 ? 'first:' : '') + contentHash(chunk.text) : '';
    let parsed = cache.enabled ? cache.chunks.get(key) : undefined;
    if (!parsed) {
      parsed = parseChunk(chunk);
      if (cache.enabled) cache.chunks.set(key, parsed);
    }
    note.chunks!.push({ start: chunk.start, end: chunk.end, parse: parsed });
    const shift = chunk.start;
    for (const b of parsed.blocks) note.blocks.push(placedBlock(b, shift, listItemBase, tableBase));
    for (const r of parsed.nonProse) note.nonProse.push({ start: r.start + shift, end: r.end + shift });
    for (const c of parsed.comments) note.comments.push({ ...c, start: c.start + shift, end: c.end + shift });
    listItemBase += parsed.listItems;
    tableBase += parsed.tables;
  }
  linkHeadings(note.blocks);
  return note;
}

/** Every field of a block, present even when undefined (a field added to ProseBlock must be added here). */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/**
 * A chunk's block moved to its place in the note. Every block gets every field, in one order (the order the
 * parsers write them in, so a block's JSON is unchanged): code that walks the blocks (mentions, the prose
 * view, claims, keyword hits) then meets one object shape instead of a dozen, and V8 stops re-optimizing it.
 */
function placedBlock(b: ProseBlock, shift: number, listItemBase: number, tableBase: number): ProseBlock {
  const block: EveryField<ProseBlock> = {
    kind: b.kind,
    start: b.start + shift,
    end: b.end + shift,
    prose: b.prose,
    headingDepth: b.headingDepth,
    listItem: b.listItem === undefined ? undefined : b.listItem + listItemBase,
    parentListItem: b.parentListItem === undefined ? undefined : b.parentListItem + listItemBase,
    table: b.table && { id: b.table.id + tableBase, row: b.table.row, column: b.table.column, header: b.table.header },
    // a chunk's blocks have none: linkHeadings below sets them
    heading: b.heading,
    parentHeading: b.parentHeading,
  };
  return block;
}

function linkHeadings(blocks: ProseBlock[]): void {
  const open: number[] = []; // indexes of headings by increasing depth
  blocks.forEach((block, i) => {
    if (open.length) block.heading = open[open.length - 1];
    if (block.kind === 'heading') {
      const depth = block.headingDepth ?? 1;
      while (open.length && (blocks[open[open.length - 1]].headingDepth ?? 1) >= depth) open.pop();
      if (open.length) block.parentHeading = open[open.length - 1];
      open.push(i);
    }
  });
}
