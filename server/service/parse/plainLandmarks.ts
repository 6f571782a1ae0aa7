// Where the characters the inline fast path looks at ("[", "<", "\", "@", "https://", …) are in a chunk.
// plainInline.ts runs once per block of the same chunk; scanning the chunk once per pattern, not once per
// block (an indexOf from a block's start runs on to the chunk's end when the block holds none), keeps a
// chunk of ten thousand list items linear.

const cache = { text: '', found: new Map<string | RegExp, number[]>() };
const NONE: number[] = [];

/**
 * Where `needle` (one character, found with indexOf, which is fast; or a global RegExp) starts in
 * text[start, end), in order.
 */
export function landmarks(text: string, needle: string | RegExp, start: number, end: number): number[] {
  if (cache.text !== text) {
    cache.text = text;
    cache.found.clear();
  }
  let all = cache.found.get(needle);
  if (!all) {
    all = typeof needle === 'string' ? indexesOf(text, needle) : matchesOf(text, needle);
    cache.found.set(needle, all);
  }
  const from = all.length === 0 ? 0 : firstAtOrAfter(all, start);
  const to = from === all.length ? from : firstAtOrAfter(all, end);
  return from === to ? NONE : all.slice(from, to);
}

function indexesOf(text: string, char: string): number[] {
  const all: number[] = [];
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) all.push(at);
  return all;
}

function matchesOf(text: string, pattern: RegExp): number[] {
  const all: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) all.push(m.index);
  return all;
}

function firstAtOrAfter(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
