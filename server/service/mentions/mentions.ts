import type { ParsedNote } from '../parse/model';
import type { NameMatcher } from './matcher';

/** A mention of a knowledge-base concept in a note. Offsets are into the note's text. */
export interface Mention {
  conceptId: string;
  start: number;
  end: number;
  text: string;
  /** index into ParsedNote.blocks */
  block: number;
}

export function findMentions(note: ParsedNote, matcher: NameMatcher): Mention[] {
  const out: Mention[] = [];
  note.blocks.forEach((block, index) => {
    for (const m of matcher.findAll(block.prose)) {
      const start = block.start + m.start;
      const end = block.start + m.end;
      out.push({ conceptId: m.name.conceptId, start, end, text: note.text.slice(start, end), block: index });
    }
  });
  return out;
}

/** The mention whose span contains `offset` (end inclusive, so a cursor right after a word still counts). */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
