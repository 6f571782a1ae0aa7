// The HTML comments ("<!-- … -->") inside a piece of HTML, as both the remark path (markdown.ts) and the
// plain path (plainInline.ts, plainHtmlBlock.ts) record them. The source slice, not the HTML node's value:
// inside quotes and list items the value lacks the "> " prefixes, so offsets into it are not offsets into
// the note. indexOf, not a lazy regex: HTML full of unclosed "<!--" would make the regex quadratic.
import type { Comment } from './model';

/** The comments in the HTML text[from, to), in order, added to `comments`. */
export function commentsIn(text: string, from: number, to: number, comments: Comment[]): void {
  const value = text.slice(from, to);
  for (let open = value.indexOf('<!--'); open >= 0; ) {
    const close = value.indexOf('-->', open + 4);
    if (close < 0) break;
    comments.push({ start: from + open, end: from + close + 3, body: value.slice(open + 4, close).trim() });
    open = value.indexOf('<!--', close + 3);
  }
}
