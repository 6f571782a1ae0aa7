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

/**
 * A link whose one text is its own address — the URL itself, its tail ("docs.aws.amazon.com/s3" for
 * "https://docs.aws.amazon.com/s3") or any web address — says nothing as prose: it is masked whole.
 */
export function textIsTheUrl(url: string, text: string): boolean {
  return url === text || url.endsWith(text) || /^(https?:|www\.)/i.test(text);
}
