import type { ParsedNote } from '../parse/model';
import type { NameMatcher } from './matcher';
import { isHangul } from '../text/scripts';
import { spanAt } from '../util/spans';

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
  const unsure: { mention: Mention; confirmed: boolean }[] = [];
  const named = new Set<string>();
  note.blocks.forEach((block, index) => {
    for (const m of matcher.findAll(block.prose)) {
      const start = block.start + m.start;
      const end = block.start + m.end;
      const mention: Mention = { conceptId: m.name.conceptId, start, end, text: note.text.slice(start, end), block: index };
      if (m.name.ambiguous) unsure.push({ mention, confirmed: followedByHangul(block.prose, m.end) });
      else named.add(mention.conceptId);
      out.push(mention);
    }
  });
  if (unsure.length === 0) return out;
  // A bare "Config" or "Glue" is the service when a Korean sentence carries it ("Config를 켠다") or when the
  // note also names the service unambiguously ("AWS Config"); otherwise it is likely the English word.
  const rejected = new Set(unsure.filter((u) => !u.confirmed && !named.has(u.mention.conceptId)).map((u) => u.mention));
  return rejected.size ? out.filter((m) => !rejected.has(m)) : out;
}

function followedByHangul(prose: string, at: number): boolean {
  let i = at;
  // "**Forecast**: 머신러닝 기반 …" — emphasis and a colon may stand between the name and the Korean text
  while (i < prose.length && (prose[i] === ' ' || prose[i] === '*' || prose[i] === '_' || prose[i] === ':')) i++;
  return i < prose.length && isHangul(prose.charCodeAt(i));
}

/** The mention whose span contains `offset` (end inclusive, so a cursor right after a word still counts). */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  return spanAt(mentions, offset);
}
