// remark (unified + remark-parse + GFM + front matter) turns each chunk into prose blocks. remark is the
// slow part of the pipeline, so a chunk is parsed once per distinct content and reused through the cache.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Chunk } from './chunks';
import { MASK, type Comment, type ProseBlock } from './model';
import { neutraliseDeepNesting } from './guards';

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  depth?: number;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

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
  const text = chunk.text;
  const out: ChunkParse = { blocks: [], nonProse: [], comments: [], listItems: 0, tables: 0 };
  if (chunk.frontMatter) {
    out.nonProse.push({ start: 0, end: text.length });
    return out;
  }
  let source = neutraliseDeepNesting(text);
  // micromark drops a leading byte order mark, which would shift every offset of the chunk by one
  if (source.charCodeAt(0) === 0xfeff) source = ' ' + source.slice(1);
  const tree = processor.parse(source) as MdNode;
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
        collectComments(child, text, out);
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
  const chars = text.slice(s, e).split('');
  const mask = (from: number, to: number) => {
    for (let i = Math.max(from, s); i < Math.min(to, e); i++) chars[i - s] = MASK;
  };
  maskInline(node, text, out, mask);
  const block: ProseBlock = { kind, start: s, end: e, prose: chars.join('') };
  if (kind === 'heading') {
    block.headingDepth = node.depth;
    // the "### " marker is syntax, not prose
    const m = /^ {0,3}#{1,6}[ \t]*/.exec(text.slice(s, e));
    if (m) mask(s, s + m[0].length);
  }
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
        collectComments(child, text, out);
        break;
      case 'link':
      case 'linkReference': {
        const kids = child.children ?? [];
        const only = kids.length === 1 && kids[0].type === 'text' ? kids[0].value ?? '' : undefined;
        const isBareUrl = kids.length === 0 || (only !== undefined && child.url !== undefined && (child.url === only || child.url.endsWith(only) || /^(https?:|www\.)/i.test(only)));
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

function collectComments(node: MdNode, text: string, out: ChunkParse): void {
  // the source slice, not node.value: inside quotes and list items the value lacks the "> " prefixes,
  // so offsets into it are not offsets into the note. indexOf, not a lazy regex: an HTML block full of
  // unclosed "<!--" would make the regex quadratic.
  const value = text.slice(start(node), end(node));
  for (let open = value.indexOf('<!--'); open >= 0; ) {
    const close = value.indexOf('-->', open + 4);
    if (close < 0) break;
    out.comments.push({ start: start(node) + open, end: start(node) + close + 3, body: value.slice(open + 4, close).trim() });
    open = value.indexOf('<!--', close + 3);
  }
}
