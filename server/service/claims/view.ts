// The text claim extraction reads: the note with everything that is not prose blanked out and Markdown
// emphasis markers turned into spaces, so "***전이적*** 라우팅" reads like "전이적 라우팅". Same length as
// the note, so an offset into the view is an offset into the note.
import { MASK, type ParsedNote, type ProseBlock } from '../parse/model';
import { isAsciiWordChar } from '../text/scripts';

export function proseView(parsed: ParsedNote): string {
  const chunks = parsed.chunks;
  if (!chunks) return viewOf(parsed.text, parsed.blocks);
  // a chunk's view depends on the chunk alone: an edit rebuilds the view of the chunk it touched
  let view = '';
  for (const c of chunks) {
    let v = chunkViews.get(c.parse);
    if (v === undefined) chunkViews.set(c.parse, (v = viewOf(parsed.text.slice(c.start, c.end), c.parse.blocks)));
    view += v;
  }
  return view;
}

const chunkViews = new WeakMap<object, string>();

/** The view of `text` whose prose blocks are `blocks` (offsets into `text`). */
function viewOf(text: string, blocks: readonly ProseBlock[]): string {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  for (const block of blocks) {
    const prose = block.prose;
    let lineStart = true;
    for (let i = 0; i < prose.length; i++) {
      const c = prose[i];
      const at = block.start + i;
      if (c === '\n' || c === '\r') {
        out[at] = c;
        lineStart = true;
        continue;
      }
      let v = c;
      if (c === MASK || c === '*' || c === '\\' || c === '\t') v = ' ';
      else if (c === '_' && !(isAsciiWordChar(prose.charCodeAt(i - 1)) && isAsciiWordChar(prose.charCodeAt(i + 1)))) v = ' ';
      else if (c === '~' && (prose[i + 1] === '~' || prose[i - 1] === '~')) v = ' ';
      else if (lineStart && (c === '>' || c === '|')) v = ' ';
      if (c !== ' ' && c !== '>' && c !== '|') lineStart = false;
      out[at] = v;
    }
  }
  return out.join('');
}
