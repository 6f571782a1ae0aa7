/** The span of a sorted, non-overlapping list that contains `offset` (end inclusive), by binary search. */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid];
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}
