// A memo of recent results in two generations: a hit in the old generation moves up to the young one, and
// when the young one is full the old one is dropped whole. No entry is ever deleted one by one: a JS Map
// that is deleted from at the front (an LRU's eviction) makes every later "oldest key" lookup step over
// the holes, which cost more than the scans the memo saves in a cold pass over many notes.

export class RecentMemo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** holds at most `max` entries (each generation half) */
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: K, value: V): void {
    if (this.max <= 0) return;
    this.young.set(key, value);
    if (this.young.size >= this.max / 2) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}
