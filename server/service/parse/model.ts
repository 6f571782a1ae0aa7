// A parsed note is a value: built once per content, never mutated, cached by content hash.

export type BlockKind = 'heading' | 'paragraph' | 'tableCell';

export interface ProseBlock {
  kind: BlockKind;
  /** absolute offsets of the block in the note */
  start: number;
  end: number;
  /**
   * The block's source text with everything that is not prose (inline code, HTML, URLs, link
   * destinations, images) replaced by MASK, so offsets into it are offsets into the note minus `start`.
   */
  prose: string;
  headingDepth?: number;
  /** id of the innermost list item containing the block, and of that item's parent item */
  listItem?: number;
  parentListItem?: number;
  /** for table cells */
  table?: { id: number; row: number; column: number; header: boolean };
  /** index (into ParsedNote.blocks) of the nearest heading before this block */
  heading?: number;
  /** for headings: index of the nearest earlier heading of smaller depth */
  parentHeading?: number;
}

export interface Comment {
  start: number;
  end: number;
  /** the comment text without <!-- --> */
  body: string;
}

export interface ParsedNote {
  text: string;
  hash: string;
  blocks: ProseBlock[];
  /** code blocks, inline code, front matter, HTML: where completion and matching stay quiet */
  nonProse: { start: number; end: number }[];
  comments: Comment[];
  /**
   * The top-level chunks the note was parsed in, each with its (shared, cached) parse whose offsets are
   * relative to the chunk: what depends on one chunk alone can be cached per chunk.
   */
  chunks?: { start: number; end: number; parse: { blocks: ProseBlock[] } }[];
}

/** Stands in for a character that is not prose; never a word character nor a separator. */
export const MASK = '\u0001';
