// remark (unified + remark-parse + GFM + front matter, each syntax only where the chunk has its marker; see
// gfmSubset.ts) turns each chunk into prose blocks. remark is the slow part of the pipeline, so a chunk is
// parsed once per distinct content and reused through the cache, and a plain chunk (plainChunk.ts) is not
// given to remark at all.
import type { Chunk } from './chunks';
import type { Comment, ProseBlock } from './model';
import { neutraliseDeepNesting } from './guards';
import { processorFor } from './gfmSubset';
import { parsePlainChunk } from './plainChunk';
import { maskedSlice, textIsTheUrl } from './mask';
import { commentsIn } from './comments';

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  depth?: number;
}

/** What one chunk contributes, with offsets relative to the chunk (so it can be reused anywhere). */
export interface ChunkParse {
  blocks: ProseBlock[];
  nonProse: { start: number; end: number }[];
  comments: Comment[];
  listItems: number;
  tables: number;
}

const start = (n: MdNode) => n.position?.start.offset ?? 0;
const end = (n: MdNode) => n.position?.end.offset ?? 0;

export function parseChunk(chunk: Chunk): ChunkParse {
  if (chunk.frontMatter) return { blocks: [], nonProse: [{ start: 0, end: chunk.text.length }], comments: [], listItems: 0, tables: 0 };
  const atNoteStart = chunk.start === 0;
  return parsePlainChunk(chunk.text, atNoteStart) ?? parseWithRemark(chunk.text, atNoteStart);
}

/** The chunk (not front matter) through remark: what the plain path must agree with. */
export function parseWithRemark(text: string, atNoteStart = false): ChunkParse {
  const out: ChunkParse = { blocks: [], nonProse: [], comments: [], listItems: 0, tables: 0 };
  let source = neutraliseDeepNesting(text);
  // micromark drops a leading byte order mark, which would shift every offset of the chunk by one
  if (source.charCodeAt(0) === 0xfeff) source = ' ' + source.slice(1);
  const tree = processorFor(source, atNoteStart).parse(source) as MdNode;
  walkBlocks(tree, text, out, undefined, undefined);
  return out;
}

function walkBlocks(node: MdNode, text: string, out: ChunkParse, listItem: number | undefined, parentItem: number | undefined): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'listItem': {
        const id = out.listItems++;
        walkBlocks(child, text, out, id, listItem);
        break;
      }
      case 'paragraph':
      case 'heading':
        out.blocks.push(proseBlock(child, text, out, child.type, listItem, parentItem));
        break;
      case 'table':
        walkTable(child, text, out, listItem, parentItem);
        break;
      case 'code':
      case 'yaml':
      case 'toml':
      case 'math':
        out.nonProse.push({ start: start(child), end: end(child) });
        break;
      case 'html':
        out.nonProse.push({ start: start(child), end: end(child) });
        commentsIn(text, start(child), end(child), out.comments);
        break;
      default:
        if (child.children) walkBlocks(child, text, out, listItem, parentItem);
    }
  }
}

function walkTable(table: MdNode, text: string, out: ChunkParse, listItem: number | undefined, parentItem: number | undefined): void {
  const id = out.tables++;
  (table.children ?? []).forEach((row, r) => {
    (row.children ?? []).forEach((cell, c) => {
      const block = proseBlock(cell, text, out, 'tableCell', listItem, parentItem);
      block.table = { id, row: r, column: c, header: r === 0 };
      out.blocks.push(block);
    });
  });
}

function proseBlock(
  node: MdNode,
  text: string,
  out: ChunkParse,
  kind: ProseBlock['kind'],
  listItem: number | undefined,
  parentListItem: number | undefined,
): ProseBlock {
  const s = start(node);
  const e = end(node);
  const masked: [number, number][] = [];
  maskInline(node, text, out, (from, to) => masked.push([from, to]));
  const block: ProseBlock = { kind, start: s, end: e, prose: maskedSlice(text, s, e, masked) };
  // a heading's "### " marker stays in its prose, as it always has (its mask used to come only after the
  // prose was built); masking it changes no mention or finding on the corpus, but that is a change of its own
  if (kind === 'heading') block.headingDepth = node.depth;
  if (listItem !== undefined) block.listItem = listItem;
  if (parentListItem !== undefined) block.parentListItem = parentListItem;
  return block;
}

function maskInline(node: MdNode, text: string, out: ChunkParse, mask: (from: number, to: number) => void): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'inlineCode':
      case 'inlineMath':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        mask(start(child), end(child));
        out.nonProse.push({ start: start(child), end: end(child) });
        break;
      case 'html':
        mask(start(child), end(child));
        out.nonProse.push({ start: start(child), end: end(child) });
        commentsIn(text, start(child), end(child), out.comments);
        break;
      case 'link':
      case 'linkReference': {
        const kids = child.children ?? [];
        const only = kids.length === 1 && kids[0].type === 'text' ? kids[0].value ?? '' : undefined;
        const isBareUrl = kids.length === 0 || (only !== undefined && child.url !== undefined && textIsTheUrl(child.url, only));
        if (isBareUrl) {
          mask(start(child), end(child));
        } else {
          mask(start(child), start(kids[0]));
          mask(end(kids[kids.length - 1]), end(child));
          maskInline(child, text, out, mask);
        }
        break;
      }
      default:
        if (child.children) maskInline(child, text, out, mask);
    }
  }
}
