// The remark processor for one chunk: remark-parse plus only the syntax extensions whose marker the chunk's
// text contains. GFM and front matter as remark-gfm and remark-frontmatter add them, but an extension is
// tried at every position its hooks name (tables at the start of every block, literal autolinks at every
// letter): 40% of the corpus parse. A chunk without "|" holds no table, without "~" no strikethrough, and
// so on, so leaving those out changes nothing in the tree. The extensions keep remark-gfm's order, so
// constructs keep the same precedence.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

interface Syntax {
  /** false when `source` cannot hold this syntax (a cheap superset test, linear, no backtracking) */
  mayOccur(source: string, atNoteStart: boolean): boolean;
  use(processor: Processor): void;
}

const WWW = /www\./i;

/** In remark-gfm's order (autolink literal, footnote, strikethrough, table, task list item), then front matter. */
const SYNTAXES: Syntax[] = [
  {
    // bare URLs and emails (masked as links, so "lambda" in a URL is no mention): "www." (any case),
    // "http://" or "https://", "@". Their mdast transform is left out: it only adds links without
    // positions, which mask nothing.
    mayOccur: (s) => s.includes('@') || s.includes('://') || WWW.test(s),
    use: (p) => gfm(p, gfmAutolinkLiteral(), { ...gfmAutolinkLiteralFromMarkdown(), transforms: [] }),
  },
  { mayOccur: (s) => s.includes('[^'), use: (p) => gfm(p, gfmFootnote(), gfmFootnoteFromMarkdown()) },
  { mayOccur: (s) => s.includes('~'), use: (p) => gfm(p, gfmStrikethrough(), gfmStrikethroughFromMarkdown()) },
  // a delimiter row needs a pipe, or a colon next to a dash (":-", "-:") for a one-column table
  { mayOccur: (s) => s.includes('|') || s.includes(':-') || s.includes('-:'), use: (p) => gfm(p, gfmTable(), gfmTableFromMarkdown()) },
  { mayOccur: (s) => s.includes('['), use: (p) => gfm(p, gfmTaskListItem(), gfmTaskListItemFromMarkdown()) },
  // only at the very start of a note (a later chunk that starts with "---" begins with a thematic break)
  { mayOccur: (s, atNoteStart) => atNoteStart && (s.startsWith('---') || s.startsWith('+++')), use: (p) => void p.use(remarkFrontmatter, ['yaml', 'toml']) },
];

type SyntaxExtension = ReturnType<typeof gfmTable>;
type MdastExtension = ReturnType<typeof gfmTableFromMarkdown>;

function gfm(processor: Processor, syntax: SyntaxExtension, mdast: MdastExtension): void {
  const data = processor.data();
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(mdast);
}

const processors = new Map<number, Processor>();

/** The processor for a chunk's source: built once per combination of syntaxes, then shared (frozen). */
export function processorFor(source: string, atNoteStart: boolean): Processor {
  let key = 0;
  for (let i = 0; i < SYNTAXES.length; i++) if (SYNTAXES[i].mayOccur(source, atNoteStart)) key |= 1 << i;
  let processor = processors.get(key);
  if (!processor) {
    const p = unified().use(remarkParse) as unknown as Processor;
    SYNTAXES.forEach((syntax, i) => key & (1 << i) && syntax.use(p));
    processor = p.freeze() as Processor;
    processors.set(key, processor);
  }
  return processor;
}
