// Where a pattern matches in a note's whole prose view, so that claim extraction can skip the sentences no
// match touches. Most sentences hold no number, no negation cue, no clause break: one scan of the view per
// pattern replaces tens of thousands of small per-sentence scans, whose fixed cost was most of their time.
//
// Sound for a part set off by whitespace on both sides (every sentence and table cell is): a match inside
// view[span) alone is then also a match at the same place in the whole view, as long as the pattern has no
// ^ or $ and its lookarounds and \b look one character past the part at most (what they see there, a
// space, is what they see at the end of a slice; a positive lookahead may only succeed more often). A
// scan of the whole view finds, left to right, a match starting at or before any such match and ending
// after the part's start, so some found match overlaps the part. For any other part, this says "maybe".
import { isSpaceCode } from '../text/whitespace';
import type { Span } from './sentences';

export class PatternSpots {
  /** the matches of the whole view, in order of start: [start, end) pairs */
  private readonly spans: number[];
  /** the length of the longest match: one starting this far before a span cannot reach into it */
  private readonly longest: number = 0;

  constructor(view: string, patterns: readonly RegExp[]) {
    const found: number[][] = [];
    for (const p of patterns) {
      const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g');
      const list: number[] = [];
      for (let m = re.exec(view); m; m = re.exec(view)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        list.push(m.index, m.index + m[0].length);
      }
      found.push(list);
    }
    this.spans = found.length === 1 ? found[0] : mergeByStart(found);
    for (let i = 0; i < this.spans.length; i += 2) this.longest = Math.max(this.longest, this.spans[i + 1] - this.spans[i]);
  }

  /** Whether scanning view[span) alone may find one of the patterns (false only when it surely finds none). */
  mayMatchIn(view: string, span: Span): boolean {
    const before = view.charCodeAt(span.start - 1);
    const after = view.charCodeAt(span.end);
    if ((span.start > 0 && !isSpaceCode(before)) || (span.end < view.length && !isSpaceCode(after))) return true;
    // the matches starting before the span's end, then back from the last of them to one that reaches in
    const spans = this.spans;
    let lo = 0;
    let hi = spans.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[2 * mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      if (spans[2 * i + 1] > span.start) return true;
      if (spans[2 * i] + this.longest <= span.start) break;
    }
    return false;
  }
}

/** Several lists of [start, end) pairs, each in order, as one list in order of start. */
function mergeByStart(lists: number[][]): number[] {
  const pairs: [number, number][] = [];
  for (const list of lists) for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) out.push(s, e);
  return out;
}
