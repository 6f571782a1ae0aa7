// Gives the memory of a burst of work (indexing thousands of notes, reading the index cache, a run of
// edits) back to the system once the burst is over. V8 collects garbage as it goes but keeps the heap it
// grew to until its memory reducer decides the process is idle — tens of seconds later, or never when
// nothing more is allocated (a warm start stayed ~50 MB above its live data for as long as we watched).
import { getHeapSpaceStatistics } from 'node:v8';
import { measureMemory } from 'node:vm';

/**
 * Collects garbage now (a full GC: tens of milliseconds); resolves when done. Old-generation garbage,
 * large objects and dead buffers go at once; V8 shrinks a young generation that a burst grew (to ~34 MB)
 * only in a later collection, once its allocation rate over the last seconds is low (hence `quietRelease`).
 */
export async function releaseMemory(): Promise<void> {
  try {
    // an eager measurement starts a full garbage collection at once (node's documented behaviour, and the
    // only way to ask for one without --expose-gc). The feature's one-time "experimental" warning would
    // only alarm users reading the client's log, so it is left out.
    const emitWarning = process.emitWarning;
    let measured: Promise<unknown>;
    process.emitWarning = () => undefined;
    try {
      measured = measureMemory({ mode: 'summary', execution: 'eager' });
    } finally {
      process.emitWarning = emitWarning;
    }
    await measured;
  } catch {
    // not available in this runtime: V8 returns the memory later by itself
  }
}

/** How long the server must be quiet before it collects the garbage of a burst. */
export const QUIET_MS = 2000;
/** Between further collections: V8 shrinks the young generation only after ~5 s of little allocation. */
const AGAIN_MS = 6000;
/** Collections per quiet spell at most (V8's own memory reducer does up to three as well). */
const MAX_TRIES = 3;
/** A young generation above this has grown in a burst and is worth another try to shrink. */
const GROWN_YOUNG_BYTES = 8 * 1024 * 1024;

/**
 * Calls `releaseMemory` once the server has been quiet for `delayMs` after the last `touch()` (after a
 * burst of edits or a re-index, never in the middle of one), and again every few seconds while the
 * young generation is still grown, up to three times per quiet spell.
 */
export function quietRelease(delayMs = QUIET_MS): { touch(): void; dispose(): void } {
  let timer: NodeJS.Timeout | undefined;
  let tries = 0;
  const arm = (ms: number) => {
    timer = setTimeout(async () => {
      await releaseMemory();
      if (++tries < MAX_TRIES && youngBytes() > GROWN_YOUNG_BYTES) arm(AGAIN_MS);
    }, ms);
    timer.unref();
  };
  return {
    touch() {
      clearTimeout(timer);
      tries = 0;
      arm(delayMs);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

function youngBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}
