// Headings of a note as the outline, workspace symbols and CodeLens show them: plain text (Markdown marks
// removed), depth, span, and the concepts the heading names ("## Lambda 제한" introduces lambda).
import type { NoteAnalysis } from '../languageService';

export interface HeadingSummary {
  text: string;
  depth: number;
  start: number;
  end: number;
  /** concept ids mentioned in the heading, in order, without repeats */
  concepts: string[];
  /** each concept's first mention as written in the heading ("Lambda", "람다") */
  names: string[];
}

/** Most headings name no concept: they share one empty list (thousands of notes add up). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

export function headingsOf(analysis: NoteAnalysis): HeadingSummary[] {
  const out: HeadingSummary[] = [];
  const { blocks } = analysis.parsed;
  let m = 0;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const concepts: string[] = [];
    const names: string[] = [];
    while (m < analysis.mentions.length && analysis.mentions[m].start < block.start) m++;
    for (let i = m; i < analysis.mentions.length && analysis.mentions[i].start < block.end; i++) {
      const id = analysis.mentions[i].conceptId;
      if (!concepts.includes(id)) {
        concepts.push(id);
        names.push(analysis.mentions[i].text);
      }
    }
    const text = headingText(analysis.text.slice(block.start, block.end));
    const none = concepts.length === 0;
    out.push({ text: text || '#', depth: block.headingDepth ?? 1, start: block.start, end: block.end, concepts: none ? NONE : concepts, names: none ? NONE : names });
  }
  return out;
}

/** "## **Lambda** 제한 ##" → "Lambda 제한"; a setext heading loses its underline. */
export function headingText(source: string): string {
  let lines = source.split(/\r?\n|\r/);
  if (lines.length > 1 && /^ {0,3}(=+|-+)[ \t]*$/.test(lines[lines.length - 1])) lines = lines.slice(0, -1);
  let text = lines.join(' ');
  text = text.replace(/^ {0,3}#{1,6}(?=[ \t]|$)/, '').replace(/[ \t]+#+[ \t]*$/, '');
  text = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|\s)[*_]+|[*_]+(?=\s|$)/g, '$1');
  return text.replace(/\s+/g, ' ').trim();
}
