// A block's prose: its source text with the ranges that are not prose replaced by MASK, so that offsets
// into the prose are offsets into the source.
import { MASK } from './model';

/** text[s, e) with the given ranges (clipped to it, in any order, maybe overlapping) replaced by MASK. */
export function maskedSlice(text: string, s: number, e: number, ranges: [number, number][]): string {
  if (ranges.length === 0) return text.slice(s, e);
  ranges.sort((a, b) => a[0] - b[0]);
  let prose = '';
  let at = s;
  for (const [from, to] of ranges) {
    const f = Math.max(from, at);
    const t = Math.min(to, e);
    if (t <= f) continue;
    prose += text.slice(at, f) + MASK.repeat(t - f);
    at = t;
  }
  return prose + text.slice(at, e);
}
